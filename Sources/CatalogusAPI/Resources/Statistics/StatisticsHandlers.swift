import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import HTTPServer
import JSON

/// `/api/v1/stats/...`: the annual report per municipality, the overview, time series,
/// in JSON, CSV or as a workbook. HTTP only: the numbers are `StatisticsService`'s.
package enum StatisticsHandlers {
    @Sendable package static func municipality(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        var query = QueryDecoder(request)
        let format = query.outputFormat()
        let year = StatisticsQuery.year(&query)
        // The CSV has this year's numbers only; JSON and the workbook compare with the year before.
        let isCSV = if case .csv = format { true } else { false }
        let document = try StatisticsService(context: context.caller).municipalityReport(context.parameters["slug"] ?? "", withPrevious: !isCSV) {
            try query.finish()
            guard let year else { throw FieldValidator.DecodingFault.missingWithoutError }
            return year
        }
        switch format {
        case .csv:
            return try ListRendering.tableResponse(request, [document.report.table], format: format, download: .init(stem: document.fileStem))
        case .xlsx:
            return try ListRendering.tableResponse(request, document.sheets, format: format, download: .init(stem: document.fileStem))
        case .json:
            return render(request, document, capacity: 32 * 1024)
        }
    }

    @Sendable package static func overview(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        var query = QueryDecoder(request)
        let format = query.outputFormat()
        let year = StatisticsQuery.year(&query)
        try query.finish()
        guard let year else { throw FieldValidator.DecodingFault.missingWithoutError }
        let document = try StatisticsService(context: context.caller).overview(year: year)
        switch format {
        case .csv, .xlsx:
            return try ListRendering.tableResponse(request, [document.table], format: format, download: .init(stem: "overzicht-\(year)"))
        case .json:
            return render(request, document, capacity: 16 * 1024)
        }
    }

    @Sendable package static func timeSeries(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let (document, format) = try StatisticsService(context: context.caller).timeSeries(QueryDecoder(request))
        switch format {
        case .csv, .xlsx:
            return try ListRendering.tableResponse(request, [document.table], format: format, download: .init(stem: document.fileStem))
        case .json:
            return render(request, document, capacity: document.series.points.count * 32 + 64)
        }
    }

    /// A figure explained, of a municipality's report (`slug` in the path) or the
    /// organisation's: JSON a page at a time; CSV a page with `Link`; the workbook whole.
    @Sendable package static func explain(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let service = StatisticsService(context: context.caller)
        let (asked, format) = try service.explanationRequest(context.parameters["slug"], QueryDecoder(request))
        let explanation = try service.explanation(asked)
        switch format {
        case .json:
            return ListRendering.json(request, document: explanation, next: explanation.sources.nextCursor,
                                      capacity: explanation.sources.items.count * 300 + 512)
        case .csv, .xlsx:
            return try ListRendering.download(request, context, first: asked.page, format: format,
                                              Table(name: "Toelichting", header: FigureExplanation.csvHeader),
                                              download: .init(stem: explanation.fileStem), fetch: { page in
                var asked = asked
                asked.page = page
                return try service.explanation(asked).rows
            }) { source, table in table.row(FigureExplanation.csvRow(source)) }
        }
    }

    /// `Representation.document` with the writer sized for the document up front.
    private static func render(_ request: HTTPRequest, _ document: some JSONRepresentable, capacity: Int) -> HTTPResponse {
        var w = JSONWriter(capacity: capacity)
        document.write(to: &w)
        return Conditional.list(request, body: w.bytes)
    }
}
