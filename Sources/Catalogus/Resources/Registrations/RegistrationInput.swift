import HTTPServer
import JSON
import SQLite

/// Reads a registration's body by `Registration.field(_:)`: a whole one for POST and
/// bulk rows, or a correction's fields applied onto the current values for PATCH.
enum RegistrationInput {
    /// The members a body or a bulk file's header may name.
    static let fields: Set<String> = Set(RecordInput.writable(Registration.self).map(\.key))

    // Limits, shared with the schema (RegistrationSchemas.swift).
    static let maxMunicipalityLength = 64
    static let earliestDate = "2000-01-01"
    static let sessionsRange: ClosedRange<Int64> = 0...10_000
    static let participantsRange: ClosedRange<Int64> = 0...1_000_000
    static let maxPartners = 20
    static let maxPartnerLength = 200
    static let maxNotesLength = 2000
}

extension RegistrationInput {
    /// Decodes one body or row, collecting every field error; nil input when there is any.
    /// `base` is the current registration of a correction (PATCH), nil for a new one.
    static func decode(_ object: JSONObject, base: Registration? = nil, prefix: String = "",
                       lookups: RegistrationLookups) throws -> (Registration?, [Problem.FieldError]) {
        var v = FieldValidator(object, prefix: prefix)
        let creating = base == nil
        var sessionsPerUnit: Int64?
        let decoded = try RecordInput.decode(onto: base ?? Registration.new(), creating: creating, validator: &v) { field, key, input, v in
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
                    input.activityID = found.id; sessionsPerUnit = found.sessionsPerUnit
                } else {
                    switch object[key] {
                    case nil, .some(.null): v.fail(key, "is required")
                    case .some(.string(let code)): v.fail(key, "no activity with code '\(code)'")
                    case .some(.number(let number)): v.fail(key, "no activity with id \(number.text)")
                    default: v.fail(key, "must be an activity id (integer) or code (string)")
                    }
                }
            case .municipality:
                guard creating || object[key] != nil, let slug = v.string(key, maxLength: maxMunicipalityLength) else { return }
                if try lookups.municipalityExists(slug) { input.municipality = slug } else { v.fail(key, "no municipality with slug '\(slug)'") }
            case .location:
                if object[key] != nil {
                    input.locationID = v.integer(key, required: false, range: 1...Int64.max)
                    if let id = input.locationID, try lookups.locationMunicipality(id) == nil { v.fail(key, "no location with id \(id)") }
                }
                if let id = input.locationID, let owner = try lookups.locationMunicipality(id), !input.municipality.isEmpty, owner != input.municipality {
                    v.fail(key, "location \(id) belongs to \(owner), not to \(input.municipality)")
                }
            case .date:
                guard creating || object[key] != nil, let date = v.string(key, maxLength: 10) else { return }
                if !CalendarDate.isValid(date) { v.fail(key, "must be a date YYYY-MM-DD") }
                else if date > lookups.today { v.fail(key, "must not be in the future (today is \(lookups.today) in the Netherlands)") }
                else if date < earliestDate { v.fail(key, "must be in \(earliestDate.prefix(4)) or later") }
                else { input.date = date }
            case .sessions:
                if object[key] != nil, !v.isExplicitNull(key) {
                    if let sessions = v.integer(key, range: sessionsRange) { input.sessions = sessions }
                } else if creating || object["activity"] != nil {
                    // A new activity brings its own default, not the old activity's session count.
                    input.sessions = sessionsPerUnit ?? 1
                }
            case .order:
                if object[key] != nil {
                    input.orderID = v.integer(key, required: false, range: 1...Int64.max)
                }
                if let id = input.orderID {
                    if let owner = try lookups.orderMunicipality(id) {
                        if !input.municipality.isEmpty, owner != input.municipality { v.fail(key, "order \(id) is not an order of \(input.municipality)") }
                    } else {
                        v.fail(key, "no order with id \(id)")
                    }
                }
            case .partners:
                guard let value = object[key] else { return }
                if value.isNull { input.partners = [] }
                else if let items = value.arrayValue, items.count <= maxPartners,
                        items.allSatisfy({ item in
                            guard let name = item.stringValue else { return false }
                            return !name.isEmpty && FieldValidator.isWithin(name, maxLength: maxPartnerLength)
                                && !FieldValidator.hasControlCharacters(name, multiline: false)
                        }) {
                    input.partners = items.compactMap(\.stringValue)
                } else {
                    v.fail(key, "must be an array of at most \(maxPartners) organisation names, each one line of at most \(maxPartnerLength) characters")
                }
            }
        }
        return (v.errors.isEmpty ? decoded : nil, v.errors)
    }

    /// One body: the input, or the 422 with every field error.
    static func decode(_ object: JSONObject, base: Registration? = nil, lookups: RegistrationLookups) throws -> Registration {
        let (input, errors) = try decode(object, base: base, lookups: lookups)
        guard let input else { throw AppError.validation(errors) }
        return input
    }
}
