import CatalogusDomain
import CatalogusStorage
import JSON

/// The statistics, computed on the thread's read connection. A municipality token reads
/// only its own municipality's (403 for another's: the municipality exists, the token
/// may not see it).
package struct StatisticsService {
    package let context: Caller

    package init(context: Caller) {
        self.context = context
    }

    private var repository: StatisticsRepository { StatisticsRepository(db: context.reader) }

    private func forbidden() -> AppError {
        .forbidden(Message(.statisticsOwnOnly))
    }

    /// The report of a year, and with `withPrevious` the year before for the changes.
    /// `validYear` checks the query after the municipality, so that a 404 or 403 wins over a 422.
    package func municipalityReport(_ slug: String, withPrevious: Bool, validYear: () throws -> Int64) throws -> MunicipalityReportDocument {
        let repository = repository
        let municipality = try readable(slug, in: repository)
        let year = try validYear()
        let report = try MunicipalityReport(municipality: municipality, year: year, in: repository)
        let previous = withPrevious ? try MunicipalityReport(municipality: municipality, year: year - 1, in: repository) : nil
        return MunicipalityReportDocument(report: report, previous: previous)
    }

    /// The municipality whose report `slug` names: 404 when there is none, 403 when a
    /// municipality token asks for another's.
    private func readable(_ slug: String, in repository: StatisticsRepository) throws -> StatisticsRepository.Municipality {
        guard let municipality = try repository.municipality(slug) else { throw AppError.notFound(.init(.municipalityUnknown, ["slug": .string(slug)])) }
        if context.principal?.actsFor(municipality: slug) == false { throw forbidden() }
        return municipality
    }

    /// What `GET …/explain` asks: a figure of the report of `slug` (the organisation's when
    /// nil) and year, and the page. The report's 404 and 403 win over the query's 422.
    package func explanationRequest(_ slug: String?, _ query: QueryDecoder) throws -> (FigureExplanation.Request, OutputFormat) {
        let repository = repository
        if let slug { _ = try readable(slug, in: repository) }
        var query = query
        let format = query.outputFormat()
        let year = StatisticsQuery.year(&query)
        let page = query.page()
        var target: FigureExplanation.Target?
        if let key = query["figure"] {
            let definitions = try FigureRepository(db: context.reader).definitions()
            target = FigureExplanation.Target(key, definitions: definitions, municipality: slug, programmes: try repository.programmes())
            if target == nil {
                if slug == nil {
                    let allowed = definitions.filter { $0.scope == .organisation }.map { JSONValue.string($0.code) }
                    query.fail("figure", .statisticsOrganisationFigureUnknown, ["allowed": .array(allowed)])
                } else {
                    query.fail("figure", .statisticsFigureUnknown,
                               ["programmes": .array(Vocabulary.programmeCodes.map { .string($0) }),
                                "measures": .array(FigureFormula.programmeMeasures.map { .string($0) })])
                }
            }
        } else {
            query.fail("figure", .fieldRequired)
        }
        try query.finish()
        guard let year, let target else { throw FieldValidator.DecodingFault.missingWithoutError }
        return (FigureExplanation.Request(year: year, target: target, page: page), format)
    }

    package func explanation(_ request: FigureExplanation.Request) throws -> FigureExplanation {
        try FigureExplanation(request, definitions: try FigureRepository(db: context.reader).definitions(), db: context.reader)
    }

    package func overview(year: Int64) throws -> OverviewDocument {
        let overview = try Overview(year: year, in: repository)
        return OverviewDocument(overview: overview, totals: try overview.totals())
    }

    package func timeSeries(_ query: QueryDecoder) throws -> (TimeSeriesDocument, OutputFormat) {
        let repository = repository
        let (asked, format) = try StatisticsQuery.timeSeries(query, principal: context.principal, in: repository)
        return (TimeSeriesDocument(request: asked, series: try TimeSeries(asked, in: repository)), format)
    }
}
