import JSON

/// A key figure of the annual report.
package struct FigureDefinition: Sendable {
    package enum Unit: String, CaseIterable, Sendable {
        case count, percent

        /// As a person reads it; a new unit does not compile without one.
        package var label: String {
            switch self {
            case .count: "aantal"
            case .percent: "percentage"
            }
        }
    }
    package enum Scope: String, CaseIterable, Sendable { case municipality, organisation }

    package let code: String
    package let label: String
    package let unit: Unit
    package let group: String
    package let scope: Scope
    package let computed: Bool

    package init(code: String, label: String, unit: Unit, group: String, scope: Scope, computed: Bool) {
        self.code = code
        self.label = label
        self.unit = unit
        self.group = group
        self.scope = scope
        self.computed = computed
    }
}

/// A figure's value: counts are integers; percentages are kept in tenths so that
/// they print with one decimal (20.5) without floating point.
package enum FigureNumber: Sendable, Equatable {
    case count(Int64)
    case percentTenths(Int64)

    package func write(to w: inout JSONWriter) {
        switch self {
        case .count(let value): w.int(value)
        case .percentTenths(let tenths): w.rawNumber(Self.decimal(tenths: tenths))
        }
    }

    package var csvCell: TableCell {
        switch self {
        case .count(let value): .integer(value)
        case .percentTenths(let tenths): .percent(tenths, scale: 1)
        }
    }

    /// The value in tenths, whatever its kind (for deltas and comparisons); nil when a
    /// count is too large to scale.
    package var tenths: Int64? {
        switch self {
        case .count(let value): try? value.times(10)
        case .percentTenths(let tenths): tenths
        }
    }

    package static func decimal(tenths: Int64) -> String {
        let sign = tenths < 0 ? "-" : ""
        return "\(sign)\(tenths.magnitude / 10).\(tenths.magnitude % 10)"
    }

    /// `numerator / denominator × scale`, in tenths, rounded half away from zero.
    package static func ratioTenths(_ numerator: Int64, _ denominator: Int64, scale: Int64) -> Int64? {
        guard denominator > 0 else { return nil }
        let wide = Int128(numerator) * Int128(scale) * 10
        var quotient = wide / Int128(denominator)
        let remainder = wide % Int128(denominator)
        if remainder.magnitude * 2 >= UInt128(denominator) { quotient += wide < 0 ? -1 : 1 }
        return Int64(exactly: quotient)
    }
}
