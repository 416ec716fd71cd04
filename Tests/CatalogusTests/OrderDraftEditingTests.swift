import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import JSON
import Testing

/// `PATCH /api/v1/orders/{id}`: drafts only, If-Match, lines replaced as a whole,
/// audited but not in the history.
@Suite struct OrderDraftEditingTests {
    @Test func patchReplacesTheLinesOfADraft() throws {
        try withOrderTestApp { app in
            let actors = try OrderTestActors(app)
            let client = try app.client()
            let created = try client.orderTestCreate(token: actors.municipality,
                                                     lines: [(.integer(1), 2), (.integer(2), 1), (.integer(3), 4)], reference: "Eerste opzet")
            try #require(created.status == 201, "\(created)")
            let order = try created.json()
            let id = try #require(order["id"]?.int64Value)
            #expect(created.header("Location") == "/api/v1/orders/\(id)")
            #expect(order.orderTestLines.count == 3)

            let newLines: JSONValue = [["activity": "escaperoom", "quantity": 5, "note": "In de Boekenweek"]]
            let path = "/api/v1/orders/\(id)"
            let missing = try client.request("PATCH", path, token: actors.municipality, json: ["lines": newLines])
            #expect(missing.status == 428, "\(missing)")
            let stale = try client.request("PATCH", path, token: actors.municipality, json: ["lines": newLines], headers: ["If-Match: \"2\""])
            #expect(stale.status == 412, "\(stale)")

            let patched = try client.request("PATCH", path, token: actors.municipality, json: ["lines": newLines], headers: ["If-Match: \"1\""])
            #expect(patched.status == 200, "\(patched)")
            let afterLines = try patched.json()
            #expect(afterLines["version"]?.int64Value == 2)
            #expect(patched.header("ETag") == "\"2\"")
            #expect(afterLines["reference"]?.stringValue == "Eerste opzet", "a PATCH without reference keeps it")
            let lines = afterLines.orderTestLines
            #expect(lines.count == 1, "lines are replaced as a whole: \(lines)")
            #expect(lines.first?["line_no"]?.int64Value == 1)
            #expect(lines.first?["activity"]?["code"]?.stringValue == "escaperoom")
            #expect(lines.first?["activity"]?["id"]?.int64Value == 4)
            #expect(lines.first?["quantity"]?.int64Value == 5)
            #expect(lines.first?["note"]?.stringValue == "In de Boekenweek")

            let renamed = try client.request("PATCH", path, token: actors.admin, json: ["reference": "Afname 2026"], headers: ["If-Match: \"2\""])
            #expect(renamed.status == 200, "\(renamed)")
            let stored = try client.orderTestRead(id, token: actors.admin)
            #expect(stored["reference"]?.stringValue == "Afname 2026")
            #expect(stored.orderTestLines.count == 1, "a PATCH without lines keeps them")
            #expect(stored["version"]?.int64Value == 3)
            #expect(stored.orderTestHistoryStatuses == ["draft"], "a PATCH is no history entry")
            #expect(try client.request("GET", path, token: actors.admin, headers: ["If-None-Match: \"3\""]).status == 304)
            #expect(try client.request("GET", path, token: actors.admin, headers: ["If-None-Match: \"2\""]).status == 200)

            let audit = try client.request("GET", "/api/v1/audit?entity=order&id=\(id)", token: actors.admin)
            let entries = try audit.json()["items"]?.arrayValue ?? []
            #expect(entries.compactMap { $0["action"]?.stringValue } == ["update", "update", "create"], "\(audit)")
            #expect(entries.compactMap { $0["by"]?.stringValue }
                == [OrderTestActors.adminName, OrderTestActors.municipalityName, OrderTestActors.municipalityName])
            #expect(entries.last(where: { $0["action"]?.stringValue == "update" })?["before"]?["lines"]?.arrayValue?.count == 3)
        }
    }

    @Test func patchRefusesBadLinesAndChangesNothing() throws {
        try withOrderTestApp { app in
            let actors = try OrderTestActors(app)
            let client = try app.client()
            let order = try client.orderTestCreated(token: actors.admin, lines: [(.integer(1), 1), (.integer(2), 1)])
            let id = try #require(order["id"]?.int64Value)
            let cases: [(JSONValue, String)] = [
                (["lines": [["activity": 1, "quantity": 1], ["activity": "no-such-activity", "quantity": 1]]], "lines[1].activity"),
                (["lines": []], "lines"),
                (["lines": [["activity": 1, "quantity": 0]]], "lines[0].quantity"),
                (["status": "submitted"], "status"),
            ]
            for (body, field) in cases {
                let response = try client.request("PATCH", "/api/v1/orders/\(id)", token: actors.admin, json: body, headers: ["If-Match: \"1\""])
                #expect(response.status == 422, "\(body): \(response)")
                let fields = try response.json()["errors"]?.arrayValue?.compactMap { $0["field"]?.stringValue } ?? []
                #expect(fields.contains(field), "\(body) must name \(field): \(response)")
            }
            let stored = try client.orderTestRead(id, token: actors.admin)
            #expect(stored["version"]?.int64Value == 1)
            #expect(stored.orderTestLines.count == 2)
        }
    }

    /// Only a draft can be changed; a reopened order is a draft again.
    @Test func patchOnlyInDraft() throws {
        try withOrderTestApp { app in
            let actors = try OrderTestActors(app)
            let client = try app.client()
            let body: JSONValue = ["reference": "later"]
            for (actions, status) in [(["submit"], "submitted"), (["submit", "confirm"], "confirmed"), (["cancel"], "cancelled")] {
                let order = try client.orderTestDrive(try client.orderTestCreated(token: actors.admin), through: actions, token: actors.admin)
                let id = try #require(order["id"]?.int64Value)
                let version = try #require(order["version"]?.int64Value)
                let response = try client.request("PATCH", "/api/v1/orders/\(id)", token: actors.admin, json: body,
                                                  headers: ["If-Match: \"\(version)\""])
                #expect(response.status == 409, "PATCH of a \(status) order: \(response)")
                #expect(try client.orderTestRead(id, token: actors.admin)["reference"]?.isNull == true)
            }
            let reopened = try client.orderTestDrive(try client.orderTestCreated(token: actors.admin), through: ["submit", "reopen"],
                                                     token: actors.admin)
            let id = try #require(reopened["id"]?.int64Value)
            let version = try #require(reopened["version"]?.int64Value)
            let response = try client.request("PATCH", "/api/v1/orders/\(id)", token: actors.municipality, json: body,
                                              headers: ["If-Match: \"\(version)\""])
            #expect(response.status == 200, "PATCH of a reopened draft: \(response)")
        }
    }

    /// A municipality orders only for itself (403) and cannot see or touch another's order (404).
    @Test func aMunicipalityActsOnlyForItself() throws {
        try withOrderTestApp { app in
            let actors = try OrderTestActors(app)
            let client = try app.client()
            let forOther = try client.orderTestCreate(token: actors.municipality, municipality: "assen")
            #expect(forOther.status == 403, "\(forOther)")
            let assenOrder = try client.orderTestCreated(token: actors.otherMunicipality, municipality: "assen")
            let assenID = try #require(assenOrder["id"]?.int64Value)
            let ours = try client.orderTestCreated(token: actors.admin)
            let oursID = try #require(ours["id"]?.int64Value)

            let other = actors.otherMunicipality
            for path in ["/api/v1/orders/\(oursID)", "/api/v1/orders/1", "/api/v1/orders/\(oursID)?output=csv"] {
                let response = try client.request("GET", path, token: other)
                #expect(response.status == 404, "\(path): \(response)")
            }
            let patch = try client.request("PATCH", "/api/v1/orders/\(oursID)", token: other, json: ["reference": "x"], headers: ["If-Match: \"1\""])
            #expect(patch.status == 404, "\(patch)")
            for action in ["submit", "cancel"] {
                let response = try client.orderTestAct(action, oursID, token: other, version: 1, body: action == "cancel" ? ["reason": "x"] : nil)
                #expect(response.status == 404, "\(action): \(response)")
            }
            #expect(try client.orderTestRead(oursID, token: actors.admin)["version"]?.int64Value == 1, "nothing changed")

            let assenList = try client.orderTestListAll("/api/v1/orders", token: other)
            #expect(assenList.compactMap { $0["id"]?.int64Value } == [assenID])
            let filtered = try client.orderTestListAll("/api/v1/orders?municipality=midden-drenthe", token: other)
            #expect(filtered.isEmpty, "a filter on another municipality shows nothing: \(filtered)")
            let ourList = try client.orderTestListAll("/api/v1/orders", token: actors.municipality).compactMap { $0["id"]?.int64Value }
            #expect(ourList == [1, 2, oursID], "demo orders 1 and 2 and the new one")
            let all = try client.orderTestListAll("/api/v1/orders", token: actors.admin).compactMap { $0["id"]?.int64Value }
            #expect(Set(all) == Set([1, 2, oursID, assenID]))

            #expect(try client.request("GET", "/api/v1/orders/999999", token: actors.admin).status == 404)
            #expect(try client.request("GET", "/api/v1/orders/abc", token: actors.admin).status == 404)
        }
    }
}
