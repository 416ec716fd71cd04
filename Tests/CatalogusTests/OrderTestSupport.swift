import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import JSON
import Testing

/// Tokens of every role the order tests act with, on one running app. The names are
/// what an order's `history[].by` and the audit log's `by` must show.
struct OrderTestActors {
    static let adminName = "Biblionet beheer"
    static let municipalityName = "Gemeente Midden-Drenthe inkoop"
    static let otherMunicipalityName = "Gemeente Assen inkoop"
    static let staffName = "Biblionet medewerker"
    static let viewerName = "Dashboard"

    let admin: String
    /// A `municipality` token of midden-drenthe, the demo data's municipality.
    let municipality: String
    /// A `municipality` token of assen.
    let otherMunicipality: String
    let staff: String
    let viewer: String

    init(_ app: RunningApp) throws {
        admin = try app.createToken(role: .admin, name: Self.adminName).token
        municipality = try app.createToken(role: .municipality, municipality: "midden-drenthe", name: Self.municipalityName).token
        otherMunicipality = try app.createToken(role: .municipality, municipality: "assen", name: Self.otherMunicipalityName).token
        staff = try app.createToken(role: .staff, name: Self.staffName).token
        viewer = try app.createToken(role: .viewer, name: Self.viewerName).token
    }
}

/// The demo app without a rate limit: these tests send hundreds of requests per token.
func withOrderTestApp<T>(_ body: (RunningApp) throws -> T) throws -> T {
    try withDemoApp(configure: { $0.rateLimitPerSecond = 0 }, body)
}

/// `[{activity, quantity}]` as an order body wants it; `activity` an id or a code.
func orderTestLines(_ lines: [(activity: JSONValue, quantity: Int64)]) -> JSONValue {
    .array(lines.map { ["activity": $0.activity, "quantity": .integer($0.quantity)] })
}

/// VAT of one line as docs/api.md#conventions defines it, computed here independently of the product:
/// net × rate / 100, rounded half away from zero to the cent.
func orderTestVAT(net: Int64, rate: Int64) -> Int64 {
    let scaled = net * rate
    let magnitude = (abs(scaled) + 50) / 100
    return scaled < 0 ? -magnitude : magnitude
}

/// Parses RFC 4180 text (quoted fields, doubled quotes, CRLF or LF) into rows of fields.
func orderTestParseCSV(_ text: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var characters = Array(text.replacingOccurrences(of: "\u{FEFF}", with: ""))[...]
    while let c = characters.popFirst() {
        if quoted {
            if c == "\"" {
                if characters.first == "\"" { field.append("\""); characters.removeFirst() } else { quoted = false }
            } else {
                field.append(c)
            }
        } else if c == "\"" {
            quoted = true
        } else if c == "," {
            row.append(field); field = ""
        } else if c == "\n" || c == "\r\n" {
            row.append(field); field = ""
            rows.append(row); row = []
        } else if c != "\r" {
            field.append(c)
        }
    }
    if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
    return rows
}

extension HTTPTestClient {
    /// `POST /api/v1/orders`.
    func orderTestCreate(token: String?, municipality: String = "midden-drenthe", year: Int64 = 2026,
                         lines: [(activity: JSONValue, quantity: Int64)] = [(.integer(1), 2)],
                         reference: String? = nil, headers: [String] = []) throws -> TestResponse {
        var body: JSONValue = ["municipality": .string(municipality), "year": .integer(year), "lines": orderTestLines(lines)]
        if let reference, case .object(var object) = body {
            object["reference"] = .string(reference)
            body = .object(object)
        }
        return try request("POST", "/api/v1/orders", token: token, json: body, headers: headers)
    }

    /// Creates an order that must succeed, and returns its JSON.
    func orderTestCreated(token: String, municipality: String = "midden-drenthe", year: Int64 = 2026,
                          lines: [(activity: JSONValue, quantity: Int64)] = [(.integer(1), 2)],
                          sourceLocation: SourceLocation = #_sourceLocation) throws -> JSONValue {
        let response = try orderTestCreate(token: token, municipality: municipality, year: year, lines: lines)
        try #require(response.status == 201, "\(response)", sourceLocation: sourceLocation)
        return try response.json()
    }

    /// `GET /api/v1/orders/{id}` that must succeed.
    func orderTestRead(_ id: Int64, token: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> JSONValue {
        let response = try request("GET", "/api/v1/orders/\(id)", token: token)
        try #require(response.status == 200, "\(response)", sourceLocation: sourceLocation)
        return try response.json()
    }

    /// `POST /api/v1/orders/{id}/<action>` with `If-Match: "<version>"` (none when nil).
    func orderTestAct(_ action: String, _ id: Int64, token: String?, version: Int64?, body: JSONValue? = nil) throws -> TestResponse {
        let headers = version.map { ["If-Match: \"\($0)\""] } ?? []
        return try request("POST", "/api/v1/orders/\(id)/\(action)", token: token, json: body, headers: headers)
    }

    /// Takes the order through `actions` as `token`, each of which must succeed; returns the last JSON.
    @discardableResult
    func orderTestDrive(_ order: JSONValue, through actions: [String], token: String, reason: String? = nil,
                        sourceLocation: SourceLocation = #_sourceLocation) throws -> JSONValue {
        var current = order
        let id = try #require(current["id"]?.int64Value, sourceLocation: sourceLocation)
        for action in actions {
            let body: JSONValue? = action == "cancel" ? ["reason": .string(reason ?? "test")] : nil
            let response = try orderTestAct(action, id, token: token, version: current["version"]?.int64Value, body: body)
            try #require(response.status == 200, "\(action): \(response)", sourceLocation: sourceLocation)
            current = try response.json()
        }
        return current
    }

    /// Every item of a list, following `next_cursor` until it is null.
    func orderTestListAll(_ path: String, token: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [JSONValue] {
        try listAllItems(path, sourceLocation: sourceLocation) { try request("GET", $0, token: token) }
    }
}

extension JSONValue {
    /// The statuses of an order's `history`, oldest first.
    var orderTestHistoryStatuses: [String] { (self["history"]?.arrayValue ?? []).compactMap { $0["status"]?.stringValue } }
    /// The `by` of an order's `history`, oldest first.
    var orderTestHistoryBy: [String] { (self["history"]?.arrayValue ?? []).compactMap { $0["by"]?.stringValue } }
    /// The lines of an order.
    var orderTestLines: [JSONValue] { self["lines"]?.arrayValue ?? [] }
}

/// `PUT /api/v1/activities/{id}/prices/{year}` as `token`; returns the status.
func orderTestSetPrice(_ client: HTTPTestClient, _ token: String, activity: Int64, year: Int64, cents: Int64, vat: Int64) throws -> Int {
    try client.request("PUT", "/api/v1/activities/\(activity)/prices/\(year)", token: token,
                       json: ["unit_price_cents": .integer(cents), "vat_rate": .integer(vat)]).status
}

/// `PUT /api/v1/municipalities/midden-drenthe/inhabitants/{year}`; returns the status.
func orderTestSetInhabitants(_ client: HTTPTestClient, _ token: String, year: Int64, count: Int64) throws -> Int {
    try client.request("PUT", "/api/v1/municipalities/midden-drenthe/inhabitants/\(year)", token: token,
                       json: ["count": .integer(count)]).status
}
