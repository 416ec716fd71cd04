import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import JSON
import Testing

/// Who may write and read registrations (docs/api.md#authentication-and-roles): staff and admin write; viewer and
/// municipality read, a municipality only its own (404 for another's); no token → 401.
@Suite struct RegistrationRoleTests {
    @Test func onlyStaffAndAdminWrite() throws {
        try withDemoApp { app in
            let client = try app.client()
            let csv = "activity,municipality,date,participants\nbreicafe,midden-drenthe,2024-04-02,5\n"
            for (role, expected) in [(Role.staff, 201), (.admin, 201), (.viewer, 403), (.municipality, 403)] {
                let token = try registrationTestToken(app, role)
                let single = try client.request("POST", "/api/v1/registrations", token: token, json: registrationTestBody())
                #expect(single.status == expected, "\(role) POST: \(single)")
                let bulk = try client.request("POST", "/api/v1/registrations/bulk", token: token, body: csv, contentType: "text/csv")
                #expect(bulk.status == expected, "\(role) bulk: \(bulk)")
                let patch = try client.request("PATCH", "/api/v1/registrations/500", token: token, json: ["participants": 3])
                #expect(patch.status == (expected == 201 ? 200 : 403), "\(role) PATCH: \(patch)")
            }
            for role in [Role.viewer, .municipality] {
                let token = try registrationTestToken(app, role)
                let delete = try client.request("DELETE", "/api/v1/registrations/500", token: token)
                #expect(delete.status == 403, "\(role) DELETE: \(delete)")
            }
            #expect(try registrationTestCount(app, "SELECT count(*) FROM registration WHERE id = 500") == 1)
        }
    }

    @Test func withoutATokenEverythingIs401() throws {
        try withDemoApp { app in
            let client = try app.client()
            let requests: [(String, String, JSONValue?)] = [
                ("POST", "/api/v1/registrations", registrationTestBody()),
                ("POST", "/api/v1/registrations/bulk", [registrationTestBody()]),
                ("GET", "/api/v1/registrations", nil),
                ("GET", "/api/v1/registrations/500", nil),
                ("PATCH", "/api/v1/registrations/500", ["participants": 1]),
                ("DELETE", "/api/v1/registrations/500", nil),
            ]
            for (method, path, body) in requests {
                let response = try client.request(method, path, json: body)
                #expect(response.status == 401, "\(method) \(path): \(response)")
            }
        }
    }

    @Test func viewerReadsEverything() throws {
        try withDemoApp { app in
            let staff = try registrationTestToken(app, .staff)
            let client = try app.client()
            let assen = registrationTestBody(["municipality": "assen", "location": 18])
            let created = try client.request("POST", "/api/v1/registrations", token: staff, json: assen)
            let id = try #require(try created.json()["id"]?.int64Value)

            let viewer = try registrationTestToken(app, .viewer)
            #expect(try client.request("GET", "/api/v1/registrations/\(id)", token: viewer).status == 200)
            #expect(try client.request("GET", "/api/v1/registrations/500", token: viewer).status == 200)
            let all = try registrationTestAllItems(client, "/api/v1/registrations?limit=500", token: viewer)
            #expect(Int64(all.count) == (try registrationTestCount(app, "SELECT count(*) FROM registration")))
        }
    }

    @Test func municipalityReadsOnlyItsOwn() throws {
        try withDemoApp { app in
            let staff = try registrationTestToken(app, .staff)
            let client = try app.client()
            let created = try client.request("POST", "/api/v1/registrations", token: staff,
                                             json: registrationTestBody(["municipality": "assen", "location": 18]))
            let assenID = try #require(try created.json()["id"]?.int64Value)
            let demoID: Int64 = 500  // a Midden-Drenthe registration of the demo data
            #expect(try registrationTestColumn(app, "SELECT municipality FROM registration WHERE id = 500") == ["midden-drenthe"])

            let assenToken = try registrationTestToken(app, .municipality, municipality: "assen")
            let own = try client.request("GET", "/api/v1/registrations/\(assenID)", token: assenToken)
            #expect(own.status == 200, "\(own)")
            let other = try client.request("GET", "/api/v1/registrations/\(demoID)", token: assenToken)
            #expect(other.status == 404, "another municipality's registration must look absent: \(other)")
            #expect(try client.request("GET", "/api/v1/registrations/99999", token: assenToken).status == 404)

            // The list shows its own only, even when it asks for another municipality.
            let list = try registrationTestAllItems(client, "/api/v1/registrations?limit=500", token: assenToken)
            #expect(list.compactMap { $0["id"]?.int64Value } == [assenID])
            let asked = try registrationTestAllItems(client, "/api/v1/registrations?municipality=midden-drenthe", token: assenToken)
            #expect(asked.isEmpty, "\(asked.count) Midden-Drenthe rows leaked to Assen's token")

            let demoToken = try registrationTestToken(app, .municipality, municipality: "midden-drenthe")
            let demoList = try registrationTestAllItems(client, "/api/v1/registrations?limit=500", token: demoToken)
            #expect(Int64(demoList.count) == (try registrationTestCount(app, "SELECT count(*) FROM registration WHERE municipality = 'midden-drenthe'")))
            #expect(demoList.allSatisfy { $0["municipality"]?.stringValue == "midden-drenthe" })
        }
    }

    @Test func aRevokedOrUnknownTokenIs401() throws {
        try withDemoApp { app in
            let response = try app.client().request("GET", "/api/v1/registrations", token: "cat_not-a-token")
            #expect(response.status == 401, "\(response)")
        }
    }
}
