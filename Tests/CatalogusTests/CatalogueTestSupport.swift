import Catalogus
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

    init(_ app: RunningApp, adminName: String = "catalogue-admin") throws {
        self.app = app
        admin = try app.createToken(role: .admin, name: adminName).token
    }

    func call(_ method: String, _ path: String, token: String? = nil, json: JSONValue? = nil, body: String? = nil,
              contentType: String? = nil, headers: [String] = []) throws -> TestResponse {
        try app.client().request(method, path, token: token, json: json, body: body, contentType: contentType,
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
        var items: [JSONValue] = []
        var cursor: String?
        let separator = path.contains("?") ? "&" : "?"
        for _ in 0..<1000 {
            var target = path + separator + "limit=\(limit)"
            if let cursor { target += "&cursor=" + catalogueQueryEncode(cursor) }
            let response = try call("GET", target, token: token)
            try #require(response.status == 200, "\(response)", sourceLocation: sourceLocation)
            let body = try response.json()
            let page = try #require(body["items"]?.arrayValue, sourceLocation: sourceLocation)
            #expect(page.count <= limit, sourceLocation: sourceLocation)
            items += page
            guard let next = body["next_cursor"]?.stringValue else { return items }
            cursor = next
        }
        Issue.record("the list did not end", sourceLocation: sourceLocation)
        return items
    }

    /// Audit entries of one entity, newest first (admin).
    func audit(entity: String, id: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [JSONValue] {
        let response = try asAdmin("GET", "/api/v1/audit?entity=\(entity)&id=\(catalogueQueryEncode(id))")
        try #require(response.status == 200, "\(response)", sourceLocation: sourceLocation)
        return try #require(try response.json()["items"]?.arrayValue, sourceLocation: sourceLocation)
    }
}

/// Percent-encodes everything but RFC 3986 unreserved characters, for query values.
func catalogueQueryEncode(_ text: String) -> String {
    var out = ""
    for byte in text.utf8 {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
            out.append(Character(UnicodeScalar(byte)))
        default:
            out += String(format: "%%%02X", byte)
        }
    }
    return out
}

/// The `field` names of a problem's `errors`.
func catalogueErrorFields(_ response: TestResponse) -> [String] {
    ((try? response.json())?["errors"]?.arrayValue ?? []).compactMap { $0["field"]?.stringValue }
}

/// An RFC 9457 problem with `status`; for 422, `errors` names exactly `fields` (order free).
func catalogueExpectProblem(_ response: TestResponse, _ status: Int, fields: Set<String>? = nil,
                            sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(response.status == status, "\(response)", sourceLocation: sourceLocation)
    #expect(response.header("Content-Type")?.hasPrefix("application/problem+json") == true, "\(response)",
            sourceLocation: sourceLocation)
    let body = try? response.json()
    #expect(body?["status"]?.int64Value == Int64(status), "\(response)", sourceLocation: sourceLocation)
    #expect(body?["title"]?.stringValue?.isEmpty == false, "\(response)", sourceLocation: sourceLocation)
    #expect(body?["detail"]?.stringValue?.isEmpty == false, "\(response)", sourceLocation: sourceLocation)
    if let fields {
        let got = catalogueErrorFields(response)
        #expect(Set(got) == fields, "errors \(got), expected \(fields.sorted()): \(response)", sourceLocation: sourceLocation)
        let messages = (body?["errors"]?.arrayValue ?? []).compactMap { $0["message"]?.stringValue }
        #expect(messages.count == got.count && messages.allSatisfy { !$0.isEmpty }, sourceLocation: sourceLocation)
    }
}

extension JSONValue {
    /// The `items` of a list body, or [] (a missing list fails the caller's count checks).
    var catalogueItems: [JSONValue] { self["items"]?.arrayValue ?? [] }
}

extension TestResponse {
    /// The body's `items`, or [] when the body is not a list.
    var catalogueItems: [JSONValue] { ((try? json()) ?? .null).catalogueItems }
}

/// Values of the demo data (migrations/demo/demo.sql) that the suites rely on.
enum CatalogueDemo {
    static let activityCount = 43
    static let breicafeID: Int64 = 36
    static let municipalityCount = 12
    static let locationCount = 25
    static let middenDrentheLocations = 17
    /// The first year without demo prices, and so still open for price changes.
    static let openYear: Int64 = 2027
}
