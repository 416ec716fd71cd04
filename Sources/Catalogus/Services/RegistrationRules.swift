import HTTPServer
import JSON
import SQLite

/// Validates registrations. Lookups (activities, municipalities, locations, orders) are
/// loaded once, so that a bulk import of 10,000 rows does not query per row.
final class RegistrationRules {
    struct Input: Equatable {
        var activityID: Int64
        var municipality: String
        var locationID: Int64?
        var date: String
        var sessions: Int64
        var participants: Int64
        var orderID: Int64?
        var partners: [String]
        var notes: String?
    }

    static let fields: Set<String> = ["activity", "municipality", "location", "date", "sessions", "participants", "order_id", "partners", "notes"]

    private let db: Connection
    let today: String
    private var activityByReference: [String: (id: Int64, sessionsPerUnit: Int64?)] = [:]
    private var municipalities: Set<String> = []
    private var locationMunicipality: [Int64: String] = [:]
    private var orderMunicipality: [Int64: String?] = [:]

    init(db: Connection, today: String = CalendarDate.todayInAmsterdam()) throws {
        self.db = db
        self.today = today
        try db.forEachRow("SELECT id, code, sessions_per_unit FROM activity", arguments: []) { s in
            let entry = (id: try s.column(0, as: Int64.self), sessionsPerUnit: try s.column(2, as: Int64?.self))
            activityByReference[String(entry.id)] = entry
            activityByReference[try s.column(1, as: String.self)] = entry
        }
        try db.forEachRow("SELECT slug FROM municipality", arguments: []) { municipalities.insert(try $0.column(0)) }
        try db.forEachRow("SELECT id, municipality FROM location", arguments: []) {
            locationMunicipality[try $0.column(0)] = try $0.column(1)
        }
    }

    private func orderOwner(_ id: Int64) throws -> String? {
        if let cached = orderMunicipality[id] { return cached }
        let owner: String? = try db.scalar("SELECT municipality FROM purchase_order WHERE id = ?", id)
        orderMunicipality[id] = owner
        return owner
    }

    /// Checks a whole registration (`partial` nil) or applies a correction's fields onto `base`.
    func validate(_ object: JSONObject, base: Input? = nil, prefix: String = "") throws -> (Input?, [Problem.FieldError]) {
        var v = FieldValidator(object, prefix: prefix)
        v.rejectUnknown(allowed: Self.fields)
        let creating = base == nil
        var input = base ?? Input(activityID: 0, municipality: "", locationID: nil, date: "", sessions: 1, participants: 0,
                                  orderID: nil, partners: [], notes: nil)
        var sessionsPerUnit: Int64?
        if creating || object["activity"] != nil {
            switch object["activity"] {
            case .some(.string(let code)) where activityByReference[code] != nil:
                input.activityID = activityByReference[code]!.id; sessionsPerUnit = activityByReference[code]!.sessionsPerUnit
            case .some(.number(let number)) where number.int64.flatMap({ activityByReference[String($0)] }) != nil:
                let entry = activityByReference[String(number.int64!)]!
                input.activityID = entry.id; sessionsPerUnit = entry.sessionsPerUnit
            case nil, .some(.null): v.fail("activity", "is required")
            case .some(.string(let code)): v.fail("activity", "no activity with code '\(code)'")
            case .some(.number(let number)): v.fail("activity", "no activity with id \(number.text)")
            default: v.fail("activity", "must be an activity id (integer) or code (string)")
            }
        }
        if creating || object["municipality"] != nil {
            if let slug = v.string("municipality", maxLength: 64) {
                if municipalities.contains(slug) { input.municipality = slug } else { v.fail("municipality", "no municipality with slug '\(slug)'") }
            }
        }
        if object["location"] != nil {
            input.locationID = v.integer("location", required: false, range: 1...Int64.max)
            if let id = input.locationID, locationMunicipality[id] == nil { v.fail("location", "no location with id \(id)") }
        }
        if let id = input.locationID, let owner = locationMunicipality[id], !input.municipality.isEmpty, owner != input.municipality {
            v.fail("location", "location \(id) belongs to \(owner), not to \(input.municipality)")
        }
        if creating || object["date"] != nil {
            if let date = v.string("date", maxLength: 10) {
                if !CalendarDate.isValid(date) { v.fail("date", "must be a date YYYY-MM-DD") }
                else if date > today { v.fail("date", "must not be in the future (today is \(today) in the Netherlands)") }
                else if date < "2000-01-01" { v.fail("date", "must be in 2000 or later") }
                else { input.date = date }
            }
        }
        if object["sessions"] != nil, !v.isExplicitNull("sessions") {
            if let sessions = v.integer("sessions", range: 0...10_000) { input.sessions = sessions }
        } else if creating || object["activity"] != nil {
            // A new activity brings its own default, not the old activity's session count.
            input.sessions = sessionsPerUnit ?? 1
        }
        if creating || object["participants"] != nil {
            if let participants = v.integer("participants", range: 0...1_000_000) { input.participants = participants }
        }
        if object["order_id"] != nil {
            input.orderID = v.integer("order_id", required: false, range: 1...Int64.max)
        }
        if let id = input.orderID {
            let owner = try orderOwner(id)
            if owner == nil { v.fail("order_id", "no order with id \(id)") }
            else if !input.municipality.isEmpty, owner! != input.municipality { v.fail("order_id", "order \(id) is not an order of \(input.municipality)") }
        }
        if let value = object["partners"] {
            if value.isNull { input.partners = [] }
            else if let items = value.arrayValue, items.count <= 20,
                    items.allSatisfy({ item in
                        guard let name = item.stringValue else { return false }
                        return !name.isEmpty && FieldValidator.isWithin(name, maxLength: 200)
                            && !FieldValidator.hasControlCharacters(name, multiline: false)
                    }) {
                input.partners = items.compactMap(\.stringValue)
            } else {
                v.fail("partners", "must be an array of at most 20 organisation names, each one line of at most 200 characters")
            }
        }
        if object["notes"] != nil { input.notes = v.string("notes", required: false, maxLength: 2000, allowEmpty: true) }
        return (v.errors.isEmpty ? input : nil, v.errors)
    }

    /// Inserts a validated registration; the statement is cached, so bulk imports reuse it.
    func insert(_ input: Input, now: String) throws -> Int64 {
        try db.run("""
            INSERT INTO registration (activity_id, municipality, location_id, date, sessions, participants, order_id,
                                      partners, notes, version, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)
            """, input.activityID, input.municipality, input.locationID, input.date, input.sessions, input.participants,
            input.orderID, String(decoding: JSONValue.array(input.partners.map { .string($0) }).serialized, as: UTF8.self),
            input.notes, now, now)
        return db.lastInsertRowID
    }

    func update(_ id: Int64, _ input: Input, expectedVersion: Int64, now: String) throws {
        try db.run("""
            UPDATE registration SET activity_id = ?, municipality = ?, location_id = ?, date = ?, sessions = ?, participants = ?,
                   order_id = ?, partners = ?, notes = ?, version = version + 1, updated_at = ?
            WHERE id = ? AND version = ?
            """, input.activityID, input.municipality, input.locationID, input.date, input.sessions, input.participants,
            input.orderID, String(decoding: JSONValue.array(input.partners.map { .string($0) }).serialized, as: UTF8.self),
            input.notes, now, id, expectedVersion)
        guard db.changes == 1 else { throw AppError.preconditionFailed("The registration changed while this request ran; retry.") }
    }
}

extension RegistrationRules.Input {
    init(_ registration: Registration) {
        self.init(activityID: registration.activityID, municipality: registration.municipality, locationID: registration.locationID,
                  date: registration.date, sessions: registration.sessions, participants: registration.participants,
                  orderID: registration.orderID, partners: registration.partners, notes: registration.notes)
    }
}
