import CatalogusDomain
import CatalogusStorage
import JSON
import SQLite

/// Stories' rules and writes: each change in one transaction with its audit record. A
/// municipality reads only its own stories of a published jaarbericht (404 for any other,
/// as if it did not exist); staff and admins read and write them all.
package struct HighlightService {
    package let context: Caller

    package init(context: Caller) {
        self.context = context
    }

    /// Whether the caller may see `highlight`: a municipality only once its report is published.
    private func visible(_ highlight: Highlight, in db: Connection) throws -> Bool {
        guard context.actsFor(municipality: highlight.municipality) else { return false }
        guard context.principal?.ownMunicipality != nil else { return true }
        return try ReportRepository.publication(of: highlight.municipality, year: highlight.year, in: db)?.isPublished == true
    }

    private func require(_ reference: String?, in db: Connection) throws -> HighlightView {
        guard let id = reference.flatMap({ Int64($0) }), let found = try HighlightRepository.find(id, in: db), try visible(found, in: db) else {
            throw AppError.notFound(.init(.highlightUnknown, ["id": .string(reference ?? "")]))
        }
        return HighlightView(highlight: found, sources: try HighlightRepository.sources(of: [found.id], in: db))
    }

    package func get(_ reference: String?) throws -> HighlightView {
        try require(reference, in: context.reader)
    }

    /// A page by id; a municipality's own stories of published reports only.
    package func page(_ filter: HighlightRepository.Filter, page: PageRequest) throws -> Page<HighlightView> {
        var filter = filter
        if let own = context.principal?.ownMunicipality {
            if let asked = filter.municipality, asked != own { return Page(items: []) }
            filter.municipality = own
            filter.publishedOnly = true
        }
        let db = context.reader
        let found = try HighlightRepository.list(filter, page: page, in: db)
        let sources = Dictionary(grouping: try HighlightRepository.sources(of: found.items.map(\.id), in: db), by: \.highlight)
        return found.map { HighlightView(highlight: $0, sources: sources[$0.id] ?? []) }
    }

    /// Inside the caller's transaction (`Idempotency.perform`).
    package func create(_ body: JSONObject, actor: AuditLog.Actor, in db: Connection) throws -> HighlightView {
        let (new, registrations) = try HighlightInput.decode(body, onto: .new(now: Timestamp.now()), creating: true, in: db)
        let id = try HighlightRepository.insert(new, in: db)
        try HighlightRepository.link(id, to: registrations ?? [], in: db)
        let created = try require(String(id), in: db)
        try AuditLog.record(db, actor: actor, action: "create", entity: "highlight", id: String(id), before: nil, after: created)
        return created
    }

    /// Corrections, also of a published report's story: audited. `precondition` refuses a
    /// stale If-Match (412) before anything changes.
    package func update(_ reference: String?, _ body: JSONObject, actor: AuditLog.Actor,
                        precondition: (HighlightView) throws -> Void) throws -> HighlightView {
        try context.writer.write { db in
            let current = try require(reference, in: db)
            try precondition(current)
            let decoded = try HighlightInput.decode(body, onto: current.highlight, creating: false, in: db)
            var changed = decoded.highlight
            changed.updatedAt = Timestamp.now()
            guard try HighlightRepository.update(changed, expectedVersion: current.highlight.version, in: db) else {
                throw AppError.preconditionFailed(.init(.resourceChangedDuringRequest))
            }
            if let registrations = decoded.registrations { try HighlightRepository.link(changed.id, to: registrations, in: db) }
            let updated = try require(String(changed.id), in: db)
            try AuditLog.record(db, actor: actor, action: "update", entity: "highlight", id: String(changed.id), before: current, after: updated)
            return updated
        }
    }

    package func delete(_ reference: String?, actor: AuditLog.Actor, precondition: (HighlightView) throws -> Void) throws {
        try context.writer.write { db in
            let current = try require(reference, in: db)
            try precondition(current)
            try HighlightRepository.delete(current.highlight.id, in: db)
            try AuditLog.record(db, actor: actor, action: "delete", entity: "highlight", id: String(current.highlight.id),
                                before: current, after: nil)
        }
    }
}
