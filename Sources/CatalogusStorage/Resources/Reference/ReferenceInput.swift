import CatalogusDomain
import Foundation
import JSON
import SQLite

/// `PUT /api/v1/municipalities/{slug}`: name and CBS code. Inhabitants and locations
/// have their own endpoints.
package struct MunicipalityInput: Equatable {
    package let slug: String
    package let cbsCode: String
    package let name: String

    package static let fields: Set<String> = ["slug", "cbs_code", "name", "inhabitants", "locations", "version", "created_at", "updated_at"]
    package static let readOnlyFields = ["inhabitants", "locations", "version", "created_at", "updated_at"]

    package static func decode(_ body: JSONObject, slug: String) throws -> MunicipalityInput {
        var v = FieldValidator(body)
        v.rejectUnknown(allowed: fields)
        if !slug.matchesWhole(Municipality.slugPattern) || slug.count > Municipality.maxSlugLength {
            v.fail("slug", .municipalitySlugFormat)
        }
        if let given = body["slug"], given.stringValue != slug { v.fail("slug", .fieldPathMismatch, ["expected": .string(slug)]) }
        for field in readOnlyFields where v.has(field) {
            v.fail(field, .fieldReadOnlyHere)
        }
        let cbs = v.string("cbs_code", maxLength: 6)
        if let cbs, !cbs.matchesWhole(Municipality.cbsPattern) { v.fail("cbs_code", .municipalityCBSFormat) }
        let name = v.string("name", maxLength: Municipality.maxNameLength)
        let (cbsCode, validName) = try v.finish(cbs, name)
        return MunicipalityInput(slug: slug, cbsCode: cbsCode, name: validName)
    }
}

/// `PUT /api/v1/municipalities/{slug}/inhabitants/{year}`.
package struct InhabitantsInput: Equatable {
    package static let maxCount: Int64 = 100_000_000

    package let count: Int64

    package static func decode(_ body: JSONObject, year: Int64) throws -> InhabitantsInput {
        var v = FieldValidator(body)
        v.rejectUnknown(allowed: ["count", "year"])
        let count = v.integer("count", range: 0...maxCount)
        if let given = body["year"], given.int64Value != year { v.fail("year", .fieldPathMismatch, ["expected": .integer(year)]) }
        return InhabitantsInput(count: try v.finish(count))
    }
}

/// `POST /api/v1/locations`, read by `Location.field(_:)`. The municipality must exist
/// and the name be free in it: checked against the database (the write transaction's),
/// into the same 422.
package enum LocationInput {
    package static func decode(_ body: JSONObject, now: String, in db: Connection) throws -> Location {
        var v = FieldValidator(body)
        let location = try RecordInput.decode(onto: Location.new(now: now), creating: true, validator: &v) { special, key, record, v in
            switch special {
            case .municipality:
                guard let slug = v.string(key, maxLength: Municipality.maxSlugLength) else { return }
                if try MunicipalityRepository.exists(slug, in: db) { record.municipality = slug } else { v.fail(key, .municipalityUnknown, ["slug": .string(slug)]) }
            }
        }
        if !location.municipality.isEmpty, !location.name.isEmpty,
           try LocationRepository.nameIsTaken(location.name, in: location.municipality, in: db) {
            v.fail("name", .locationNameTaken, ["municipality": .string(location.municipality)])
        }
        try v.finish()
        return location
    }
}
