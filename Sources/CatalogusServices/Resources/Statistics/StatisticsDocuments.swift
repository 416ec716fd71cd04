import CatalogusDomain
import CatalogusStorage
import JSON

/// A municipality's report with the change against the year before.
package struct MunicipalityReportDocument: JSONRepresentable {
    package let report: MunicipalityReport
    package let previous: MunicipalityReport?

    package func write(to w: inout JSONWriter) { report.write(to: &w, previous: previous) }
}

/// The overview: a row per municipality, the organisation's totals and figures. It keeps
/// the list shape (`items`, `next_cursor` always null) so that list clients read it too.
package struct OverviewDocument: JSONRepresentable {
    package let overview: Overview
    package let totals: Overview.Row

    package func write(to w: inout JSONWriter) {
        ListEnvelope.write(into: &w, Page(items: overview.rows, nextCursor: nil), leading: { w in
            w.key("year"); w.int(overview.year)
        }, trailing: { w in
            w.key("organisation"); Overview.write(totals, to: &w)
            w.key("organisation_figures")
            w.beginObject()
            for (definition, value) in overview.organisationFigures {
                w.key(definition.code)
                w.beginObject()
                w.key("value"); if let value { value.write(to: &w) } else { w.null() }
                w.key("unit"); w.string(definition.unit.rawValue)
                w.key("scope"); w.string(definition.scope.rawValue)
                w.endObject()
            }
            w.endObject()
        }, item: { row, w in Overview.write(row, to: &w) })
    }

    /// The CSV and the sheet: a row per municipality, then the organisation's.
    package var table: Table {
        var table = Table(name: "Overzicht \(overview.year)", header: Overview.csvHeader)
        for row in overview.rows { table.row(Overview.csvRow(row)) }
        table.row(Overview.csvRow(totals))
        return table
    }
}

/// A time series in the list shape (`items` of `{period, value}`, `next_cursor` always null).
package struct TimeSeriesDocument: JSONRepresentable {
    package let request: TimeSeries.Request
    package let series: TimeSeries

    package func write(to w: inout JSONWriter) {
        ListEnvelope.write(into: &w, Page(items: series.points, nextCursor: nil), leading: { w in
            w.key("measure"); w.string(request.measure.rawValue)
            w.key("interval"); w.string(request.interval.rawValue)
        }, item: { point, w in
            w.beginObject(); w.key("period"); w.string(point.period); w.key("value"); w.int(point.value); w.endObject()
        })
    }

    package static let seriesHeader = ["period", "value"]

    package var table: Table {
        var table = Table(name: "\(request.measure.rawValue) per \(request.interval.rawValue)", header: Self.seriesHeader)
        for point in series.points { table.row([.text(point.period), .integer(point.value)]) }
        return table
    }

    package var fileStem: String { "reeks-\(request.measure.rawValue)-\(request.interval.rawValue)-\(request.from)-\(request.to)" }
}
