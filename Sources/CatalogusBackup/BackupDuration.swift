import Foundation

/// Durations as operators write them: `90s`, `30m`, `6h`, `1d`, or combined (`1h30m`).
public enum BackupDuration {
    public struct Invalid: Error, CustomStringConvertible {
        public let text: String
        public var description: String { "'\(text)' is no duration; write e.g. 30m, 6h, 1d or 1h30m" }
    }

    public static func parse(_ text: String) throws(Invalid) -> Duration {
        var total: Int64 = 0
        var digits = ""
        for character in text.trimmingCharacters(in: .whitespaces) {
            if character.isASCII, character.isNumber {
                digits.append(character)
                continue
            }
            let unit: Int64
            switch character {
            case "s": unit = 1
            case "m": unit = 60
            case "h": unit = 3600
            case "d": unit = 86400
            default: throw Invalid(text: text)
            }
            guard let value = Int64(digits), value <= 366 * 86400 else { throw Invalid(text: text) }
            total += value * unit
            digits = ""
        }
        // A bare number or nothing at all: the unit must be said.
        guard digits.isEmpty, total > 0 else { throw Invalid(text: text) }
        return .seconds(total)
    }
}
