import CatalogusDomain
import CatalogusStorage
import JSON
import SQLite

/// A jaarbericht's own records: whether a municipality's report of a year is published, and
/// the organisation's foreword of the year. Each write audited; last write wins, as budgets.
package struct ReportService {
    package let context: Caller

    package init(context: Caller) {
        self.context = context
    }

    /// A municipality's report of a year as the API shows it: its publication and the year's foreword.
    package struct View: JSONRepresentable, Equatable {
        package var publication: ReportPublication
        package var foreword: Foreword?

        package func write(to w: inout JSONWriter) {
            publication.writeColumns(to: &w) { column, w in
                guard column == .updatedAt else { return }
                w.key("foreword"); w.string(foreword?.text)
            }
        }
    }

    /// 404 for an unknown municipality or another's; a municipality's own only once published.
    package func report(of slug: String, year: Int64) throws -> View {
        let db = context.reader
        guard context.actsFor(municipality: slug), try MunicipalityRepository.exists(slug, in: db) else {
            throw AppError.notFound(.init(.municipalityUnknown, ["slug": .string(slug)]))
        }
        let view = try view(of: slug, year: year, in: db)
        if context.principal?.ownMunicipality != nil, !view.publication.isPublished {
            throw AppError.notFound(.init(.reportNotPublished, ["municipality": .string(slug), "year": .integer(year)]))
        }
        return view
    }

    private func view(of slug: String, year: Int64, in db: Connection) throws -> View {
        View(publication: try ReportRepository.publication(of: slug, year: year, in: db) ?? ReportPublication(municipality: slug, year: year),
             foreword: try ReportRepository.foreword(of: year, in: db))
    }

    /// Publishes or withdraws (`state`) a municipality's report of a year; published again,
    /// it keeps the time it was first published until it is withdrawn.
    package func publish(_ body: JSONObject, municipality slug: String, year: Int64, actor: AuditLog.Actor) throws -> View {
        var v = FieldValidator(body)
        let input = try RecordInput.decode(onto: ReportPublication(municipality: slug, year: year), creating: true, validator: &v)
        try v.finish()
        return try context.writer.write { db in
            _ = try MunicipalityRepository.require(slug, in: db)
            let before = try view(of: slug, year: year, in: db)
            let now = Timestamp.now()
            var publication = input
            publication.updatedAt = now
            publication.publishedAt = input.isPublished ? (before.publication.publishedAt ?? now) : nil
            try ReportRepository.upsert(publication, in: db)
            let after = try view(of: slug, year: year, in: db)
            try AuditLog.record(db, actor: actor, action: "update", entity: "report", id: "\(slug)/\(year)", before: before, after: after)
            return after
        }
    }

    /// 404 when none is written yet.
    package func foreword(of year: Int64) throws -> Foreword {
        guard let foreword = try ReportRepository.foreword(of: year, in: context.reader) else {
            throw AppError.notFound(.init(.forewordNone, ["year": .integer(year)]))
        }
        return foreword
    }

    /// Sets the year's foreword (last write wins); `created` when there was none.
    package func putForeword(_ body: JSONObject, year: Int64, actor: AuditLog.Actor) throws -> (foreword: Foreword, created: Bool) {
        var v = FieldValidator(body)
        var foreword = try RecordInput.decode(onto: Foreword(year: year), creating: true, validator: &v)
        try v.finish()
        return try context.writer.write { db in
            let before = try ReportRepository.foreword(of: year, in: db)
            foreword.updatedAt = Timestamp.now()
            try ReportRepository.upsert(foreword, in: db)
            try AuditLog.record(db, actor: actor, action: before == nil ? "create" : "update", entity: "foreword", id: String(year),
                                before: before, after: foreword)
            return (foreword, before == nil)
        }
    }
}
