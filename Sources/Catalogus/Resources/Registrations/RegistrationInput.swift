import HTTPServer
import JSON
import SQLite

/// What a registration's body says, checked: a whole one for POST and bulk rows, or a
/// correction's fields applied onto the current values for PATCH.
struct RegistrationInput: Equatable {
    var activityID: Int64
    var municipality: String
    var locationID: Int64?
    var date: String
    var sessions: Int64
    var participants: Int64
    var orderID: Int64?
    var partners: [String]
    var notes: String?

    static let fields: Set<String> = ["activity", "municipality", "location", "date", "sessions", "participants", "order_id", "partners", "notes"]

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
    init(_ registration: Registration) {
        self.init(activityID: registration.activityID, municipality: registration.municipality, locationID: registration.locationID,
                  date: registration.date, sessions: registration.sessions, participants: registration.participants,
                  orderID: registration.orderID, partners: registration.partners, notes: registration.notes)
    }

    /// Decodes one body or row, collecting every field error; nil input when there is any.
    /// `base` is the current registration of a correction (PATCH), nil for a new one.
    static func decode(_ object: JSONObject, base: RegistrationInput? = nil, prefix: String = "",
                       lookups: RegistrationLookups) throws -> (RegistrationInput?, [Problem.FieldError]) {
        var v = FieldValidator(object, prefix: prefix)
        v.rejectUnknown(allowed: fields)
        let creating = base == nil
        var input = base ?? RegistrationInput(activityID: 0, municipality: "", locationID: nil, date: "", sessions: 1, participants: 0,
                                              orderID: nil, partners: [], notes: nil)
        var sessionsPerUnit: Int64?
        if creating || object["activity"] != nil {
            let found: RegistrationLookups.Activity?
            switch object["activity"] {
            case .some(.string(let code)): found = try lookups.activity(code)
            case .some(.number(let number)): found = try number.int64.map { try lookups.activity(String($0)) } ?? nil
            default: found = nil
            }
            if let found {
                input.activityID = found.id; sessionsPerUnit = found.sessionsPerUnit
            } else {
                switch object["activity"] {
                case nil, .some(.null): v.fail("activity", "is required")
                case .some(.string(let code)): v.fail("activity", "no activity with code '\(code)'")
                case .some(.number(let number)): v.fail("activity", "no activity with id \(number.text)")
                default: v.fail("activity", "must be an activity id (integer) or code (string)")
                }
            }
        }
        if creating || object["municipality"] != nil {
            if let slug = v.string("municipality", maxLength: maxMunicipalityLength) {
                if try lookups.municipalityExists(slug) { input.municipality = slug } else { v.fail("municipality", "no municipality with slug '\(slug)'") }
            }
        }
        if object["location"] != nil {
            input.locationID = v.integer("location", required: false, range: 1...Int64.max)
            if let id = input.locationID, try lookups.locationMunicipality(id) == nil { v.fail("location", "no location with id \(id)") }
        }
        if let id = input.locationID, let owner = try lookups.locationMunicipality(id), !input.municipality.isEmpty, owner != input.municipality {
            v.fail("location", "location \(id) belongs to \(owner), not to \(input.municipality)")
        }
        if creating || object["date"] != nil {
            if let date = v.string("date", maxLength: 10) {
                if !CalendarDate.isValid(date) { v.fail("date", "must be a date YYYY-MM-DD") }
                else if date > lookups.today { v.fail("date", "must not be in the future (today is \(lookups.today) in the Netherlands)") }
                else if date < earliestDate { v.fail("date", "must be in \(earliestDate.prefix(4)) or later") }
                else { input.date = date }
            }
        }
        if object["sessions"] != nil, !v.isExplicitNull("sessions") {
            if let sessions = v.integer("sessions", range: sessionsRange) { input.sessions = sessions }
        } else if creating || object["activity"] != nil {
            // A new activity brings its own default, not the old activity's session count.
            input.sessions = sessionsPerUnit ?? 1
        }
        if creating || object["participants"] != nil {
            if let participants = v.integer("participants", range: participantsRange) { input.participants = participants }
        }
        if object["order_id"] != nil {
            input.orderID = v.integer("order_id", required: false, range: 1...Int64.max)
        }
        if let id = input.orderID {
            if let owner = try lookups.orderMunicipality(id) {
                if !input.municipality.isEmpty, owner != input.municipality { v.fail("order_id", "order \(id) is not an order of \(input.municipality)") }
            } else {
                v.fail("order_id", "no order with id \(id)")
            }
        }
        if let value = object["partners"] {
            if value.isNull { input.partners = [] }
            else if let items = value.arrayValue, items.count <= maxPartners,
                    items.allSatisfy({ item in
                        guard let name = item.stringValue else { return false }
                        return !name.isEmpty && FieldValidator.isWithin(name, maxLength: maxPartnerLength)
                            && !FieldValidator.hasControlCharacters(name, multiline: false)
                    }) {
                input.partners = items.compactMap(\.stringValue)
            } else {
                v.fail("partners", "must be an array of at most \(maxPartners) organisation names, each one line of at most \(maxPartnerLength) characters")
            }
        }
        if object["notes"] != nil { input.notes = v.string("notes", required: false, maxLength: maxNotesLength, allowEmpty: true) }
        return (v.errors.isEmpty ? input : nil, v.errors)
    }

    /// One body: the input, or the 422 with every field error.
    static func decode(_ object: JSONObject, base: RegistrationInput? = nil, lookups: RegistrationLookups) throws -> RegistrationInput {
        let (input, errors) = try decode(object, base: base, lookups: lookups)
        guard let input else { throw AppError.validation(errors) }
        return input
    }
}
