import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import JSON
import Testing

/// `GET /api/v1/audit?entity=&id=` (admin): every catalogue write with before, after and who.
@Suite struct CatalogueAuditTests {
    @Test func everyActivityWriteIsAuditedForAdminsOnly() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app, adminName: "catalogusbeheer")
            let created = try api.createActivity(code: "voorleesuur", name: "Voorleesuur")
            let id = try #require(created["id"]?.int64Value)
            _ = try api.asAdmin("PATCH", "/api/v1/activities/\(id)", json: ["name": "Voorleesuurtje"], headers: ["If-Match: \"1\""])
            _ = try api.asAdmin("DELETE", "/api/v1/activities/\(id)", headers: ["If-Match: \"2\""])

            let entries = try api.audit(entity: "activity", id: String(id))
            #expect(entries.compactMap { $0["action"]?.stringValue } == ["archive", "update", "create"])
            #expect(entries.allSatisfy { $0["by"]?.stringValue == "catalogusbeheer" && $0["entity"]?.stringValue == "activity" })
            #expect(entries.allSatisfy { $0["at"]?.stringValue.flatMap(Timestamp.parse) != nil })
            #expect(entries[2]["before"]?.isNull == true)
            #expect(entries[2]["after"]?["name"]?.stringValue == "Voorleesuur")
            #expect(entries[1]["before"]?["name"]?.stringValue == "Voorleesuur")
            #expect(entries[1]["after"]?["name"]?.stringValue == "Voorleesuurtje")
            #expect(entries[0]["before"]?["active"]?.boolValue == true)
            #expect(entries[0]["after"]?["active"]?.boolValue == false)

            let auditPath = "/api/v1/audit?entity=activity&id=\(id)"
            catalogueExpectProblem(try api.call("GET", auditPath), 401)
            for role in [Role.staff, .viewer] {
                catalogueExpectProblem(try api.call("GET", auditPath, token: try api.token(role, name: "r-\(role.rawValue)")), 403)
            }
            let municipality = try api.token(.municipality, municipality: "assen", name: "assen")
            catalogueExpectProblem(try api.call("GET", auditPath, token: municipality), 403)
            catalogueExpectProblem(try api.asAdmin("GET", "/api/v1/audit?entity=activity&limit=501&who=me"), 422, fields: ["limit", "who"])
        }
    }

    @Test func auditRejectsAnUnknownEntity() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            catalogueExpectProblem(try api.asAdmin("GET", "/api/v1/audit?entity=unicorn"), 422, fields: ["entity"])
        }
    }
}
