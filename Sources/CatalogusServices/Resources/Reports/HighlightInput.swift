import CatalogusDomain
import CatalogusStorage
import JSON
import SQLite

/// `POST /api/v1/highlights` and `PATCH /api/v1/highlights/{id}`, read by `Highlight.field(_:)`,
/// and the registrations the story is about (`registrations`: their ids), which must be of
/// the story's municipality and year. Checked against the database of the write's
/// transaction, into one 422.
package enum HighlightInput {
    package static let registrationsKey = "registrations"

    /// The story as the body sets it, and its registrations when the body names them (always on POST).
    package static func decode(_ body: JSONObject, onto current: Highlight, creating: Bool,
                               in db: Connection) throws -> (highlight: Highlight, registrations: [Int64]?) {
        var v = FieldValidator(body)
        let highlight = try RecordInput.decode(onto: current, creating: creating, extra: [registrationsKey], validator: &v) { special, key, record, v in
            switch special {
            case .municipality:
                guard let slug = v.string(key, maxLength: Municipality.maxSlugLength) else { return }
                guard try MunicipalityRepository.exists(slug, in: db) else { return v.fail(key, .municipalityUnknown, ["slug": .string(slug)]) }
                record.municipality = slug
            case .year:
                if let year = v.integer(key, range: Vocabulary.years) { record.year = year }
            }
        }
        var registrations: [Int64]?
        if creating || body[registrationsKey] != nil {
            registrations = ids(body[registrationsKey], validator: &v)
            if let ids = registrations, !highlight.municipality.isEmpty, highlight.year != 0 {
                try check(ids, belongTo: highlight, validator: &v, in: db)
            }
        }
        try v.finish()
        return (highlight, registrations)
    }

    /// 1 to `Highlight.maxRegistrations` distinct positive ids.
    private static func ids(_ value: JSONValue?, validator v: inout FieldValidator) -> [Int64]? {
        let key = registrationsKey
        guard let value, !value.isNull else { v.fail(key, .fieldRequired); return nil }
        let ids = value.arrayValue?.compactMap { $0.int64Value.flatMap { $0 > 0 ? $0 : nil } } ?? []
        guard let items = value.arrayValue, !items.isEmpty, items.count <= Highlight.maxRegistrations, ids.count == items.count,
              Set(ids).count == ids.count else {
            v.fail(key, .highlightRegistrationsInvalid, ["max": .integer(Int64(Highlight.maxRegistrations))])
            return nil
        }
        return ids
    }

    /// A registration of another municipality or year is refused: the story's figures are its registrations'.
    private static func check(_ ids: [Int64], belongTo highlight: Highlight, validator v: inout FieldValidator, in db: Connection) throws {
        let places = try HighlightRepository.places(of: ids, in: db)
        for id in ids {
            guard let place = places[id] else { v.fail(registrationsKey, .highlightRegistrationUnknown, ["id": .integer(id)]); continue }
            let year = String(place.date.prefix(4))
            if place.municipality != highlight.municipality || year != String(highlight.year) {
                v.fail(registrationsKey, .highlightRegistrationElsewhere, [
                    "id": .integer(id), "registration_municipality": .string(place.municipality), "registration_year": .string(year),
                    "municipality": .string(highlight.municipality), "year": .integer(highlight.year),
                ])
            }
        }
    }
}
