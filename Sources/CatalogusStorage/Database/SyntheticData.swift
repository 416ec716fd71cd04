import CatalogusDomain
import Foundation
import SQLite

/// Synthetic registrations for load tests and benchmarks (`catalogus seed --synthetic N`):
/// N rows spread over every municipality, the catalogue's activities, each municipality's
/// locations (or none) and the ten years 2015–2024. Deterministic for a given seed.
///
/// Fast by construction: one write transaction, one cached INSERT statement, plain loops,
/// rows in date order (so the date-keyed indexes are appended to). The triggers that keep
/// the aggregates (`registration_month`, `registration_year`, `registration_place_year`) are
/// set aside for the load and the aggregates of the new rows added in one GROUP BY each: a row-level trigger makes every INSERT a multi-write statement that
/// SQLite backs with a statement journal, some twenty page copies (and, past 64 KiB, file
/// writes) per row — three times the cost of the insert itself. Triggers are dropped and
/// re-created from their own stored SQL inside the same transaction, so a failure leaves
/// the schema and the data as they were.
public enum SyntheticData {
    public static let firstYear = 2015
    public static let lastYear = 2024

    public enum SetupError: Error, CustomStringConvertible {
        case nothingToSpreadOver(String)

        public var description: String {
            switch self {
            case .nothingToSpreadOver(let what): "the database holds no \(what); load the catalogue first (seed --demo)"
            }
        }
    }

    public struct Result: Sendable {
        public let created: Int
        public let firstID: Int64?
        public let lastID: Int64?
    }

    private struct ActivityShape {
        let id: Int64
        let sessions: Int64
        let maxParticipants: Int64
    }

    /// Adds `count` registrations in one transaction; nothing is added if anything fails.
    public static func addRegistrations(_ count: Int, into writer: DatabaseWriter, seed: UInt64 = 2024) throws -> Result {
        precondition(count >= 0, "count must not be negative")
        guard count > 0 else { return Result(created: 0, firstID: nil, lastID: nil) }
        let days = calendarDays()
        return try writer.write { db in
            let municipalities = try db.query("SELECT slug FROM municipality ORDER BY slug").map { try $0.column(0, as: String.self) }
            guard !municipalities.isEmpty else { throw SetupError.nothingToSpreadOver("municipalities") }
            let activities = try db.query("SELECT id, sessions_per_unit, max_participants FROM activity ORDER BY id").map {
                ActivityShape(id: try $0.column(0), sessions: try $0.column(1, as: Int64?.self) ?? 1,
                              maxParticipants: max(1, try $0.column(2, as: Int64?.self) ?? 40))
            }
            guard !activities.isEmpty else { throw SetupError.nothingToSpreadOver("activities") }
            var locations: [[Int64]] = Array(repeating: [], count: municipalities.count)
            let index = Dictionary(uniqueKeysWithValues: municipalities.enumerated().map { ($1, $0) })
            try db.forEachRow("SELECT municipality, id FROM location ORDER BY id", arguments: []) { row in
                if let i = index[try row.column(0, as: String.self)] { locations[i].append(try row.column(1)) }
            }

            let triggers = try db.query("""
                SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'registration' ORDER BY name
                """).map { (name: try $0.column(0, as: String.self), sql: try $0.column(1, as: String.self)) }
            for trigger in triggers { try db.execute("DROP TRIGGER \"\(trigger.name)\"") }

            let insert = try db.cachedStatement("""
                INSERT INTO registration (activity_id, municipality, location_id, date, sessions, participants, order_id,
                                          partners, notes, version, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, NULL, '[]', NULL, 1, ?, ?)
                """)
            defer { insert.reset() }
            let now = Timestamp.now()
            var random = SplitMix64(seed: seed)
            var firstID: Int64?
            for n in 0..<count {
                // Evenly over the days, in order; everything else at random.
                let day = days[n * days.count / count]
                let m = Int(random.next() % UInt64(municipalities.count))
                let activity = activities[Int(random.next() % UInt64(activities.count))]
                let places = locations[m]
                let pick = Int(random.next() % UInt64(places.count + 1))
                let location: Int64? = pick < places.count ? places[pick] : nil
                let participants = Int64(random.next() % UInt64(activity.maxParticipants + 1))
                try insert.bind([activity.id, municipalities[m], location, day, activity.sessions, participants, now, now])
                while try insert.step() {}
                if firstID == nil { firstID = db.lastInsertRowID }
            }
            let lastID = db.lastInsertRowID
            insert.reset()

            // What the insert triggers would have added, for the new rows only.
            try RegistrationImportRepository(db: db).addSums(first: firstID ?? 0, last: lastID, importID: nil)
            for trigger in triggers { try db.execute(trigger.sql) }
            return Result(created: count, firstID: firstID, lastID: lastID)
        }
    }

    /// Every date from 1 January of the first year to 31 December of the last, `YYYY-MM-DD`.
    package static func calendarDays() -> [String] {
        var days: [String] = []
        days.reserveCapacity((lastYear - firstYear + 1) * 366)
        for year in firstYear...lastYear {
            for month in 1...12 {
                for day in 1...CalendarDate.daysIn(year: year, month: month) {
                    days.append("\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)")
                }
            }
        }
        return days
    }
}

/// SplitMix64 (Steele, Lea and Flood, 2014): a tiny deterministic generator, plenty to
/// spread synthetic rows; not for anything secret.
package struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    package init(seed: UInt64) { state = seed }

    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
