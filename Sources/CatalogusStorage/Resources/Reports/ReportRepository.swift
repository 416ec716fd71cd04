import SQLite

/// All SQL of a jaarbericht's foreword (per year) and publication (per municipality and year).
package enum ReportRepository {
    /// The row `h` (a highlight) belongs to a published report.
    static let publishedCondition = "EXISTS (SELECT 1 FROM report_publication p "
        + "WHERE p.municipality = h.municipality AND p.year = h.year AND p.state = 'published')"

    package static func publication(of slug: String, year: Int64, in db: Connection) throws -> ReportPublication? {
        var found: ReportPublication?
        try db.forEachRow(ReportPublication.table.select() + " WHERE municipality = ? AND year = ?", arguments: [slug, year]) {
            found = try ReportPublication(ReportPublication.table.row($0))
        }
        return found
    }

    package static func foreword(of year: Int64, in db: Connection) throws -> Foreword? {
        var found: Foreword?
        try db.forEachRow(Foreword.table.select() + " WHERE year = ?", arguments: [year]) { found = try Foreword(Foreword.table.row($0)) }
        return found
    }

    package static func upsert(_ publication: ReportPublication, in db: Connection) throws {
        try db.run(publicationUpsert, arguments: publication.arguments(ReportPublication.Column.allCases))
    }

    package static func upsert(_ foreword: Foreword, in db: Connection) throws {
        try db.run(forewordUpsert, arguments: foreword.arguments(Foreword.Column.allCases))
    }

    private static let publicationUpsert = ReportPublication.table.upsert(ReportPublication.Column.allCases, conflict: [.municipality, .year],
                                                                          update: [.state, .publishedAt, .updatedAt])
    private static let forewordUpsert = Foreword.table.upsert(Foreword.Column.allCases, conflict: [.year], update: [.text, .updatedAt])
}
