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

/// Requests for the catalogue suites: one new connection per request with
/// `Connection: close`, so that a 304 (no body, no Content-Length) ends cleanly
/// and an error that closes the connection cannot spoil the next request.
struct CatalogueAPI {
    let app: RunningApp
    /// An admin token, made once per app.
    let admin: String
    /// Over the socket, or into the router in this thread (`TransportParityTests`).
    private let inProcess: InProcessClient?

    init(_ app: RunningApp, adminName: String = "catalogue-admin", transport: TestTransport = .socket) throws {
        self.app = app
        admin = try app.createToken(role: .admin, name: adminName).token
        inProcess = transport == .inProcess ? try InProcessClient(services: app.services) : nil
    }

    func call(_ method: String, _ path: String, token: String? = nil, json: JSONValue? = nil, body: String? = nil,
              contentType: String? = nil, headers: [String] = []) throws -> TestResponse {
        if let inProcess {
            return try inProcess.request(method, path, token: token, json: json, body: body, contentType: contentType, headers: headers)
        }
        return try app.client().request(method, path, token: token, json: json, body: body, contentType: contentType,
                                        headers: headers + ["Connection: close"])
    }

    /// The same call with the admin token.
    func asAdmin(_ method: String, _ path: String, json: JSONValue? = nil, headers: [String] = []) throws -> TestResponse {
        try call(method, path, token: admin, json: json, headers: headers)
    }

    func token(_ role: Role, municipality: String? = nil, name: String) throws -> String {
        try app.createToken(role: role, municipality: municipality, name: name).token
    }

    /// A token that existed and was revoked.
    func revokedToken() throws -> String {
        let (id, token) = try app.createToken(role: .admin, name: "revoked-\(UUID().uuidString.prefix(8))")
        try app.writer.withConnection { db in _ = try TokenStore.revoke(in: db, reference: String(id)) }
        return token
    }

    /// Creates an activity through the API (admin) and returns its JSON.
    @discardableResult
    func createActivity(code: String, name: String, programme: String = "platform", format: String = "meeting",
                        unit: String = "session", summary: String? = nil, extra: [(String, JSONValue)] = [],
                        sourceLocation: SourceLocation = #_sourceLocation) throws -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [
            ("code", .string(code)), ("name", .string(name)), ("programme", .string(programme)),
            ("format", .string(format)), ("unit", .string(unit)),
        ]
        if let summary { members.append(("summary", .string(summary))) }
        members.append(contentsOf: extra.map { (key: $0.0, value: $0.1) })
        let response = try asAdmin("POST", "/api/v1/activities", json: .object(JSONObject(members)))
        try #require(response.status == 201, "\(response)", sourceLocation: sourceLocation)
        return try response.json()
    }

    /// Sets a price through the API (admin).
    func setPrice(activity: Int64, year: Int64, cents: Int64, vat: Int64,
                  sourceLocation: SourceLocation = #_sourceLocation) throws {
        let response = try asAdmin("PUT", "/api/v1/activities/\(activity)/prices/\(year)",
                                   json: ["unit_price_cents": .integer(cents), "vat_rate": .integer(vat)])
        try #require(response.status == 201 || response.status == 200, "\(response)", sourceLocation: sourceLocation)
    }

    /// Every item of a list, following `next_cursor` with `limit` per page.
    func allItems(_ path: String, limit: Int, token: String? = nil,
                  sourceLocation: SourceLocation = #_sourceLocation) throws -> [JSONValue] {
        try listAllItems(path, limit: limit, sourceLocation: sourceLocation) { try call("GET", $0, token: token) }
    }

    /// `POST /api/v1/quotes` with this body.
    func quote(_ body: JSONValue, token: String? = nil) throws -> TestResponse {
        try call("POST", "/api/v1/quotes", token: token, json: body)
    }

    /// Three prices in 2030, a year the demo leaves empty: 1234, 1250 and 25 cents.
    func seedIndexationPrices2030() throws {
        try setPrice(activity: 36, year: 2030, cents: 1234, vat: 9)   // breicafe
        try setPrice(activity: 37, year: 2030, cents: 1250, vat: 21)  // koffieochtend
        try setPrice(activity: 38, year: 2030, cents: 25, vat: 0)     // meeleesclub
    }

    /// A year's price list as activity id → (cents, VAT rate).
    func priceTable(year: Int64) throws -> [Int64: (cents: Int64, vat: Int64)] {
        var result: [Int64: (cents: Int64, vat: Int64)] = [:]
        for item in try call("GET", "/api/v1/prices?year=\(year)&limit=500").catalogueItems {
            if let id = item["activity"]?["id"]?.int64Value, let cents = item["unit_price_cents"]?.int64Value,
               let vat = item["vat_rate"]?.int64Value {
                result[id] = (cents, vat)
            }
        }
        return result
    }

    /// Audit entries of one entity, newest first (admin).
    func audit(entity: String, id: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [JSONValue] {
        let response = try asAdmin("GET", "/api/v1/audit?entity=\(entity)&id=\(catalogueQueryEncode(id))")
        try #require(response.status == 200, "\(response)", sourceLocation: sourceLocation)
        return try #require(try response.json()["items"]?.arrayValue, sourceLocation: sourceLocation)
    }
}
