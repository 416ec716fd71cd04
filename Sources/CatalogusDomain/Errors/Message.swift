import JSON

/// What went wrong, said once: a stable code for programs and the facts it needs
/// (`params`, data as JSON: ids, years, amounts in cents). The Dutch sentence a person
/// reads is rendered from `DutchMessages`, never written at the place of the error.
public struct Message: Sendable, Equatable {
    public let code: MessageCode
    public let params: JSONObject

    public init(_ code: MessageCode, _ params: KeyValuePairs<String, JSONValue> = [:]) {
        self.init(code, JSONObject(params.map { (key: $0.key, value: $0.value) }))
    }

    public init(_ code: MessageCode, _ params: JSONObject) {
        self.code = code
        self.params = JSONObject(params.map { (key: $0.key, value: Self.echoed($0.value)) })
    }

    /// A value a client sent comes back in `params` and again in `detail`; cut, an error
    /// stays small whatever was sent (a 200 KB value once made a 400 KB error).
    package static let maxEchoedCharacters = 100
    package static let maxEchoedItems = 20

    private static func echoed(_ value: JSONValue) -> JSONValue {
        switch value {
        case .string(let text) where text.utf8.count > maxEchoedCharacters:
            // `prefix` stops counting Characters after the first 100: linear in what is kept.
            text.prefix(maxEchoedCharacters).endIndex == text.endIndex ? value : .string(String(text.prefix(maxEchoedCharacters)) + "…")
        case .array(let items):
            .array(items.prefix(maxEchoedItems).map(echoed))
        case .object(let object):
            .object(JSONObject(object.prefix(maxEchoedItems).map { (key: $0.key, value: echoed($0.value)) }))
        default:
            value
        }
    }

    /// The Dutch sentence for a person.
    public var detail: String { DutchMessages.render(self) }
}
