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

/// A signed-in person as a browser holds it: the cookie and the CSRF token.
struct PersonSession {
    let userID: Int64
    let cookie: String
    let csrf: String
    /// `catalogus_device_<id>=…`, what the browser sends back to `/api/v1/session`.
    var device: String?

    /// The headers a page of ours sends with a change.
    var changeHeaders: [String] { ["Cookie: catalogus_session=\(cookie)", "X-CSRF-Token: \(csrf)", "Origin: http://127.0.0.1"] }
    var readHeaders: [String] { ["Cookie: catalogus_session=\(cookie)"] }
}

enum PeopleTest {
    static let password = "een lange zin om te testen"

    /// `catalogus_device_<id>=value` from the response's Set-Cookie headers (what the browser sends back), or nil.
    static func deviceCookie(_ response: TestResponse) -> String? {
        deviceCookieHeader(response).map { String($0.prefix { $0 != ";" }) }
    }

    /// The whole Set-Cookie header of the device cookie, or nil.
    static func deviceCookieHeader(_ response: TestResponse) -> String? {
        response.headers.first { $0.name.lowercased() == "set-cookie" && $0.value.hasPrefix("catalogus_device_") }?.value
    }

    /// The value of `catalogus_session` in a Set-Cookie header, or nil.
    static func cookieValue(_ response: TestResponse) -> String? {
        guard let header = response.header("Set-Cookie"), header.hasPrefix("catalogus_session=") else { return nil }
        return String(header.dropFirst("catalogus_session=".count).prefix { $0 != ";" })
    }
}

extension RunningApp {
    /// `catalogus user create`: the account's id and the code of its one-time link.
    func invite(email: String, name: String = "Test Persoon", role: String, municipality: String? = nil) throws -> (id: Int64, code: String) {
        let link = try CommandLineAccounts(writer: writer).create(email: email, name: name, role: role, municipality: municipality)
        let code = try #require(link.path.split(separator: "=", maxSplits: 1).last.map(String.init))
        #expect(link.path.hasPrefix("/welcome#code="))
        return (link.userID, code)
    }

    /// Invites a person, sets their password with the link (as /welcome does) and returns the session.
    func signedInPerson(email: String, name: String = "Test Persoon", role: String, municipality: String? = nil,
                        sourceLocation: SourceLocation = #_sourceLocation) throws -> PersonSession {
        let (id, code) = try invite(email: email, name: name, role: role, municipality: municipality)
        let response = try client().request("POST", "/api/v1/welcome", json: ["code": .string(code), "password": .string(PeopleTest.password)])
        try #require(response.status == 201, "\(response)", sourceLocation: sourceLocation)
        let cookie = try #require(PeopleTest.cookieValue(response), sourceLocation: sourceLocation)
        let csrf = try #require(try response.json()["csrf_token"]?.stringValue, sourceLocation: sourceLocation)
        return PersonSession(userID: id, cookie: cookie, csrf: csrf, device: PeopleTest.deviceCookie(response))
    }

    /// `POST /api/v1/session`.
    func signIn(_ email: String, _ password: String, headers: [String] = []) throws -> TestResponse {
        try client().request("POST", "/api/v1/session", json: ["email": .string(email), "password": .string(password)], headers: headers)
    }

    /// `POST /api/v1/session` from another client network (a 127.x.y.z address).
    func signIn(_ email: String, _ password: String, from sourceAddress: String, headers: [String] = []) throws -> TestResponse {
        try client(from: sourceAddress).request("POST", "/api/v1/session", json: ["email": .string(email), "password": .string(password)],
                                                headers: headers)
    }

    /// How many audit records have this action.
    func auditCount(_ action: String) throws -> Int64 {
        try writer.withConnection { db in try db.scalar("SELECT count(*) FROM audit_log WHERE action = ?", action) } ?? 0
    }

    /// Runs SQL on the database file directly, e.g. to age a session.
    func execute(_ sql: String, _ arguments: any SQLiteBindable...) throws {
        try writer.withConnection { db in try db.run(sql, arguments: arguments) }
    }
}
