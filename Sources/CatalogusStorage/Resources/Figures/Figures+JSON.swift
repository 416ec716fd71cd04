import CatalogusDomain
import JSON

/// A definition as an item of `GET /api/v1/figure-definitions`.
extension FigureDefinition: JSONRepresentable {
    package func write(to w: inout JSONWriter) {
        w.beginObject()
        w.key("code"); w.string(code)
        w.key("label"); w.string(label)
        w.key("unit"); w.string(unit.rawValue)
        w.key("group"); w.string(group)
        w.key("scope"); w.string(scope.rawValue)
        w.key("computed"); w.bool(computed)
        w.endObject()
    }
}

/// A year's figures of one area: the stored `values` (only those recorded) and every
/// `computed` one (null where an input is missing).
package struct FiguresDocument: JSONRepresentable {
    package let year: Int64
    package let area: String
    package let figures: [(FigureDefinition, FigureNumber?)]

    package init(year: Int64, area: String, figures: [(FigureDefinition, FigureNumber?)]) {
        self.year = year
        self.area = area
        self.figures = figures
    }

    package func write(to w: inout JSONWriter) {
        w.beginObject()
        w.key("year"); w.int(year)
        w.key("area"); w.string(area)
        for computed in [false, true] {
            w.key(computed ? "computed" : "values")
            w.beginObject()
            for (definition, value) in figures where definition.computed == computed && (computed || value != nil) {
                w.key(definition.code)
                if let value { value.write(to: &w) } else { w.null() }
            }
            w.endObject()
        }
        w.endObject()
    }
}

/// The stored values of a year and area as the audit log keeps them: by code, sorted.
package struct StoredFigures: JSONRepresentable {
    package let values: [String: Int64]

    package init(values: [String: Int64]) {
        self.values = values
    }

    package func write(to w: inout JSONWriter) {
        w.beginObject()
        for (code, value) in values.sorted(by: { $0.key < $1.key }) { w.key(code); w.int(value) }
        w.endObject()
    }
}
