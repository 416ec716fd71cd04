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

/// The roles of docs/api.md#authentication-and-roles on every catalogue endpoint: public reads, admin-only writes, and a
/// wrong or revoked token refused with 401 even where no token is needed.
@Suite struct CatalogueAuthTests {
    /// Endpoints anyone may read (the "nobody" row of docs/api.md#authentication-and-roles).
    static let publicReads = [
        "/api/v1/programmes", "/api/v1/municipalities", "/api/v1/municipalities/assen", "/api/v1/locations",
        "/api/v1/locations/1", "/api/v1/activities", "/api/v1/activities/breicafe", "/api/v1/activities/breicafe/prices",
        "/api/v1/prices?year=2024",
    ]

    /// Admin-only writes, with a body that would succeed for an admin.
    static let adminWrites: [(method: String, path: String, body: JSONValue?)] = [
        ("PUT", "/api/v1/municipalities/groningen", ["cbs_code": "GM0014", "name": "Groningen"]),
        ("POST", "/api/v1/locations", ["municipality": "assen", "name": "Servicepunt Kloosterveen", "kind": "service_point"]),
        ("POST", "/api/v1/activities", ["code": "x-club", "name": "X", "programme": "platform", "format": "meeting", "unit": "session"]),
        ("PATCH", "/api/v1/activities/breicafe", ["name": "X"]),
        ("DELETE", "/api/v1/activities/breicafe", nil),
        ("PUT", "/api/v1/activities/breicafe/prices/2027", ["unit_price_cents": 1, "vat_rate": 9]),
        ("POST", "/api/v1/prices/2024/publish", nil),
        ("POST", "/api/v1/prices/indexations", ["from_year": 2026, "to_year": 2027, "percent": "2"]),
        ("GET", "/api/v1/audit?entity=activity", nil),
    ]

    @Test(arguments: publicReads)
    func publicReadsNeedNoTokenButRefuseABadOne(path: String) throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            let anonymous = try api.call("GET", path)
            #expect(anonymous.status == 200, "\(anonymous)")
            #expect(anonymous.header("Content-Type") == "application/json; charset=utf-8")
            for role in [Role.admin, .staff, .municipality, .viewer] {
                let token = try api.token(role, municipality: role == .municipality ? "assen" : nil, name: "r-\(role.rawValue)")
                #expect(try api.call("GET", path, token: token).status == 200, "\(role)")
            }
            for token in ["cat_not-a-real-token", try api.revokedToken()] {
                let refused = try api.call("GET", path, token: token)
                catalogueExpectProblem(refused, 401)
                #expect(refused.header("WWW-Authenticate")?.hasPrefix("Bearer") == true, "\(refused)")
            }
        }
    }

    @Test func adminWritesRefuseAnonymousOtherRolesAndBadTokens() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            let tokens = [
                try api.token(.staff, name: "staff"), try api.token(.viewer, name: "viewer"),
                try api.token(.municipality, municipality: "assen", name: "assen"),
            ]
            let revoked = try api.revokedToken()
            let auditBefore = try app.writer.withConnection { db in try db.scalar("SELECT count(*) FROM audit_log", as: Int64.self) }
            for write in Self.adminWrites {
                let headers = ["If-Match: \"1\""]
                let label = "\(write.method) \(write.path)"
                let anonymous = try api.call(write.method, write.path, json: write.body, headers: headers)
                #expect(anonymous.status == 401, "\(label): \(anonymous)")
                #expect(try api.call(write.method, write.path, token: revoked, json: write.body, headers: headers).status == 401, "\(label)")
                #expect(try api.call(write.method, write.path, token: "cat_wrong", json: write.body, headers: headers).status == 401, "\(label)")
                for token in tokens {
                    let response = try api.call(write.method, write.path, token: token, json: write.body, headers: headers)
                    catalogueExpectProblem(response, 403)
                }
            }
            let auditAfter = try app.writer.withConnection { db in try db.scalar("SELECT count(*) FROM audit_log", as: Int64.self) }
            #expect(auditAfter == auditBefore)
        }
    }
}
