import JSON

/// One field's error: which field (`lines[0].quantity`), and the message about it. The
/// HTTP layer sends it as a member of a problem's `errors` (`AppError+Problem.swift`).
public struct FieldError: Sendable, Equatable {
    public let field: String
    public let message: Message

    public init(field: String, _ message: Message) {
        self.field = field
        self.message = message
    }

    public var code: String { message.code.rawValue }
    public var detail: String { message.detail }
    public var params: JSONObject { message.params }
}
