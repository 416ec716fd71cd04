import Foundation
import JSON
import SQLite

/// Validates and applies creations and changes of activities (admin only).
enum ActivityEditor {
    static let writableFields: Set<String> = ["code", "name", "summary", "description", "programme", "audiences", "format",
                                              "unit", "sessions_per_unit", "max_participants", "active"]
    static let readOnlyFields: Set<String> = ["id", "version", "created_at", "updated_at", "price"]

    /// Reads the fields present in `body` onto `activity`; `creating` makes the required ones required.
    static func apply(_ body: JSONObject, to activity: inout Activity, creating: Bool, in db: Connection) throws {
        var v = FieldValidator(body)
        for key in body.keys where readOnlyFields.contains(key) { v.fail(key, "is read-only") }
        v.rejectUnknown(allowed: writableFields.union(readOnlyFields))

        if creating || v.has("code") {
            if let code = v.string("code", maxLength: 64) {
                if code.range(of: "^[a-z][a-z0-9-]*$", options: .regularExpression) == nil {
                    v.fail("code", "must be lowercase letters, digits and hyphens, starting with a letter")
                } else if try db.scalar("SELECT count(*) FROM activity WHERE code = ? AND id != ?", code, activity.id, as: Int64.self) ?? 0 > 0 {
                    v.fail("code", "is taken by another activity")
                } else {
                    activity.code = code
                }
            }
        }
        if creating || v.has("name") { if let name = v.string("name", maxLength: 200) { activity.name = name } }
        if v.has("summary") || v.isExplicitNull("summary") {
            activity.summary = v.string("summary", required: false, maxLength: 500, allowEmpty: true) ?? ""
        }
        if v.has("description") || v.isExplicitNull("description") {
            activity.description = v.string("description", required: false, maxLength: 5000, allowEmpty: true) ?? ""
        }
        if creating || v.has("programme") {
            if let programme = v.string("programme", maxLength: 64) {
                if try db.scalar("SELECT count(*) FROM programme WHERE code = ?", programme, as: Int64.self) == 1 {
                    activity.programme = programme
                } else {
                    v.fail("programme", "is not a programme code (see GET /api/v1/programmes)")
                }
            }
        }
        if let value = body["audiences"] {
            if let list = value.arrayValue {
                var audiences: [String] = []
                for (index, item) in list.enumerated() {
                    if let text = item.stringValue, Vocabulary.audiences.contains(text) {
                        if audiences.contains(text) { v.fail("audiences[\(index)]", "is listed twice") } else { audiences.append(text) }
                    } else {
                        v.fail("audiences[\(index)]", "must be one of \(Vocabulary.audiences.joined(separator: ", "))")
                    }
                }
                activity.audiences = audiences
            } else if !value.isNull {
                v.fail("audiences", "must be an array of audience codes")
            } else {
                activity.audiences = []
            }
        }
        if creating || v.has("format") { if let format = v.oneOf("format", Vocabulary.formats) { activity.format = format } }
        if creating || v.has("unit") {
            if let unit = v.oneOf("unit", Vocabulary.units), unit != activity.unit {
                if !creating, try db.scalar("""
                    SELECT count(*) FROM activity_price p JOIN price_year y ON y.year = p.year
                    WHERE p.activity_id = ? AND y.published_at IS NOT NULL
                    """, activity.id, as: Int64.self) ?? 0 > 0 {
                    throw AppError.conflict("The unit of '\(activity.code)' cannot change: published price lists price it per \(activity.unit). Create a new activity instead.")
                }
                activity.unit = unit
            }
        }
        if v.has("sessions_per_unit") || v.isExplicitNull("sessions_per_unit") {
            activity.sessionsPerUnit = v.integer("sessions_per_unit", required: false, range: 1...1000)
        }
        if v.has("max_participants") || v.isExplicitNull("max_participants") {
            activity.maxParticipants = v.integer("max_participants", required: false, range: 1...100_000)
        }
        if v.has("active") { if let active = v.boolean("active") { activity.active = active } }
        try v.finish()
    }

    static func insert(_ activity: Activity, in db: Connection) throws -> Int64 {
        try db.run("""
            INSERT INTO activity (code, name, summary, description, programme, format, unit, sessions_per_unit,
                                  max_participants, active, version, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)
            """, activity.code, activity.name, activity.summary, activity.description, activity.programme, activity.format,
            activity.unit, activity.sessionsPerUnit, activity.maxParticipants, activity.active, activity.createdAt, activity.updatedAt)
        let id = db.lastInsertRowID
        try writeAudiences(activity.audiences, for: id, in: db)
        return id
    }

    /// Writes the changed activity if its version is still `expectedVersion` (the
    /// If-Match the handler checked), bumping the version.
    static func update(_ activity: Activity, expectedVersion: Int64, in db: Connection) throws {
        try db.run("""
            UPDATE activity SET code = ?, name = ?, summary = ?, description = ?, programme = ?, format = ?, unit = ?,
                   sessions_per_unit = ?, max_participants = ?, active = ?, version = version + 1, updated_at = ?
            WHERE id = ? AND version = ?
            """, activity.code, activity.name, activity.summary, activity.description, activity.programme, activity.format,
            activity.unit, activity.sessionsPerUnit, activity.maxParticipants, activity.active, activity.updatedAt,
            activity.id, expectedVersion)
        guard db.changes == 1 else {
            throw AppError.preconditionFailed("The activity changed while this request ran; read it again and retry.")
        }
        try db.run("DELETE FROM activity_audience WHERE activity_id = ?", activity.id)
        try writeAudiences(activity.audiences, for: activity.id, in: db)
    }

    private static func writeAudiences(_ audiences: [String], for id: Int64, in db: Connection) throws {
        for (position, audience) in audiences.enumerated() {
            try db.run("INSERT INTO activity_audience (activity_id, audience, position) VALUES (?, ?, ?)", id, audience, position)
        }
    }
}

extension Activity {
    static func placeholder(now: String) -> Activity {
        Activity(id: 0, code: "", name: "", summary: "", description: "", programme: "", audiences: [], format: "",
                 unit: "", sessionsPerUnit: nil, maxParticipants: nil, active: true, version: 1, createdAt: now, updatedAt: now)
    }

    init(id: Int64, code: String, name: String, summary: String, description: String, programme: String, audiences: [String],
         format: String, unit: String, sessionsPerUnit: Int64?, maxParticipants: Int64?, active: Bool, version: Int64,
         createdAt: String, updatedAt: String) {
        self.id = id
        self.code = code
        self.name = name
        self.summary = summary
        self.description = description
        self.programme = programme
        self.audiences = audiences
        self.format = format
        self.unit = unit
        self.sessionsPerUnit = sessionsPerUnit
        self.maxParticipants = maxParticipants
        self.active = active
        self.version = version
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}
