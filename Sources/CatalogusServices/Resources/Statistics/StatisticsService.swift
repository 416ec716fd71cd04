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
        guard let municipality = try repository.municipality(slug) else { throw AppError.notFound(.init(.municipalityUnknown, ["slug": .string(slug)])) }
        if context.principal?.actsFor(municipality: slug) == false { throw forbidden() }
        let year = try validYear()
        let report = try MunicipalityReport(municipality: municipality, year: year, in: repository)
        let previous = withPrevious ? try MunicipalityReport(municipality: municipality, year: year - 1, in: repository) : nil
        return MunicipalityReportDocument(report: report, previous: previous)
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
