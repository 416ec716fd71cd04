import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import JSON
import Testing

/// Every state change of an order, by every role, against docs/domain.md#orders,
/// which is written out again here rather than taken from the product.
@Suite struct OrderStateMachineTests {
    enum Caller: String, CaseIterable {
        case municipality, admin, staff, viewer, anonymous
    }

    static let actions = ["submit", "confirm", "reopen", "cancel"]
    static let states = ["draft", "submitted", "confirmed", "cancelled"]
    static let allowedFrom: [String: [String]] = [
        "submit": ["draft"], "confirm": ["submitted"], "reopen": ["submitted"], "cancel": ["draft", "submitted", "confirmed"],
    ]
    static let target = ["submit": "submitted", "confirm": "confirmed", "reopen": "draft", "cancel": "cancelled"]
    /// How an admin brings a fresh draft into each state.
    static let path: [String: [String]] = [
        "draft": [], "submitted": ["submit"], "confirmed": ["submit", "confirm"], "cancelled": ["cancel"],
    ]

    /// The status docs/domain.md#orders promises. A state the action does not start from is a conflict
    /// (409) for anyone who may change orders at all; an admin-only step is 403 for a municipality.
    static func expected(_ action: String, from state: String, by caller: Caller) -> Int {
        switch caller {
        case .anonymous: return 401
        case .staff, .viewer: return 403
        case .municipality, .admin: break
        }
        guard allowedFrom[action]!.contains(state) else { return 409 }
        let adminOnly = action == "confirm" || action == "reopen" || (action == "cancel" && state == "confirmed")
        return caller == .municipality && adminOnly ? 403 : 200
    }

    @Test func everyTransitionByEveryRole() throws {
        try withOrderTestApp { app in
            let actors = try OrderTestActors(app)
            let tokens: [Caller: String] = [.municipality: actors.municipality, .admin: actors.admin, .staff: actors.staff, .viewer: actors.viewer]
            let names: [Caller: String] = [.municipality: OrderTestActors.municipalityName, .admin: OrderTestActors.adminName]
            let client = try app.client()
            var allowedSeen = 0
            for action in Self.actions {
                for state in Self.states {
                    for caller in Caller.allCases {
                        let label = "\(caller.rawValue) \(action)s a \(state) order"
                        let fresh = try client.orderTestCreated(token: actors.admin)
                        let before = try client.orderTestDrive(fresh, through: Self.path[state]!, token: actors.admin)
                        try #require(before["status"]?.stringValue == state)
                        let id = try #require(before["id"]?.int64Value)
                        let version = try #require(before["version"]?.int64Value)
                        // A reason is sent to every cancel, so that only the role decides a confirmed one.
                        let body: JSONValue? = action == "cancel" ? ["reason": "Dubbel besteld"] : nil
                        let response = try client.orderTestAct(action, id, token: tokens[caller], version: version, body: body)
                        let want = Self.expected(action, from: state, by: caller)
                        #expect(response.status == want, "\(label): \(response)")
                        let after = try client.orderTestRead(id, token: actors.admin)
                        if want == 200 {
                            allowedSeen += 1
                            let changed = try response.json()
                            #expect(changed["status"]?.stringValue == Self.target[action], "\(label)")
                            #expect(changed["version"]?.int64Value == version + 1, "\(label)")
                            #expect(response.header("ETag") == "\"\(version + 1)\"", "\(label)")
                            #expect(after.orderTestHistoryStatuses == before.orderTestHistoryStatuses + [Self.target[action]!], "\(label)")
                            #expect(after.orderTestHistoryBy.last == names[caller], "\(label): \(after.orderTestHistoryBy)")
                        } else {
                            #expect(after["status"]?.stringValue == state, "\(label) must change nothing")
                            #expect(after["version"]?.int64Value == version, "\(label) must change nothing")
                            #expect(after.orderTestHistoryStatuses == before.orderTestHistoryStatuses, "\(label)")
                            #expect(response.header("Content-Type")?.hasPrefix("application/problem+json") == true, "\(label)")
                        }
                        if want == 409 {
                            let problem = try response.json()
                            #expect(problem["code"]?.stringValue == "order.step_not_allowed", "\(label)")
                            let named = problem["params"]?["allowed"]?.arrayValue?.compactMap(\.stringValue) ?? []
                            for allowed in Self.allowedFrom[action]! {
                                #expect(named.contains(allowed), "\(label): the params must name '\(allowed)': \(problem)")
                            }
                        }
                    }
                }
            }
            // submit, cancel×2 (draft, submitted) by both roles; confirm, reopen, cancel of confirmed by admin.
            #expect(allowedSeen == 9)
        }
    }

    /// One order's whole life: one history entry per status it reached, each by the
    /// token's name, and each change in the audit log.
    @Test func historyAndAuditFollowTheWholeLife() throws {
        try withOrderTestApp { app in
            let actors = try OrderTestActors(app)
            let client = try app.client()
            var order = try client.orderTestCreated(token: actors.municipality)
            #expect(order["status"]?.stringValue == "draft")
            #expect(order.orderTestHistoryStatuses == ["draft"])
            #expect(order.orderTestHistoryBy == [OrderTestActors.municipalityName])
            order = try client.orderTestDrive(order, through: ["submit"], token: actors.municipality)
            order = try client.orderTestDrive(order, through: ["reopen"], token: actors.admin)
            order = try client.orderTestDrive(order, through: ["submit"], token: actors.municipality)
            order = try client.orderTestDrive(order, through: ["confirm"], token: actors.admin)
            order = try client.orderTestDrive(order, through: ["cancel"], token: actors.admin, reason: "Begroting gekort")
            let id = try #require(order["id"]?.int64Value)
            let stored = try client.orderTestRead(id, token: actors.admin)
            #expect(stored.orderTestHistoryStatuses == ["draft", "submitted", "draft", "submitted", "confirmed", "cancelled"])
            let m = OrderTestActors.municipalityName, a = OrderTestActors.adminName
            #expect(stored.orderTestHistoryBy == [m, m, a, m, a, a])
            #expect(stored["version"]?.int64Value == 6)
            #expect(stored["history"]?.arrayValue?.last?["reason"]?.stringValue == "Begroting gekort")
            for entry in stored["history"]?.arrayValue ?? [] {
                #expect(entry["at"]?.stringValue?.hasSuffix("Z") == true, "RFC 3339 UTC: \(entry)")
            }

            let audit = try client.request("GET", "/api/v1/audit?entity=order&id=\(id)", token: actors.admin)
            #expect(audit.status == 200, "\(audit)")
            let entries = try audit.json()["items"]?.arrayValue ?? []
            // Newest first.
            #expect(entries.compactMap { $0["action"]?.stringValue } == ["cancel", "confirm", "submit", "reopen", "submit", "create"])
            #expect(entries.compactMap { $0["by"]?.stringValue } == [a, a, m, a, m, m])
            #expect(entries.first?["after"]?["status"]?.stringValue == "cancelled")
            #expect(entries.first?["before"]?["status"]?.stringValue == "confirmed")
        }
    }

    /// submit, confirm, reopen and cancel need If-Match: 428 without, 412 when stale.
    @Test func stateChangesNeedACurrentIfMatch() throws {
        try withOrderTestApp { app in
            let actors = try OrderTestActors(app)
            let client = try app.client()
            for action in Self.actions {
                let from = Self.allowedFrom[action]!.first!
                let order = try client.orderTestDrive(try client.orderTestCreated(token: actors.admin),
                                                      through: Self.path[from]!, token: actors.admin)
                let id = try #require(order["id"]?.int64Value)
                let version = try #require(order["version"]?.int64Value)
                let body: JSONValue? = action == "cancel" ? ["reason": "x"] : nil

                let missing = try client.orderTestAct(action, id, token: actors.admin, version: nil, body: body)
                #expect(missing.status == 428, "\(action) without If-Match: \(missing)")
                let stale = try client.orderTestAct(action, id, token: actors.admin, version: version + 7, body: body)
                #expect(stale.status == 412, "\(action) with a stale If-Match: \(stale)")
                let unchanged = try client.orderTestRead(id, token: actors.admin)
                #expect(unchanged["status"]?.stringValue == from)
                #expect(unchanged["version"]?.int64Value == version)

                let current = try client.orderTestAct(action, id, token: actors.admin, version: version, body: body)
                #expect(current.status == 200, "\(action) with the current If-Match: \(current)")
            }
        }
    }

    /// RFC 9110 §13.1.1: If-Match compares strongly, and a weak tag never matches strongly.
    @Test func aWeakTagDoesNotSatisfyIfMatch() throws {
        try withOrderTestApp { app in
            let actors = try OrderTestActors(app)
            let client = try app.client()
            let order = try client.orderTestCreated(token: actors.admin)
            let id = try #require(order["id"]?.int64Value)
            let response = try client.request("POST", "/api/v1/orders/\(id)/submit", token: actors.admin, headers: ["If-Match: W/\"1\""])
            #expect(response.status == 412, "\(response)")
            #expect(try client.orderTestRead(id, token: actors.admin)["status"]?.stringValue == "draft")
        }
    }

    /// Cancelling a confirmed order: admin only, with a reason (422 without one).
    @Test func cancellingAConfirmedOrderNeedsAnAdminAndAReason() throws {
        try withOrderTestApp { app in
            let actors = try OrderTestActors(app)
            let client = try app.client()
            let order = try client.orderTestDrive(try client.orderTestCreated(token: actors.municipality),
                                                  through: ["submit", "confirm"], token: actors.admin)
            let id = try #require(order["id"]?.int64Value)
            let version = try #require(order["version"]?.int64Value)

            for body in [nil, ["reason": .null], [:], ["reason": "   "]] as [JSONValue?] {
                let response = try client.orderTestAct("cancel", id, token: actors.admin, version: version, body: body)
                #expect(response.status == 422, "body \(String(describing: body)): \(response)")
                let fields = try response.json()["errors"]?.arrayValue?.compactMap { $0["field"]?.stringValue } ?? []
                #expect(fields == ["reason"], "\(response)")
            }
            let byMunicipality = try client.orderTestAct("cancel", id, token: actors.municipality, version: version,
                                                         body: ["reason": "Te duur"])
            #expect(byMunicipality.status == 403, "\(byMunicipality)")
            #expect(try client.orderTestRead(id, token: actors.admin)["status"]?.stringValue == "confirmed")

            let cancelled = try client.orderTestAct("cancel", id, token: actors.admin, version: version, body: ["reason": "Te duur"])
            #expect(cancelled.status == 200, "\(cancelled)")
            let stored = try client.orderTestRead(id, token: actors.admin)
            #expect(stored["status"]?.stringValue == "cancelled")
            #expect(stored["cancel_reason"]?.stringValue == "Te duur")
            #expect(stored["history"]?.arrayValue?.last?["reason"]?.stringValue == "Te duur")
        }
    }

    /// Who may create and read orders at all.
    @Test func rolesThatMayNotTouchOrders() throws {
        try withOrderTestApp { app in
            let actors = try OrderTestActors(app)
            let client = try app.client()
            #expect(try client.orderTestCreate(token: nil).status == 401)
            #expect(try client.orderTestCreate(token: "not-a-token").status == 401)
            #expect(try client.orderTestCreate(token: actors.staff).status == 403)
            #expect(try client.orderTestCreate(token: actors.viewer).status == 403)
            // Demo order 1 is midden-drenthe's confirmed 2024 order.
            #expect(try client.request("GET", "/api/v1/orders/1").status == 401)
            #expect(try client.request("GET", "/api/v1/orders/1", token: actors.viewer).status == 403)
            #expect(try client.request("GET", "/api/v1/orders/1", token: actors.staff).status == 200)
            #expect(try client.request("GET", "/api/v1/orders").status == 401)
            #expect(try client.request("GET", "/api/v1/orders", token: actors.viewer).status == 403)
            let staffList = try client.orderTestListAll("/api/v1/orders", token: actors.staff)
            #expect(staffList.compactMap { $0["id"]?.int64Value } == [1, 2], "staff reads every order")
            let patch = try client.request("PATCH", "/api/v1/orders/1", token: actors.staff, json: ["reference": "x"], headers: ["If-Match: \"3\""])
            #expect(patch.status == 403, "\(patch)")
            #expect(try client.orderTestCreate(token: actors.admin).status == 201)
            #expect(try client.orderTestCreate(token: actors.municipality).status == 201)
        }
    }
}
