import Foundation

/// RFC 3339 UTC timestamps (`2026-11-29T10:53:07Z`) (docs/api.md#conventions), and calendar dates.
public enum Timestamp {
    public static func now() -> String { format(Date()) }

    public static func format(_ date: Date) -> String {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        return (Int(parts.tm_year) + 1900).zeroPadded(to: 4) + "-" + (Int(parts.tm_mon) + 1).zeroPadded(to: 2) + "-"
            + Int(parts.tm_mday).zeroPadded(to: 2) + "T" + Int(parts.tm_hour).zeroPadded(to: 2) + ":"
            + Int(parts.tm_min).zeroPadded(to: 2) + ":" + Int(parts.tm_sec).zeroPadded(to: 2) + "Z"
    }

    /// Parses RFC 3339 with `Z` or an offset, with optional fractional seconds.
    public static func parse(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: text)
    }
}
