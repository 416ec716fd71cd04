import CatalogusDomain
import JSON
import SQLite

/// What a registration's body says, checked: a whole one for POST and bulk rows, or a
/// correction's fields applied onto the current values for PATCH.
package struct RegistrationInput: Equatable {
    package var activityID: Int64
    package var municipality: String
    package var locationID: Int64?
    package var date: String
    package var sessions: Int64
    package var participants: Int64
    package var orderID: Int64?
    package var partners: [String]
    package var notes: String?

    package init(activityID: Int64, municipality: String, locationID: Int64? = nil, date: String, sessions: Int64, participants: Int64, orderID: Int64? = nil, partners: [String], notes: String? = nil) {
        self.activityID = activityID
        self.municipality = municipality
        self.locationID = locationID
        self.date = date
        self.sessions = sessions
        self.participants = participants
        self.orderID = orderID
        self.partners = partners
        self.notes = notes
    }

    /// The fields of a registration's body (and of a bulk CSV's header), with the names
    /// the staff pages show them by (an error names the field).
    package static let fieldTerms: Terms = [
        "activity": "Activiteit", "municipality": "Gemeente", "location": "Locatie", "date": "Datum",
        "sessions": "Dagdelen", "participants": "Deelnemers", "order_id": "Bestelling", "partners": "Partners",
        "notes": "Notitie",
    ]
    package static let fields = Set(fieldTerms.codes)

    // Limits, shared with the schema (RegistrationSchemas.swift).
    package static let maxMunicipalityLength = 64
    package static let earliestDate = "2000-01-01"
    package static let sessionsRange: ClosedRange<Int64> = 0...10_000
    package static let participantsRange: ClosedRange<Int64> = 0...1_000_000
    package static let maxPartners = 20
    package static let maxPartnerLength = 200
    package static let maxNotesLength = 2000
}

extension RegistrationInput {
    package init(_ registration: Registration) {
        self.init(activityID: registration.activityID, municipality: registration.municipality, locationID: registration.locationID,
                  date: registration.date, sessions: registration.sessions, participants: registration.participants,
                  orderID: registration.orderID, partners: registration.partners, notes: registration.notes)
    }

    /// Decodes one body or row, collecting every field error; nil input when there is any.
    /// `base` is the current registration of a correction (PATCH), nil for a new one.
    package static func decode(_ object: JSONObject, base: RegistrationInput? = nil, prefix: String = "",
                       lookups: RegistrationLookups) throws -> (RegistrationInput?, [FieldError]) {
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
                case nil, .some(.null): v.fail("activity", .fieldRequired)
                case .some(.string(let code)): v.fail("activity", .activityUnknown, ["reference": .string(code)])
                case .some(.number(let number)): v.fail("activity", .activityUnknown, ["reference": .string(number.text)])
                default: v.fail("activity", .activityReferenceInvalid)
                }
            }
        }
        if creating || object["municipality"] != nil {
            if let slug = v.string("municipality", maxLength: maxMunicipalityLength) {
                if try lookups.municipalityExists(slug) { input.municipality = slug } else { v.fail("municipality", .municipalityUnknown, ["slug": .string(slug)]) }
            }
        }
        if object["location"] != nil {
            input.locationID = v.integer("location", required: false, range: 1...Int64.max)
            if let id = input.locationID, try lookups.locationMunicipality(id) == nil { v.fail("location", .locationUnknown, ["id": .integer(id)]) }
        }
        if let id = input.locationID, let owner = try lookups.locationMunicipality(id), !input.municipality.isEmpty, owner != input.municipality {
            v.fail("location", .locationOtherMunicipality, ["id": .integer(id), "owner": .string(owner), "municipality": .string(input.municipality)])
        }
        if creating || object["date"] != nil {
            if let date = v.string("date", maxLength: 10) {
                if !CalendarDate.isValid(date) { v.fail("date", .fieldNotDate) }
                else if date > lookups.today { v.fail("date", .registrationDateInFuture, ["today": .string(lookups.today)]) }
                else if date < earliestDate { v.fail("date", .registrationDateTooEarly, ["year": .string(String(earliestDate.prefix(4)))]) }
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
                if !input.municipality.isEmpty, owner != input.municipality { v.fail("order_id", .registrationOrderOtherMunicipality, ["id": .integer(id), "municipality": .string(input.municipality)]) }
            } else {
                v.fail("order_id", .orderUnknown, ["id": .integer(id)])
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
                v.fail("partners", .registrationPartnersInvalid, ["max": .integer(maxPartners), "max_length": .integer(maxPartnerLength)])
            }
        }
        if object["notes"] != nil { input.notes = v.string("notes", required: false, maxLength: maxNotesLength, allowEmpty: true) }
        return (v.errors.isEmpty ? input : nil, v.errors)
    }

    /// One body: the input, or the 422 with every field error.
    package static func decode(_ object: JSONObject, base: RegistrationInput? = nil, lookups: RegistrationLookups) throws -> RegistrationInput {
        let (input, errors) = try decode(object, base: base, lookups: lookups)
        guard let input else { throw AppError.validation(errors) }
        return input
    }
}
