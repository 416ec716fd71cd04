import Hummingbird

/// An activity as the catalogus API writes it; snake_case through `CodingKeys`.
struct Activity: ResponseCodable {
    var id: Int64
    var code: String
    var name: String
    var summary: String
    var description: String
    var programme: String
    var audiences: [String]
    var format: String
    var unit: String
    var sessionsPerUnit: Int64?
    var maxParticipants: Int64?
    var active: Bool
    var version: Int64
    var createdAt: String
    var updatedAt: String

    enum CodingKeys: String, CodingKey {
        case id, code, name, summary, description, programme, audiences, format, unit
        case sessionsPerUnit = "sessions_per_unit"
        case maxParticipants = "max_participants"
        case active, version
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    /// The same columns catalogus selects (Activity.columns there), in the same order.
    static let columns = """
        a.id, a.code, a.name, a.summary, a.description, a.programme,
        (SELECT group_concat(audience, ',') FROM (SELECT audience FROM activity_audience WHERE activity_id = a.id ORDER BY position)),
        a.format, a.unit, a.sessions_per_unit, a.max_participants, a.active, a.version, a.created_at, a.updated_at
        """

    init(row: SQLiteConnection.Row) {
        id = row.int(0)
        code = row.string(1)
        name = row.string(2)
        summary = row.string(3)
        description = row.string(4)
        programme = row.string(5)
        audiences = row.optionalString(6)?.split(separator: ",").map(String.init) ?? []
        format = row.string(7)
        unit = row.string(8)
        sessionsPerUnit = row.optionalInt(9)
        maxParticipants = row.optionalInt(10)
        active = row.int(11) != 0
        version = row.int(12)
        createdAt = row.string(13)
        updatedAt = row.string(14)
    }

    // Written out only so that absent values appear as `null`, as catalogus writes them
    // (the synthesized encoder would leave the keys out).
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(code, forKey: .code)
        try c.encode(name, forKey: .name)
        try c.encode(summary, forKey: .summary)
        try c.encode(description, forKey: .description)
        try c.encode(programme, forKey: .programme)
        try c.encode(audiences, forKey: .audiences)
        try c.encode(format, forKey: .format)
        try c.encode(unit, forKey: .unit)
        try c.encode(sessionsPerUnit, forKey: .sessionsPerUnit)
        try c.encode(maxParticipants, forKey: .maxParticipants)
        try c.encode(active, forKey: .active)
        try c.encode(version, forKey: .version)
        try c.encode(createdAt, forKey: .createdAt)
        try c.encode(updatedAt, forKey: .updatedAt)
    }
}

/// One page of the list: `{"items": [...], "next_cursor": ...}`.
struct ActivityPage: ResponseCodable {
    var items: [Activity]
    var nextCursor: String?

    enum CodingKeys: String, CodingKey {
        case items
        case nextCursor = "next_cursor"
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(items, forKey: .items)
        try c.encode(nextCursor, forKey: .nextCursor)
    }
}
