import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import JSON
import SQLite
import Testing

/// Helpers shared by the registration, figure and statistics tests. Every name starts
/// with `registrationTest` so that it cannot clash with other suites' helpers.

/// A token of the role, for the demo municipality unless another is named.
func registrationTestToken(_ app: RunningApp, _ role: Role, municipality: String? = nil) throws -> String {
    let slug = role == .municipality ? (municipality ?? "midden-drenthe") : nil
    return try app.createToken(role: role, municipality: slug, name: "\(role.rawValue)-\(slug ?? "any")-\(UUID().uuidString.prefix(6))").token
}

/// A registration body that the API accepts with the demo data, with fields replaced or
/// removed (`.null` in `removing` is not the same as removing: use `removing`).
func registrationTestBody(_ changes: [String: JSONValue] = [:], removing: [String] = []) -> JSONValue {
    var members: [(key: String, value: JSONValue)] = [
        ("activity", "breicafe"), ("municipality", "midden-drenthe"), ("location", 1),
        ("date", "2024-05-14"), ("participants", 11),
    ]
    members.removeAll { removing.contains($0.key) }
    for (key, value) in changes.sorted(by: { $0.key < $1.key }) {
        if let index = members.firstIndex(where: { $0.key == key }) { members[index].value = value } else { members.append((key, value)) }
    }
    return .object(JSONObject(members))
}

/// A calendar date in the Netherlands, `days` after today there.
func registrationTestAmsterdamDate(daysFromToday days: Int) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "Europe/Amsterdam")!
    let day = calendar.date(byAdding: .day, value: days, to: Date())!
    let parts = calendar.dateComponents([.year, .month, .day], from: day)
    return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
}

/// The `errors` of a problem document as (field, code) pairs.
func registrationTestFieldErrors(_ response: TestResponse) throws -> [(field: String, code: String)] {
    let items = try response.json()["errors"]?.arrayValue ?? []
    return items.map { ($0["field"]?.stringValue ?? "", $0["code"]?.stringValue ?? "") }
}

/// Runs `sql` on the writer connection and returns the first column of each row as text.
func registrationTestColumn(_ app: RunningApp, _ sql: String, _ arguments: [any SQLiteBindable] = []) throws -> [String] {
    try app.writer.withConnection { db in
        try db.query(sql, arguments: arguments).map { row in
            switch row[0] {
            case .integer(let n): String(n)
            case .text(let t): t
            case .null: ""
            case .real(let r): String(r)
            case .blob(let b): String(decoding: b, as: UTF8.self)
            }
        }
    }
}

func registrationTestCount(_ app: RunningApp, _ sql: String, _ arguments: [any SQLiteBindable] = []) throws -> Int64 {
    try app.writer.withConnection { db in try db.scalar(sql, arguments: arguments, as: Int64.self) ?? 0 }
}

/// Rows where a trigger-maintained aggregate (`registration_month`, `registration_year`,
/// `registration_place_year`) differs from a fresh GROUP BY over `registration`'s
/// published rows (not those of an unfinished import, migration 0019), either side
/// missing counting as a difference. Empty = consistent.
func registrationTestAggregateMismatches(_ app: RunningApp) throws -> [String] {
    try app.writer.withConnection { try registrationTestAggregateMismatches(in: $0) }
}

func registrationTestAggregateMismatches(in db: Connection) throws -> [String] {
    func column(_ sql: String) throws -> [String] { try db.query(sql).map { try $0.column(0, as: String.self) } }
    return try column("""
        WITH fresh AS (
            SELECT municipality, activity_id, substr(date, 1, 7) AS month, count(*) AS registrations,
                   sum(participants) AS participants, sum(sessions) AS sessions
            FROM registration WHERE (import_id IS NULL OR import_id NOT IN (SELECT id FROM registration_import)) GROUP BY 1, 2, 3
        )
        SELECT 'fresh ' || f.municipality || ' ' || f.activity_id || ' ' || f.month || ' ' || f.registrations || '/' ||
               f.participants || '/' || f.sessions || ' cached ' || coalesce(m.registrations, '-') || '/' ||
               coalesce(m.participants, '-') || '/' || coalesce(m.sessions, '-')
        FROM fresh f LEFT JOIN registration_month m
          ON m.municipality = f.municipality AND m.activity_id = f.activity_id AND m.month = f.month
        WHERE m.registrations IS NOT f.registrations OR m.participants IS NOT f.participants OR m.sessions IS NOT f.sessions
        UNION ALL
        SELECT 'stale cached ' || m.municipality || ' ' || m.activity_id || ' ' || m.month
        FROM registration_month m
        WHERE NOT EXISTS (SELECT 1 FROM fresh f WHERE f.municipality = m.municipality
                            AND f.activity_id = m.activity_id AND f.month = m.month)
        """) + column("""
        WITH fresh AS (
            SELECT CAST(substr(date, 1, 4) AS INTEGER) AS year, municipality, activity_id, count(*) AS registrations,
                   sum(participants) AS participants, sum(sessions) AS sessions
            FROM registration WHERE (import_id IS NULL OR import_id NOT IN (SELECT id FROM registration_import)) GROUP BY 1, 2, 3
        )
        SELECT 'fresh year ' || f.year || ' ' || f.municipality || ' ' || f.activity_id || ' ' || f.registrations || '/' ||
               f.participants || '/' || f.sessions || ' cached ' || coalesce(y.registrations, '-') || '/' ||
               coalesce(y.participants, '-') || '/' || coalesce(y.sessions, '-')
        FROM fresh f LEFT JOIN registration_year y
          ON y.year = f.year AND y.municipality = f.municipality AND y.activity_id = f.activity_id
        WHERE y.registrations IS NOT f.registrations OR y.participants IS NOT f.participants OR y.sessions IS NOT f.sessions
        UNION ALL
        SELECT 'stale cached year ' || y.year || ' ' || y.municipality || ' ' || y.activity_id
        FROM registration_year y
        WHERE NOT EXISTS (SELECT 1 FROM fresh f WHERE f.year = y.year AND f.municipality = y.municipality
                            AND f.activity_id = y.activity_id)
        """) + column("""
        WITH fresh AS (
            SELECT CAST(substr(date, 1, 4) AS INTEGER) AS year, municipality, activity_id, location_id, count(*) AS registrations
            FROM registration WHERE location_id IS NOT NULL AND (import_id IS NULL OR import_id NOT IN (SELECT id FROM registration_import)) GROUP BY 1, 2, 3, 4
        )
        SELECT 'fresh place ' || f.year || ' ' || f.municipality || ' ' || f.activity_id || ' ' || f.location_id || ' ' ||
               f.registrations || ' cached ' || coalesce(p.registrations, '-')
        FROM fresh f LEFT JOIN registration_place_year p
          ON p.year = f.year AND p.municipality = f.municipality AND p.activity_id = f.activity_id AND p.location_id = f.location_id
        WHERE p.registrations IS NOT f.registrations
        UNION ALL
        SELECT 'stale cached place ' || p.year || ' ' || p.municipality || ' ' || p.activity_id || ' ' || p.location_id
        FROM registration_place_year p
        WHERE NOT EXISTS (SELECT 1 FROM fresh f WHERE f.year = p.year AND f.municipality = p.municipality
                            AND f.activity_id = p.activity_id AND f.location_id = p.location_id)
        """)
}

/// Every item of a list endpoint, following `next_cursor` (the path must not carry `cursor`).
func registrationTestAllItems(_ client: HTTPTestClient, _ path: String, token: String,
                              sourceLocation: SourceLocation = #_sourceLocation) throws -> [JSONValue] {
    try listAllItems(path, sourceLocation: sourceLocation) { try client.request("GET", $0, token: token) }
}

/// A number's exact text as the server wrote it ("20.5", "6984"), or nil for null/absent.
func registrationTestNumberText(_ value: JSONValue?) -> String? {
    if case .number(let number)? = value { return number.text }
    return nil
}

/// `numerator / denominator` rounded half away from zero, for expectations computed in the test.
func registrationTestRoundedDivision(_ numerator: Int64, _ denominator: Int64) -> Int64 {
    let quotient = numerator / denominator
    let remainder = numerator % denominator
    if remainder.magnitude * 2 >= denominator.magnitude {
        return quotient + ((numerator < 0) != (denominator < 0) ? -1 : 1)
    }
    return quotient
}

/// A value in tenths written with one decimal, as the API writes ratios ("20.5", "0.0", "-1.4").
func registrationTestTenthsText(_ tenths: Int64) -> String {
    "\(tenths < 0 ? "-" : "")\(tenths.magnitude / 10).\(tenths.magnitude % 10)"
}
