import CatalogusDomain
import JSON
import SQLite

/// Reads a registration's body onto a registration by `Registration.field(_:)`: a whole
/// one for POST and bulk rows, or a correction's fields onto the current one for PATCH.
/// The special fields are looked up through `RegistrationLookups`; every field error is
/// collected.
package enum RegistrationInput {
    /// What POST (and a bulk row) and PATCH may set, worked out once for the 10,000 rows of an import.
    private static let creating = RecordBodyShape(Registration.self, creating: true)
    private static let changing = RecordBodyShape(Registration.self, creating: false)
    /// The fields of a body (and of a bulk CSV's header).
    package static let fields = creating.allowed
    /// The names the staff pages show them by (an error names the field): their columns'
    /// Dutch names (`Vocabulary.columnTerms`), in the order of the body.
    package static let fieldTerms = Vocabulary.columnTerms.only(creating.writable.map(\.key))

    /// Decodes one body or bulk row onto `current` (`Registration.new` for a new one),
    /// collecting every field error; nil registration when there is any.
    package static func decodeRow(_ object: JSONObject, onto current: Registration, creating: Bool,
                                  lookups: RegistrationLookups) throws -> (Registration?, [FieldError]) {
        var v = FieldValidator(object)
        // Members of the resource that no body sets are "not a field", as ever (no `readOnly`).
        var sessionsPerUnit: Int64?
        let registration = try RecordInput.decode(onto: current, shape: creating ? Self.creating : Self.changing, validator: &v) {
            field, key, registration, v in
            try apply(field, key, to: &registration, creating: creating, sessionsPerUnit: &sessionsPerUnit, validator: &v, lookups: lookups)
        }
        return (v.errors.isEmpty ? registration : nil, v.errors)
    }

    /// One body: the registration, or the 422 with every field error.
    package static func decode(_ object: JSONObject, onto current: Registration, creating: Bool,
                               lookups: RegistrationLookups) throws -> Registration {
        let (registration, errors) = try decodeRow(object, onto: current, creating: creating, lookups: lookups)
        guard let registration else { throw AppError.validation(errors) }
        return registration
    }

    private static func apply(_ field: Registration.SpecialField, _ key: String, to r: inout Registration, creating: Bool,
                              sessionsPerUnit: inout Int64?, validator v: inout FieldValidator, lookups: RegistrationLookups) throws {
        let object = v.object
        switch field {
        case .activity:
            guard creating || object[key] != nil else { return }
            let found: RegistrationLookups.Activity?
            switch object[key] {
            case .some(.string(let code)): found = try lookups.activity(code)
            case .some(.number(let number)): found = try number.int64.map { try lookups.activity(String($0)) } ?? nil
            default: found = nil
            }
            if let found {
                r.activityID = found.id; sessionsPerUnit = found.sessionsPerUnit
            } else {
                switch object[key] {
                case nil, .some(.null): v.fail(key, .fieldRequired)
                case .some(.string(let code)): v.fail(key, .activityUnknown, ["reference": .string(code)])
                case .some(.number(let number)): v.fail(key, .activityUnknown, ["reference": .string(number.text)])
                default: v.fail(key, .activityReferenceInvalid)
                }
            }
        case .municipality:
            guard creating || object[key] != nil, let slug = v.string(key, maxLength: Municipality.maxSlugLength) else { return }
            if try lookups.municipalityExists(slug) { r.municipality = slug } else { v.fail(key, .municipalityUnknown, ["slug": .string(slug)]) }
        case .location:
            if object[key] != nil {
                r.locationID = v.integer(key, required: false, range: 1...Int64.max)
                if let id = r.locationID, try lookups.locationMunicipality(id) == nil { v.fail(key, .locationUnknown, ["id": .integer(id)]) }
            }
            if let id = r.locationID, let owner = try lookups.locationMunicipality(id), !r.municipality.isEmpty, owner != r.municipality {
                v.fail(key, .locationOtherMunicipality, ["id": .integer(id), "owner": .string(owner), "municipality": .string(r.municipality)])
            }
        case .date:
            guard creating || object[key] != nil, let date = v.string(key, maxLength: CalendarDate.length) else { return }
            if !CalendarDate.isValid(date) { v.fail(key, .fieldNotDate) }
            else if date > lookups.today { v.fail(key, .registrationDateInFuture, ["today": .string(lookups.today)]) }
            else if date < Registration.earliestDate {
                v.fail(key, .registrationDateTooEarly, ["year": .string(String(Registration.earliestDate.prefix(4)))])
            }
            else { r.date = date }
        case .sessions:
            if object[key] != nil, !v.isExplicitNull(key) {
                if let sessions = v.integer(key, range: Registration.sessionsRange) { r.sessions = sessions }
            } else if creating || object[Registration.Column.activityID.jsonKey] != nil {
                // A new activity brings its own default, not the old activity's session count.
                r.sessions = sessionsPerUnit ?? 1
            }
        case .order:
            if object[key] != nil { r.orderID = v.integer(key, required: false, range: 1...Int64.max) }
            guard let id = r.orderID else { return }
            if let owner = try lookups.orderMunicipality(id) {
                if !r.municipality.isEmpty, owner != r.municipality {
                    v.fail(key, .registrationOrderOtherMunicipality, ["id": .integer(id), "municipality": .string(r.municipality)])
                }
            } else {
                v.fail(key, .orderUnknown, ["id": .integer(id)])
            }
        case .partners:
            guard let value = object[key] else { return }
            if value.isNull { r.partners = [] }
            else if let items = value.arrayValue, items.count <= Registration.maxPartners,
                    items.allSatisfy({ item in
                        guard let name = item.stringValue else { return false }
                        return !name.isEmpty && FieldValidator.isWithin(name, maxLength: Registration.maxPartnerLength)
                            && !FieldValidator.hasControlCharacters(name, multiline: false)
                    }) {
                r.partners = items.compactMap(\.stringValue)
            } else {
                v.fail(key, .registrationPartnersInvalid, ["max": .integer(Int64(Registration.maxPartners)),
                                                          "max_length": .integer(Int64(Registration.maxPartnerLength))])
            }
        }
    }
}
