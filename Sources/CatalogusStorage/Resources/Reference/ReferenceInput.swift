import CatalogusDomain
import Foundation
import JSON
import SQLite

/// `PUT /api/v1/municipalities/{slug}`, read by `Municipality.field(_:)`: name and CBS
/// code. Inhabitants and locations have their own endpoints.
package enum MunicipalityInput {
    /// Members of the resource a body may not set (422 "not here": they have endpoints of their own).
    package static let readOnlyFields: Set<String> =
        Set(Municipality.Column.allCases.filter { Municipality.field($0) == nil }.map(\.jsonKey) + ["inhabitants", "locations"])

    /// The municipality of the path as the body sets it; the service stamps the time.
    package static func decode(_ body: JSONObject, slug: String) throws -> Municipality {
        var v = FieldValidator(body)
        let municipality = try RecordInput.decode(onto: Municipality.new(slug: slug, now: ""), creating: true, extra: readOnlyFields,
                                                  validator: &v) { special, key, record, v in
            switch special {
            case .slug:
                if !Municipality.isSlug(slug) {
                    v.fail(key, .municipalitySlugFormat)
                }
                if let given = body[key], given.stringValue != slug { v.fail(key, .fieldPathMismatch, ["expected": .string(slug)]) }
                // Its own code, and listed after the slug's errors: the 422 the API has always given.
                for member in v.object.keys where readOnlyFields.contains(member) { v.fail(member, .fieldReadOnlyHere) }
            case .cbsCode:
                guard let cbs = v.string(key, maxLength: Municipality.cbsLength) else { return }
                if cbs.matchesWhole(Municipality.cbsPattern) { record.cbsCode = cbs } else { v.fail(key, .municipalityCBSFormat) }
            }
        }
        try v.finish()
        return municipality
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
