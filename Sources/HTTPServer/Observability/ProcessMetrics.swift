import Foundation

/// The process metrics every Prometheus exporter has (`process_cpu_seconds_total`,
/// `process_resident_memory_bytes`, …), under their standard names, so that the usual
/// dashboards' CPU, memory and uptime panels work. Read from /proc at each scrape;
/// a value the system does not give is left out rather than made up.
enum ProcessMetrics {
    static func render() -> String {
        var text = ""
        func gauge(_ name: String, _ type: String, _ help: String, _ value: Double?) {
            guard let value else { return }
            text += "# HELP \(name) \(help)\n# TYPE \(name) \(type)\n\(name) \(format(value))\n"
        }
        let stat = selfStat()
        let ticks = Double(sysconf(Int32(_SC_CLK_TCK)))
        gauge("process_cpu_seconds_total", "counter", "User and system CPU time spent, in seconds.",
              stat.flatMap { s in ticks > 0 ? (s.userTicks + s.systemTicks) / ticks : nil })
        gauge("process_resident_memory_bytes", "gauge", "Resident memory size in bytes.",
              stat.map { $0.residentPages * Double(sysconf(Int32(_SC_PAGESIZE))) })
        gauge("process_virtual_memory_bytes", "gauge", "Virtual memory size in bytes.", stat.map(\.virtualBytes))
        gauge("process_open_fds", "gauge", "Open file descriptors.",
              (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")).map { Double($0.count) })
        var limit = rlimit()
        gauge("process_max_fds", "gauge", "The limit on open file descriptors.",
              getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0 ? Double(limit.rlim_cur) : nil)
        gauge("process_start_time_seconds", "gauge", "Start time of the process since the Unix epoch, in seconds.",
              stat.flatMap { s in bootTime().map { $0 + s.startTicks / ticks } })
        return text
    }

    private struct Stat {
        let userTicks: Double
        let systemTicks: Double
        let startTicks: Double
        let virtualBytes: Double
        let residentPages: Double
    }

    /// /proc/self/stat (proc(5)): fields after the command name, which is in parentheses
    /// and may itself hold spaces.
    private static func selfStat() -> Stat? {
        guard let text = try? String(contentsOfFile: "/proc/self/stat", encoding: .utf8),
              let close = text.lastIndex(of: ")") else { return nil }
        // Field 3 (state) is the first after the name: fields[n - 3] is field n.
        let fields = text[text.index(after: close)...].split(separator: " ")
        func field(_ number: Int) -> Double? { fields.indices.contains(number - 3) ? Double(fields[number - 3]) : nil }
        guard let user = field(14), let system = field(15), let start = field(22), let virtual = field(23), let resident = field(24)
        else { return nil }
        return Stat(userTicks: user, systemTicks: system, startTicks: start, virtualBytes: virtual, residentPages: resident)
    }

    /// The boot time from /proc/stat's `btime` line, in seconds since the epoch.
    private static func bootTime() -> Double? {
        guard let text = try? String(contentsOfFile: "/proc/stat", encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix("btime ") {
            return Double(line.dropFirst(6).trimmingCharacters(in: .whitespaces))
        }
        return nil
    }

    private static func format(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
