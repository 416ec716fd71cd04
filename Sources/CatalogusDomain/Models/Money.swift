/// Money arithmetic in integer euro cents. Every operation checks for overflow: an
/// amount that does not fit is refused, never wrapped.
package enum Money {
    package typealias Overflow = ArithmeticOverflow

    /// The largest net amount of one line (€100 billion): far above any real order, and
    /// low enough that sums over hundreds of thousands of lines cannot overflow.
    package static let maxLineCents: Int64 = 10_000_000_000_000

    /// The most one order may cost, net (€100 million): a hundred times the yearly
    /// catalogue spending of the largest municipality, so no real order comes near it.
    package static let maxOrderNetCents: Int64 = 10_000_000_000

    /// The most a municipality's submitted and confirmed orders of one year may cost
    /// together, net (€1 billion). With `maxOrdersPerYear` it bounds every sum the
    /// statistics make of orders, so that reading them can never overflow.
    package static let maxYearNetCents: Int64 = 100_000_000_000

    /// Orders one municipality may hold for one year, in any status: real ones place a
    /// few; the bound keeps storage and quantity sums (a zero price costs nothing) finite,
    /// and order numbers (`2026-GM1731-0001`) at four digits.
    package static let maxOrdersPerYear: Int64 = 9_999

    package static func multiply(_ a: Int64, _ b: Int64) throws(Overflow) -> Int64 {
        let (result, overflow) = a.multipliedReportingOverflow(by: b)
        if overflow { throw Overflow() }
        return result
    }

    package static func add(_ a: Int64, _ b: Int64) throws(Overflow) -> Int64 {
        let (result, overflow) = a.addingReportingOverflow(b)
        if overflow { throw Overflow() }
        return result
    }

    /// `numerator / denominator`, rounded half away from zero (the rule for VAT
    /// and indexation: docs/api.md#conventions, docs/domain.md#prices-and-indexation).
    package static func divideRounded(_ numerator: Int64, by denominator: Int64) -> Int64 {
        precondition(denominator > 0)
        let quotient = numerator / denominator
        let remainder = numerator % denominator
        if remainder.magnitude * 2 >= UInt64(denominator) {
            return numerator < 0 ? quotient - 1 : quotient + 1
        }
        return quotient
    }

    /// VAT of one order line: net × rate%, rounded half away from zero to the cent.
    package static func vat(net: Int64, ratePercent: Int64) throws(Overflow) -> Int64 {
        divideRounded(try multiply(net, ratePercent), by: 100)
    }
}

/// A percentage written as an exact decimal string ("3.2", "-1.25"), kept as a
/// fraction so that indexation never touches floating point.
package struct DecimalPercent: Equatable, CustomStringConvertible {
    /// The percentage × 10^scale.
    package let scaled: Int64
    package let scale: Int

    package init(scaled: Int64, scale: Int) {
        self.scaled = scaled
        self.scale = scale
    }

    /// What `init?(_:)` reads, as the OpenAPI schema says it: up to 3 integer digits (2
    /// when negative, or 3 with a leading 0) and up to 4 decimals, so more than −100 %.
    package static let pattern = #"^(\+?[0-9]{1,3}|-0?[0-9]{1,2})(\.[0-9]{1,4})?$"#

    /// Up to 3 integer digits and 4 decimals; more than −100 %.
    package init?(_ text: String) {
        let pattern = text.utf8
        guard !pattern.isEmpty, pattern.count <= 10 else { return nil }
        var negative = false
        var integerDigits = 0
        var fractionDigits = 0
        var seenPoint = false
        var value: Int64 = 0
        for (index, byte) in pattern.enumerated() {
            switch byte {
            case UInt8(ascii: "-") where index == 0: negative = true
            case UInt8(ascii: "+") where index == 0: break
            case UInt8(ascii: "."):
                guard !seenPoint, integerDigits > 0 else { return nil }
                seenPoint = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if seenPoint { fractionDigits += 1 } else { integerDigits += 1 }
                value = value * 10 + Int64(byte - UInt8(ascii: "0"))
            default: return nil
            }
        }
        guard integerDigits >= 1, integerDigits <= 3, fractionDigits <= 4, !(seenPoint && fractionDigits == 0) else { return nil }
        scaled = negative ? -value : value
        scale = fractionDigits
        var hundred: Int64 = 100
        for _ in 0..<scale { hundred *= 10 }
        guard scaled > -hundred else { return nil }
    }

    package var description: String {
        var digits = String(scaled.magnitude).leftPadded(to: scale + 1)
        if scale > 0 { digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -scale)) }
        return (scaled < 0 ? "-" : "") + digits
    }

    /// `cents` raised by this percentage, rounded half away from zero to the cent.
    package func apply(to cents: Int64) throws(Money.Overflow) -> Int64 {
        var denominator: Int64 = 100
        for _ in 0..<scale { denominator *= 10 }
        let factor = denominator + scaled
        return Money.divideRounded(try Money.multiply(cents, factor), by: denominator)
    }
}
