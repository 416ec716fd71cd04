import Foundation
import JSON
import Testing

/// A priced line's `[net_cents, vat_cents, gross_cents]`.
func catalogueLineAmounts(_ line: JSONValue?) -> [Int64?] {
    [line?["net_cents"]?.int64Value, line?["vat_cents"]?.int64Value, line?["gross_cents"]?.int64Value]
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
    #expect(body?["code"]?.stringValue?.contains(".") == true, "a problem without a code: \(response)", sourceLocation: sourceLocation)
    if let fields {
        let got = catalogueErrorFields(response)
        #expect(Set(got) == fields, "errors \(got), expected \(fields.sorted()): \(response)", sourceLocation: sourceLocation)
        let errors = body?["errors"]?.arrayValue ?? []
        let described = errors.filter { $0["detail"]?.stringValue?.isEmpty == false && $0["code"]?.stringValue?.contains(".") == true }
        #expect(described.count == got.count, "every field error has a code and a detail: \(response)", sourceLocation: sourceLocation)
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
