@testable import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import JSON
import Testing

/// The permission model against API.md's table of who may call what, written out here
/// by hand so that a change to the role table or to an endpoint's permission that
/// changes who may do something shows up as a failure: every role against every
/// endpoint (allowed, or refused with 403 by the gate), the document, and the menu.
@Suite struct PermissionTableTests {
    private static let admin: Set<Role> = [.admin]
    private static let orderers: Set<Role> = [.municipality, .admin]
    private static let writers: Set<Role> = [.staff, .admin]
    private static let readers: Set<Role> = [.staff, .admin, .viewer, .municipality]
    private static let people: Set<Role> = [.admin, .staff, .municipality, .viewer]

    /// Who passes each gated endpoint's gate, by operation id; every other endpoint is public.
    static let gates: [String: Set<Role>] = [
        "metrics": [.admin, .metrics],
        "createActivity": admin, "updateActivity": admin, "archiveActivity": admin, "listAudit": admin,
        "putMunicipality": admin, "putInhabitants": writers, "createLocation": admin,
        "setActivityPrice": admin, "publishPriceList": admin, "indexPrices": admin,
        "createOrder": orderers, "listOrders": [.municipality, .admin, .staff], "getOrder": [.municipality, .admin, .staff],
        "updateOrder": orderers, "submitOrder": orderers, "confirmOrder": orderers, "reopenOrder": orderers, "cancelOrder": orderers,
        "listBudgets": [.admin, .staff, .municipality], "getBudget": [.admin, .staff, .municipality], "putBudget": admin,
        "createRegistration": writers, "bulkRegistrations": writers, "updateRegistration": writers, "deleteRegistration": writers,
        "listRegistrations": readers, "getRegistration": readers, "getFigures": readers, "putFigures": writers,
        "municipalityReport": readers, "explainMunicipalityFigure": readers, "explainOrganisationFigure": readers, "timeSeries": readers, "statisticsOverview": [.viewer, .staff, .admin],
        "listHighlights": readers, "getHighlight": readers, "createHighlight": writers, "updateHighlight": writers,
        "deleteHighlight": writers, "getReport": readers, "putReport": admin, "getForeword": readers, "putForeword": admin,
        "listUsers": admin, "inviteUser": admin, "getUser": admin, "updateUser": admin, "resetUser": admin,
        "listUserSessions": people, "revokeUserSession": people, "getMailPreferences": people, "setMailPreferences": people,
        "listMail": admin,
        "listWebhooks": admin, "createWebhook": admin, "getWebhook": admin, "updateWebhook": admin, "deleteWebhook": admin,
        "rotateWebhookSecret": admin, "testWebhook": admin, "listWebhookDeliveries": admin, "retryWebhookDelivery": admin,
    ]

    /// Who can succeed at an order action (the state machine decides after the gate).
    static let orderActions: [OrderAction: Set<Role>] = [.submit: orderers, .confirm: admin, .reopen: admin, .cancel: orderers]

    /// The menu's gated entries per role of a person.
    static let menus: [Role: [String]] = [
        .admin: ["/orders", "/registrations", "/admin"], .staff: ["/registrations"], .municipality: ["/orders"], .viewer: [],
    ]

    @Test func everyGatedEndpointIsInTheTableAndEveryOtherIsPublic() {
        let ids = Set(Routes.endpoints.map(\.operationID))
        #expect(Set(Self.gates.keys).subtracting(ids).isEmpty, "table entries without an endpoint")
        for endpoint in Routes.endpoints {
            if let expected = Self.gates[endpoint.operationID] {
                let permission = endpoint.access.permission
                #expect(permission != nil, "\(endpoint.operationID) is public")
                #expect(Set(Role.allCases.filter { role in permission.map(role.may) ?? true }) == expected, "\(endpoint.operationID)")
            } else {
                #expect(endpoint.access == .anyone, "\(endpoint.operationID) has a gate the table does not know")
            }
        }
    }

    @Test func theStateMachineLetsExactlyTheTablesRolesTakeEachAction() {
        for action in OrderAction.allCases {
            let succeed = Set(Role.allCases.filter { role in
                action.allowedFrom.contains { status in (try? action.transition(from: status, by: role).get()) != nil }
            })
            #expect(succeed == Self.orderActions[action], "\(action)")
        }
        // Cancelling a confirmed order is the admin's alone.
        #expect(OrderAction.cancel.transition(from: .confirmed, by: .municipality) == .failure(.wrongRole(.municipality)))
    }

    /// Each role × each endpoint over HTTP: refused by the gate (403) exactly when the
    /// table says so; a token of a role that may not browse is refused on public ones too.
    @Test func eachRoleIsRefusedExactlyWhereTheTableSays() throws {
        try withDemoApp { app in
            var tokens: [Role: String] = [:]
            for role in Role.allCases {
                tokens[role] = try app.createToken(role: role, municipality: role.grant.ownMunicipalityOnly ? "midden-drenthe" : nil,
                                                   name: "tabel-\(role.rawValue)").token
            }
            for endpoint in Routes.endpoints where endpoint.path != "/api/v1/session" && endpoint.path != "/api/v1/welcome" {
                let path = Self.concrete(endpoint.path)
                for role in Role.allCases {
                    let response = try app.client().request(endpoint.method.rawValue, path, token: tokens[role],
                                                             headers: ["Connection: close"])
                    #expect(response.status != 401, "\(endpoint.operationID) as \(role): \(response)")
                    let detail = (try? response.json())?["detail"]?.stringValue ?? ""
                    let code = (try? response.json())?["code"]?.stringValue ?? ""
                    let refused = response.status == 403 && [MessageCode.authRoleForbidden, .authMetricsOnly].map(\.rawValue).contains(code)
                    let allowed = Self.gates[endpoint.operationID].map { $0.contains(role) } ?? role.may(.browse)
                    #expect(refused == !allowed, "\(endpoint.method.rawValue) \(path) as \(role): \(response.status) \(detail)")
                }
            }
        }
    }

    /// The document names each gated operation's permissions and the roles that hold them.
    @Test func theDocumentNamesThePermissionAndItsRoles() throws {
        let document = OpenAPIDocument.document
        for endpoint in Routes.endpoints {
            let operation = document["paths"]?[endpoint.path]?[endpoint.method.rawValue.lowercased()]
            let named = operation?["x-permissions"]?.arrayValue?.compactMap(\.stringValue)
            guard let gate = Self.gates[endpoint.operationID] else {
                #expect(named == nil, "\(endpoint.operationID)")
                continue
            }
            let succeed = OrderAction.allCases.first { "\($0.rawValue)Order" == endpoint.operationID }.flatMap { Self.orderActions[$0] } ?? gate
            let names = try #require(named, "\(endpoint.operationID)")
            let roles = Role.allCases.filter { role in names.contains { Permission(rawValue: $0).map(role.may) ?? false } }
            #expect(Set(roles) == succeed, "\(endpoint.operationID)")
            let description = operation?["description"]?.stringValue ?? ""
            #expect(description.contains("(roles: \(roles.map(\.rawValue).joined(separator: ", ")))"), "\(endpoint.operationID): \(description)")
        }
    }

    /// The menu shows a section exactly when its pages open for the role, and the start
    /// page after signing in is one of them (or the dashboard).
    @Test func theMenuShowsExactlyWhatThePermissionsOpen() throws {
        try withDemoApp { app in
            for role in Role.forPeople {
                let token = try app.createToken(role: role, municipality: role.grant.ownMunicipalityOnly ? "midden-drenthe" : nil,
                                                name: "menu-\(role.rawValue)").token
                let home = try app.client().request("GET", "/", token: token, headers: ["Connection: close"])
                let menu = Self.menuLinks(home.text)
                #expect(menu == ["/", "/catalogue"] + (Self.menus[role] ?? []), "\(role)")
                for section in ["/orders", "/registrations", "/admin"] {
                    let page = try app.client().request("GET", section, token: token, headers: ["Connection: close"])
                    #expect(page.status == (menu.contains(section) ? 200 : 403), "\(section) as \(role)")
                }
                let start = AccountPages.home(for: role).path
                #expect(start == "/" || menu.contains(start), "\(role) starts at \(start)")
            }
            #expect(AccountPages.home(for: .admin).path == "/admin")
            #expect(AccountPages.home(for: .municipality).path == "/orders")
            #expect(AccountPages.home(for: .staff).path == "/registrations")
            #expect(AccountPages.home(for: .viewer).path == "/")
        }
    }

    /// A stored role this server does not know refuses the request (500, logged) rather
    /// than quietly becoming some other role.
    @Test func anUnknownStoredRoleIsRefused() throws {
        try withDemoApp { app in
            let token = try app.createToken(role: .viewer, name: "later-onbekend")
            try app.writer.withConnection { db in try db.run("UPDATE api_token SET role = 'auditor' WHERE id = ?", token.id) }
            let response = try app.client().request("GET", "/api/v1/activities", token: token.token, headers: ["Connection: close"])
            #expect(response.status == 500, "\(response)")
            #expect(throws: UnknownStoredRole.self) {
                try app.writer.withConnection { db in try TokenStore.list(in: db) }
            }
        }
    }

    private static func concrete(_ template: String) -> String {
        template.replacingOccurrences(of: "{slug}", with: "midden-drenthe").replacingOccurrences(of: "{area}", with: "midden-drenthe")
            .replacingOccurrences(of: "{year}", with: "2024").replacingOccurrences(of: "{session}", with: "999999")
            .replacingOccurrences(of: "{id}", with: "999999")
    }

    private static func menuLinks(_ html: String) -> [String] {
        guard let start = html.range(of: "<ul class=\"nav-list\">"),
              let end = html.range(of: "</ul>", range: start.upperBound..<html.endIndex) else { return [] }
        return html[start.upperBound..<end.lowerBound].components(separatedBy: "href=\"").dropFirst().compactMap { $0.split(separator: "\"").first.map(String.init) }
    }
}
