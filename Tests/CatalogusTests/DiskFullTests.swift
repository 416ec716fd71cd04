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

/// A database whose disk is full (simulated with `PRAGMA max_page_count`, which fails a
/// write with SQLITE_FULL as a full file system does): writes answer 507 saying nothing
/// was saved, `/readyz` reports it, and everything resumes by itself once there is room.
@Suite struct DiskFullTests {
    private func fill(_ app: RunningApp) throws {
        try app.writer.withConnection { db in
            let pages = try db.scalar("PRAGMA page_count", as: Int64.self) ?? 0
            _ = try db.scalar("PRAGMA max_page_count = \(pages)", as: Int64.self)
        }
    }

    private func makeRoom(_ app: RunningApp) throws {
        try app.writer.withConnection { db in _ = try db.scalar("PRAGMA max_page_count = 1073741823", as: Int64.self) }
    }

    /// 300 registrations in one bulk body: far more than the free pages of the file.
    private func bulkBody() -> JSONValue {
        .array((0..<300).map { index in
            registrationTestBody(["notes": .string(String(repeating: "Verslag \(index). ", count: 100))])
        })
    }

    @Test func writesAnswer507AndResumeOnceThereIsRoom() throws {
        try withDemoApp(configure: { $0.rateLimitPerSecond = 0 }) { app in
            let staff = try registrationTestToken(app, .staff)
            let before = try registrationTestCount(app, "SELECT count(*) FROM registration")
            #expect(try app.client().get("/readyz", headers: ["Connection: close"]).status == 200)
            try fill(app)

            let refused = try app.client().request("POST", "/api/v1/registrations/bulk", token: staff, json: bulkBody(),
                                                   headers: ["Connection: close"])
            catalogueExpectProblem(refused, 507)
            #expect(try refused.json()["code"]?.stringValue == "server.disk_full", "\(refused)")
            #expect(refused.header("Retry-After") != nil)
            #expect(try registrationTestCount(app, "SELECT count(*) FROM registration") == before, "nothing half-saved")
            let notReady = try app.client().get("/readyz", headers: ["Connection: close"])
            #expect(notReady.status == 503, "\(notReady)")
            #expect(try notReady.json()["code"]?.stringValue == "server.not_ready_disk_full", "\(notReady)")
            // Reads go on.
            #expect(try app.client().get("/api/v1/activities?limit=5", headers: ["Connection: close"]).status == 200)

            try makeRoom(app)
            // Ready again without any client write: /readyz tries one itself.
            #expect(try app.client().get("/readyz", headers: ["Connection: close"]).status == 200)
            let saved = try app.client().request("POST", "/api/v1/registrations/bulk", token: staff, json: bulkBody(),
                                                 headers: ["Connection: close"])
            #expect(saved.status == 201, "\(saved)")
            #expect(try registrationTestCount(app, "SELECT count(*) FROM registration") == before + 300)
            let check = try app.writer.withConnection { db in try db.scalar("PRAGMA integrity_check", as: String.self) }
            #expect(check == "ok")
        }
    }

    @Test func aWriteThatSucceedsClearsTheState() throws {
        try withDemoApp(configure: { $0.rateLimitPerSecond = 0 }) { app in
            let staff = try registrationTestToken(app, .staff)
            try fill(app)
            #expect(try app.client().request("POST", "/api/v1/registrations/bulk", token: staff, json: bulkBody(),
                                             headers: ["Connection: close"]).status == 507)
            #expect(app.writer.isStorageExhausted())
            try makeRoom(app)
            let one = try app.client().request("POST", "/api/v1/registrations", token: staff, json: registrationTestBody(),
                                               headers: ["Connection: close"])
            #expect(one.status == 201, "\(one)")
            #expect(!app.writer.isStorageExhausted())
        }
    }

    @Test func storageErrorsAreRecognised() {
        #expect(SQLiteError(code: 13, message: "database or disk is full").isStorageExhausted)  // SQLITE_FULL
        #expect(SQLiteError(code: 778, message: "disk I/O error").isStorageExhausted)           // SQLITE_IOERR_WRITE
        #expect(!SQLiteError(code: 5, message: "database is locked").isStorageExhausted)        // SQLITE_BUSY
        #expect(!SQLiteError(code: 2067, message: "UNIQUE constraint failed").isStorageExhausted)
    }
}
