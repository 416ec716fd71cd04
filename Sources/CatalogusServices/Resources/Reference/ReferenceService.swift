import CatalogusDomain
import CatalogusStorage
import HTTPServer
import JSON
import SQLite

/// Changes to municipalities, their inhabitants and locations: each in one write
/// transaction with its audit record. Last write wins (docs/api.md#conditional-requests): reference data has no
/// If-Match.
package struct ReferenceService {
    package let writer: DatabaseWriter
    package let actor: AuditLog.Actor

    package init(writer: DatabaseWriter, actor: AuditLog.Actor) {
        self.writer = writer
        self.actor = actor
    }

    /// The result of a create-or-replace: 201 when it is new.
    package struct Stored<Value> {
        package let value: Value
        package let created: Bool
    }

    /// `input` as `MunicipalityInput` read it: the time is the write's.
    package func putMunicipality(_ input: Municipality) throws -> Stored<MunicipalityDetail> {
        try writer.write { db in
            if let other = try MunicipalityRepository.slug(withCBSCode: input.cbsCode, other: input.slug, in: db) {
                throw AppError.conflict(.init(.municipalityCBSTaken, ["cbs_code": .string(input.cbsCode), "municipality": .string(other)]))
            }
            let before = try MunicipalityRepository.find(input.slug, in: db).map { try MunicipalityRepository.detail(of: $0, in: db) }
            var municipality = input
            municipality.createdAt = Timestamp.now()
            municipality.updatedAt = municipality.createdAt
            try MunicipalityRepository.upsert(municipality, in: db)
            let after = try MunicipalityRepository.detail(input.slug, in: db)
            try AuditLog.record(db, actor: actor, action: before == nil ? "create" : "update", entity: "municipality",
                                id: input.slug, before: before, after: after)
            return Stored(value: after, created: before == nil)
        }
    }

    /// The answer: `{municipality, year, count}`.
    package func putInhabitants(_ input: InhabitantsInput, of slug: String, year: Int64) throws -> Stored<JSONValue> {
        try writer.write { db in
            _ = try MunicipalityRepository.require(slug, in: db)
            let before = try MunicipalityRepository.inhabitants(of: slug, year: year, in: db)
            let now = Timestamp.now()
            try MunicipalityRepository.setInhabitants(of: slug, year: year, count: input.count, now: now, in: db)
            try MunicipalityRepository.touch(slug, now: now, in: db)
            let result: JSONValue = ["municipality": .string(slug), "year": .integer(year), "count": .integer(input.count)]
            try AuditLog.record(db, actor: actor, action: before == nil ? "create" : "update", entity: "inhabitants",
                                id: "\(slug)/\(year)", before: before.map { ["count": .integer($0)] }, after: result)
            return Stored(value: result, created: before == nil)
        }
    }

    /// Inside the caller's transaction (`Idempotency.perform` owns it, to store the answer with the row).
    package func createLocation(_ body: JSONObject, in db: Connection) throws -> Location {
        let now = Timestamp.now()
        let input = try LocationInput.decode(body, now: now, in: db)
        let id = try LocationRepository.insert(input, in: db)
        try MunicipalityRepository.touch(input.municipality, now: now, in: db)
        guard let location = try LocationRepository.find(id, in: db) else {
            throw AppError.notFound(.init(.locationUnknown, ["id": .integer(id)]))  // cannot happen inside the transaction that inserted it
        }
        try AuditLog.record(db, actor: actor, action: "create", entity: "location", id: String(location.id), before: nil, after: location)
        return location
    }
}
