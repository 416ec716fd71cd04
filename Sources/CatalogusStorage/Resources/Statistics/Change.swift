import CatalogusDomain
import JSON

/// A number in two consecutive years: `{previous, current, delta, percent}`. Percent is
/// the relative change with one decimal (null when the previous value is 0); for
/// percentage figures `delta` is in percentage points.
package struct Change {
    package let previous: FigureNumber
    package let current: FigureNumber

    package init(previous: FigureNumber, current: FigureNumber) {
        self.previous = previous
        self.current = current
    }

    package func write(to w: inout JSONWriter) {
        w.beginObject()
        w.key("previous"); previous.write(to: &w)
        w.key("current"); current.write(to: &w)
        w.key("delta")
        // Null rather than a trap when counts are too large to scale or subtract.
        var delta: Int64?
        if let current = current.tenths, let previous = previous.tenths {
            let (difference, overflow) = current.subtractingReportingOverflow(previous)
            delta = overflow ? nil : difference
        }
        if let deltaTenths = delta {
            if case .count = current, case .count = previous { w.int(deltaTenths / 10) } else {
                w.rawNumber(FigureNumber.decimal(tenths: deltaTenths))
            }
        } else {
            w.null()
        }
        w.key("percent")
        if let deltaTenths = delta, let base = previous.tenths, let tenths = FigureNumber.ratioTenths(deltaTenths, base, scale: 100) {
            w.rawNumber(FigureNumber.decimal(tenths: tenths))
        } else {
            w.null()
        }
        w.endObject()
    }
}

/// Writes a decimal with one place, e.g. a figure per 1,000 inhabitants.
extension JSONWriter {
    package mutating func tenths(_ value: Int64?) {
        if let value { rawNumber(FigureNumber.decimal(tenths: value)) } else { null() }
    }
}
