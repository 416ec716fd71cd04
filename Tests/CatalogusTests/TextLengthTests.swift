@testable import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import JSON
import SQLite
import Testing

/// Length limits count Unicode scalars, not grapheme clusters: one letter followed by
/// 400,000 combining accents is one "character" to Swift's `count` (issue 10). And the
/// database itself bounds every text column.
@Suite struct TextLengthTests {
    static let oneLetterManyAccents = "a" + String(repeating: "\u{301}", count: 400_000)

    @Test func validatorCountsScalars() {
        #expect(Self.oneLetterManyAccents.count == 1, "the attack: one grapheme")
        var v = FieldValidator(JSONObject([(key: "reason", value: .string(Self.oneLetterManyAccents))]))
        #expect(v.string("reason", maxLength: 1000) == nil)
        #expect(v.errors.map(\.field) == ["reason"])
        var fits = FieldValidator(JSONObject([(key: "name", value: .string("e\u{301}" + String(repeating: "x", count: 198)))]))
        #expect(fits.string("name", maxLength: 200) != nil, "200 scalars fit 200")
    }

    @Test func aCancelReasonOfCombiningMarksIsRefused() throws {
        try withOrderTestApp { app in
            let actors = try OrderTestActors(app)
            let client = try app.client()
            let order = try client.orderTestCreated(token: actors.municipality)
            let id = try #require(order["id"]?.int64Value)
            let response = try client.orderTestAct("cancel", id, token: actors.municipality, version: 1,
                                                   body: ["reason": .string(Self.oneLetterManyAccents)])
            catalogueExpectProblem(response, 422, fields: ["reason"])
            #expect(try client.orderTestRead(id, token: actors.admin)["status"]?.stringValue == "draft")
        }
    }

    @Test func registrationPartnersCountScalarsAndRefuseControls() throws {
        try withDemoApp(configure: { $0.rateLimitPerSecond = 0 }) { app in
            let staff = try registrationTestToken(app, .staff)
            for partner in ["b" + String(repeating: "\u{308}", count: 300), "Bibliotheek\nAssen"] {
                let response = try app.client().request("POST", "/api/v1/registrations", token: staff,
                                                        json: registrationTestBody(["partners": [.string(partner)]]),
                                                        headers: ["Connection: close"])
                catalogueExpectProblem(response, 422, fields: ["partners"])
            }
        }
    }

    /// Every TEXT column is bounded in the schema: by a CHECK of its table (a length, a
    /// closed set, a pattern, a date), a foreign key, or migration 0009's triggers.
    @Test func everyTextColumnIsBoundedInTheDatabase() throws {
        try withDemoApp { app in
            let unbounded = try app.writer.withConnection { db -> [String] in
                var found: [String] = []
                let tables = try db.query("""
                    SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
                    AND name NOT LIKE 'activity_search%' AND name != 'schema_migrations'
                    """).map { (try $0.column(0, as: String.self), try $0.column(1, as: String.self).lowercased()) }
                for (table, sql) in tables {
                    let triggers = try db.query("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = ?", arguments: [table])
                        .map { try $0.column(0, as: String.self).lowercased() }.joined(separator: "\n")
                    let foreignKeys = Set(try db.query("SELECT \"from\" FROM pragma_foreign_key_list(?)", arguments: [table])
                        .map { try $0.column(0, as: String.self) })
                    let columns = try db.query("SELECT name, type FROM pragma_table_info(?)", arguments: [table])
                        .filter { try $0.column(1, as: String.self) == "TEXT" }.map { try $0.column(0, as: String.self) }
                    for column in columns {
                        let bounded = foreignKeys.contains(column)
                            || ["length(\(column))", "\(column) in (", "\(column) glob", "date(\(column))"].contains { sql.contains($0) }
                            || triggers.contains("length(new.\(column))")
                        if !bounded { found.append("\(table).\(column)") }
                    }
                }
                return found
            }
            #expect(unbounded.isEmpty, "columns without a length bound: \(unbounded)")
        }
    }

    /// The triggers refuse like a CHECK, so that the API answers 422 rather than 500.
    @Test func anOverlongValueWrittenPastTheAPIFailsLikeACheck() throws {
        try withDemoApp { app in
            try app.writer.withConnection { db in
                for (sql, value) in [("UPDATE activity SET summary = ? WHERE id = 1", String(repeating: "x", count: 501)),
                                     ("UPDATE registration SET partners = ? WHERE id = (SELECT min(id) FROM registration)",
                                      "[\"" + String(repeating: "x", count: 10_000) + "\"]")] {
                    do {
                        try db.run(sql, value)
                        Issue.record("stored: \(sql)")
                    } catch let error as SQLiteError {
                        #expect(error.isCheckViolation, "\(error)")
                    }
                }
            }
        }
    }
}
