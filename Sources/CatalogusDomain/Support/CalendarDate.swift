import Foundation

/// Calendar dates `YYYY-MM-DD` (docs/api.md#conventions), checked for real days (no 2024-02-30).
package enum CalendarDate {
    /// `YYYY-MM-DD`.
    package static let length = 10

    package static func isValid(_ text: String) -> Bool { parse(text) != nil }

    package static func parse(_ text: String) -> (year: Int, month: Int, day: Int)? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard text.count == length, parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), day >= 1 else { return nil }
        return day <= daysIn(year: year, month: month) ? (year, month, day) : nil
    }

    package static func daysIn(year: Int, month: Int) -> Int {
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    }

    /// Today's date in the Netherlands: deadlines and "not in the future" are Dutch calendar days.
    package static func todayInAmsterdam(_ now: Date = Date()) -> String {
        let parts = amsterdam.dateComponents([.year, .month, .day], from: now)
        return parts.year!.zeroPadded(to: 4) + "-" + parts.month!.zeroPadded(to: 2) + "-" + parts.day!.zeroPadded(to: 2)
    }

    /// Built once: loading the zone's rules showed in the write profile when built per call.
    private static let amsterdam: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Amsterdam") ?? TimeZone(secondsFromGMT: 3600)!
        return calendar
    }()
}
