import JSON

/// A number in two consecutive years: `{previous, current, delta, percent}`. Percent is
/// the relative change with one decimal (null when the previous value is 0); for
/// percentage figures `delta` is in percentage points.
struct Change {
    let previous: FigureNumber
    let current: FigureNumber

    func write(to w: inout JSONWriter) {
        w.beginObject()
        w.key("previous"); previous.write(to: &w)
        w.key("current"); current.write(to: &w)
        w.key("delta")
        let deltaTenths = current.tenths - previous.tenths
        if case .count = current, case .count = previous { w.int(deltaTenths / 10) } else {
            w.rawNumber(FigureNumber.decimal(tenths: deltaTenths))
        }
        w.key("percent")
        if let tenths = FigureNumber.ratioTenths(deltaTenths, previous.tenths, scale: 100) {
            w.rawNumber(FigureNumber.decimal(tenths: tenths))
        } else {
            w.null()
        }
        w.endObject()
    }
}

/// Writes a decimal with one place, e.g. a figure per 1,000 inhabitants.
extension JSONWriter {
    mutating func tenths(_ value: Int64?) {
        if let value { rawNumber(FigureNumber.decimal(tenths: value)) } else { null() }
    }
}
