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

    /// Days since 1970-01-01 of a valid date (the proleptic Gregorian calendar), so that
    /// "how many days until the deadline" is a subtraction.
    package static func dayNumber(_ text: String) -> Int? {
        guard let (year, month, day) = parse(text) else { return nil }
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// Today's date in the Netherlands: deadlines and "not in the future" are Dutch calendar days.
    package static func todayInAmsterdam(_ now: Date = Date()) -> String {
        let parts = amsterdam.dateComponents([.year, .month, .day], from: now)
        return parts.year!.zeroPadded(to: 4) + "-" + parts.month!.zeroPadded(to: 2) + "-" + parts.day!.zeroPadded(to: 2)
    }

    /// A timestamp as a Dutch reader expects it, in Dutch time: "7 december 2026 21:49".
    package static func dutchDateTime(_ timestamp: String) -> String {
        guard let date = Timestamp.parse(timestamp) else { return timestamp }
        let parts = amsterdam.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        guard let year = parts.year, let month = parts.month, let day = parts.day, let hour = parts.hour, let minute = parts.minute,
              (1...12).contains(month) else { return timestamp }
        return "\(day) \(DutchMessages.monthNames[month - 1]) \(year) \(hour.zeroPadded(to: 2)):\(minute.zeroPadded(to: 2))"
    }

    /// Built once: loading the zone's rules showed in the write profile when built per call.
    private static let amsterdam: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Amsterdam") ?? TimeZone(secondsFromGMT: 3600)!
        return calendar
    }()
}
