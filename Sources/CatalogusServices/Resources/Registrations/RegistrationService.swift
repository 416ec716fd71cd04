import CatalogusDomain
import CatalogusStorage
import JSON
import SQLite

/// Registrations' rules and writes: each change in one transaction with its audit
/// record. A municipality token sees only its own municipality's registrations (404
/// for another's, as if it did not exist).
package struct RegistrationService {
    package let context: Caller

    package init(context: Caller) {
        self.context = context
    }

    private func visible(_ registration: Registration?) -> Registration? {
        guard let registration, context.actsFor(municipality: registration.municipality) else { return nil }
        return registration
    }

    /// 404 also for another municipality's registration, when a municipality token asks.
    private func require(_ reference: String?, in repository: RegistrationRepository) throws -> Registration {
        guard let id = reference.flatMap({ Int64($0) }), let found = visible(try repository.find(id)) else {
            throw AppError.notFound(.init(.registrationUnknown, ["id": .string(reference ?? "")]))
        }
        return found
    }

    package func get(_ reference: String?) throws -> Registration {
        try require(reference, in: RegistrationRepository(db: context.reader))
    }

    /// The list's filter and format, checked (the caller's own municipality only, for a municipality).
    package func listQuery(_ query: QueryDecoder) throws -> (RegistrationListQuery, OutputFormat) {
        try RegistrationListQuery.decode(query, principal: context.principal, in: RegistrationRepository(db: context.reader))
    }

    package func page(_ query: RegistrationListQuery) throws -> Page<Registration> {
        try RegistrationRepository(db: context.reader).page(query)
    }

    /// Inside the caller's transaction (`Idempotency.perform`).
    package func create(_ body: JSONObject, actor: AuditLog.Actor, in db: Connection) throws -> Registration {
        let repository = RegistrationRepository(db: db)
        let new = try RegistrationInput.decode(body, onto: Registration.new(now: Timestamp.now()), creating: true,
                                               lookups: try RegistrationLookups(repository))
        let id = try repository.insert(new)
        guard let created = try repository.find(id) else { throw Fault.unreadableAfterWrite(id) }
        try AuditLog.record(db, actor: actor, action: "create", entity: "registration", id: String(id), before: nil, after: created)
        try Outbox.registration(.registrationCreated, id: id, municipality: created.municipality, in: db)
        return created
    }

    /// A bulk import's rows as checked before the writer's turn, and the lookups they
    /// rested on.
    package struct BulkPlan {
        package let registrations: [Registration]
        package let problems: [JSONValue]
        package let lookups: RegistrationLookups
        package let rowCount: Int
        /// The registrations as `RegistrationImportRepository.insert` takes them, a turn's worth each, made
        /// before the turns.
        package let turns: [(rows: String, count: Int)]

        /// The 422 listing every bad row by number (from 1, header not counted) and field.
        package var failure: AppError {
            var extensions = JSONObject()
            extensions["errors"] = .array(problems)
            return AppError.unprocessable(.init(.bulkRefused, ["problems": .integer(problems.count), "rows": .integer(rowCount)]),
                                          extensions: extensions)
        }
    }

    /// Checks every row on this thread's read connection, outside the writer's turn: the
    /// checks of 10,000 rows took most of an import's turn, and every write queued behind
    /// it waited for them (issue 20, item 8). `bulk(_:plan:staged:…)` confirms them in the turn.
    package func plan(_ bulk: RegistrationBulkInput) throws -> BulkPlan {
        try check(bulk, with: RegistrationLookups(RegistrationRepository(db: context.reader)))
    }

    private func check(_ bulk: RegistrationBulkInput, with lookups: RegistrationLookups) throws -> BulkPlan {
        var registrations: [Registration] = []
        registrations.reserveCapacity(bulk.rows.count)
        let new = Registration.new(now: "")  // the times are the insert's (`insertAll`)
        var problems: [JSONValue] = []
        func problem(_ index: Int, _ error: FieldError) {
            problems.append(["row": .integer(Int64(index + 1)), "field": .string(error.field), "code": .string(error.code),
                             "detail": .string(error.detail), "params": .object(error.params)])
        }
        for (index, row) in bulk.rows.enumerated() {
            if let shape = bulk.shapeErrors[index] { problem(index, .init(field: "(row)", shape)); continue }
            let (registration, errors) = try RegistrationInput.decodeRow(row, onto: new, creating: true, lookups: lookups)
            if let registration { registrations.append(registration) }
            for error in errors { problem(index, error) }
        }
        let turns = problems.isEmpty ? RegistrationImportRepository.turns(registrations) : []
        return BulkPlan(registrations: registrations, problems: problems, lookups: lookups, rowCount: bulk.rows.count, turns: turns)
    }

    /// Writes a checked plan's rows, unseen, a turn at a time: each turn a transaction of
    /// its own on the writer, with other writes between them. Nil when a turn failed (a
    /// row's activity or location went away meanwhile, the disk is full): what was written
    /// is taken back, and `bulk` then checks and writes everything in its own turn, where
    /// the error is reported as for any write.
    package func stage(_ plan: BulkPlan, now: String) -> RegistrationImportRepository.Staged? {
        guard plan.problems.isEmpty, !plan.turns.isEmpty else { return nil }
        var staged: RegistrationImportRepository.Staged?
        do {
            for turn in plan.turns {
                staged = try context.writer.write(.bulk) { db in
                    let imports = RegistrationImportRepository(db: db)
                    var current = try staged ?? imports.begin(now: now)
                    try imports.insert(turn.rows, count: turn.count, into: &current, now: now)
                    return current
                }
            }
            return staged
        } catch {
            if let staged { abandon(staged) }
            return nil
        }
    }

    /// Takes a staged import back, when it was not published. Should that fail too, the
    /// rows stay unseen, and the next server start takes them back (`abandonUnfinished`).
    package func abandon(_ staged: RegistrationImportRepository.Staged) {
        _ = try? context.writer.write(.bulk) { db in try RegistrationImportRepository(db: db).abandon(staged.id) }
    }

    /// Takes back every import a stopped server left unfinished; how many rows that was.
    package static func abandonUnfinished(_ writer: DatabaseWriter) throws -> Int {
        try writer.write(.bulk) { db in
            let imports = RegistrationImportRepository(db: db)
            return try imports.unfinished().reduce(0) { rows, id in rows + (try imports.abandon(id)) }
        }
    }

    /// All rows or none; every bad row is reported by number (from 1, header not counted)
    /// and field. Inside the caller's transaction (`Idempotency.perform`), given the rows
    /// as `plan` checked them and `stage` wrote them before this turn: when everything they
    /// were checked against still holds (a few queries), they are published as they are;
    /// otherwise (a location or order changed meanwhile, the plan found problems, or the
    /// staging failed) they are checked again and written here.
    package func bulk(_ bulk: RegistrationBulkInput, plan: BulkPlan, staged: RegistrationImportRepository.Staged?, now: String,
                      actor: AuditLog.Actor, in db: Connection) throws -> BulkCreated {
        let repository = RegistrationRepository(db: db)
        let imports = RegistrationImportRepository(db: db)
        var plan = plan
        var staged = staged
        let stillHolds = try staged != nil && plan.problems.isEmpty && plan.lookups.stillHold(in: repository)
        if !stillHolds {
            if let unusable = staged { try imports.abandon(unusable.id) }
            plan = try check(bulk, with: RegistrationLookups(repository))
            guard plan.problems.isEmpty else { throw plan.failure }
            var written = try imports.begin(now: now)
            for turn in plan.turns { try imports.insert(turn.rows, count: turn.count, into: &written, now: now) }
            staged = written
        }
        guard let staged else { throw plan.failure }
        try imports.publish(staged)
        let ids = staged.ids
        try Outbox.registrationsImported(Array(zip(ids, plan.registrations.lazy.map(\.municipality))).map { (id: $0.0, municipality: $0.1) }, in: db)
        let range = ids.first.flatMap { first in ids.last.map { "\(first)-\($0)" } } ?? ""
        try AuditLog.record(db, actor: actor, action: "bulk_create", entity: "registration", id: range, before: nil,
                            after: ["created": .integer(Int64(ids.count))] as JSONValue)
        return BulkCreated(ids: ids)
    }

    /// Corrections: audited. `checkVersion` refuses a stale If-Match (412) before anything changes.
    package func update(_ reference: String?, _ body: JSONObject, actor: AuditLog.Actor, checkVersion: (Int64) throws -> Void) throws -> Registration {
        try context.writer.write { db in
            let repository = RegistrationRepository(db: db)
            let current = try require(reference, in: repository)
            try checkVersion(current.version)
            var corrected = try RegistrationInput.decode(body, onto: current, creating: false, lookups: try RegistrationLookups(repository))
            corrected.updatedAt = Timestamp.now()
            guard try repository.update(corrected, expectedVersion: current.version) else {
                throw AppError.preconditionFailed(.init(.resourceChangedDuringRequest))
            }
            guard let updated = try repository.find(current.id) else { throw Fault.unreadableAfterWrite(current.id) }
            try AuditLog.record(db, actor: actor, action: "update", entity: "registration", id: String(current.id),
                                before: current, after: updated)
            try Outbox.registration(.registrationChanged, id: current.id, municipality: updated.municipality, in: db)
            if updated.municipality != current.municipality {
                try Outbox.registrationMoved(id: current.id, from: current.municipality, in: db)
            }
            return updated
        }
    }

    /// A row just written that cannot be read back in the same transaction: a bug (500), not the client's doing.
    package enum Fault: Error { case unreadableAfterWrite(Int64) }

    package func delete(_ reference: String?, actor: AuditLog.Actor, checkVersion: (Int64) throws -> Void) throws {
        try context.writer.write { db in
            let repository = RegistrationRepository(db: db)
            let current = try require(reference, in: repository)
            try checkVersion(current.version)
            try repository.delete(current.id)
            try AuditLog.record(db, actor: actor, action: "delete", entity: "registration", id: String(current.id),
                                before: current, after: nil)
            try Outbox.registration(.registrationDeleted, id: current.id, municipality: current.municipality, in: db)
        }
    }
}
