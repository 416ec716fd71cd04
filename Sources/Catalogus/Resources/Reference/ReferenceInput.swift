import Foundation
import JSON
import SQLite

/// `PUT /api/v1/municipalities/{slug}`: name and CBS code. Inhabitants and locations
/// have their own endpoints.
struct MunicipalityInput: Equatable {
    let slug: String
    let cbsCode: String
    let name: String

    static let fields: Set<String> = ["slug", "cbs_code", "name", "inhabitants", "locations", "version", "created_at", "updated_at"]
    static let readOnlyFields = ["inhabitants", "locations", "version", "created_at", "updated_at"]

    static func decode(_ body: JSONObject, slug: String) throws -> MunicipalityInput {
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
struct InhabitantsInput: Equatable {
    static let maxCount: Int64 = 100_000_000

    let count: Int64

    static func decode(_ body: JSONObject, year: Int64) throws -> InhabitantsInput {
        var v = FieldValidator(body)
        v.rejectUnknown(allowed: ["count", "year"])
        let count = v.integer("count", range: 0...maxCount)
        if let given = body["year"], given.int64Value != year { v.fail("year", .fieldPathMismatch, ["expected": .integer(year)]) }
        return InhabitantsInput(count: try v.finish(count))
    }
}

/// `POST /api/v1/locations`. The municipality must exist and the name be free in it:
/// checked against the database (the write transaction's), into the same 422.
struct LocationInput: Equatable {
    let municipality: String
    let name: String
    let kind: String
    let address: String?

    static func decode(_ body: JSONObject, in db: Connection) throws -> LocationInput {
        var v = FieldValidator(body)
        v.rejectUnknown(allowed: ["municipality", "name", "kind", "address"])
        let slug = v.string("municipality", maxLength: Municipality.maxSlugLength)
        if let slug, try !MunicipalityRepository.exists(slug, in: db) { v.fail("municipality", .municipalityUnknown, ["slug": .string(slug)]) }
        let name = v.string("name", maxLength: Location.maxNameLength)
        let kind = v.oneOf("kind", Vocabulary.locationKinds)
        let address = v.string("address", required: false, maxLength: Location.maxAddressLength)
        if let slug, let name, try LocationRepository.nameIsTaken(name, in: slug, in: db) {
            v.fail("name", .locationNameTaken, ["municipality": .string(slug)])
        }
        let (validSlug, validName, validKind) = try v.finish(slug, name, kind)
        return LocationInput(municipality: validSlug, name: validName, kind: validKind, address: address)
    }
}
