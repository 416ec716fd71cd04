import JSON

/// The problem responses, one per status, named in `components/responses`.
extension OpenAPIDocument {
    package static func problem(_ description: String, headers: [String] = []) -> JSONValue {
        response(description, content: [("application/problem+json", schemaRef("Problem"))], headers: headers)
    }

    package static let sharedResponses: [(String, JSONValue)] = [
        ("NotModified", response("The client's copy (If-None-Match) is current.", content: [], headers: ["ETag"])),
        ("Malformed", problem("Malformed: a request line, query or header that does not parse, or a body that is not valid JSON or is missing.")),
        ("Unauthorized", problem("A token is needed, or the one sent is unknown or revoked.", headers: ["WWW-Authenticate"])),
        ("Forbidden", problem("The token's role may not do this.")),
        ("NotFound", problem("No such resource.")),
        ("Conflict", problem("The request conflicts with the resource's state.")),
        ("PreconditionFailed", problem("If-Match does not name the current version.")),
        ("TooLarge", problem("The body is larger than the server accepts.")),
        ("UnsupportedMediaType", problem("The body is not sent as `application/json`.")),
        ("Invalid", problem("Well-formed but invalid: `errors` names every bad field or query parameter.")),
        ("PreconditionRequired", problem("Send If-Match with the ETag last read.")),
        ("Gone", problem("The one-time link is unknown, used or expired.")),
        ("TooManyRequests", problem("The token is over its request rate.", headers: ["Retry-After"])),
        ("Unavailable", problem("The server is overloaded, or the database is busy or not ready; retry after Retry-After seconds.",
                                 headers: ["Retry-After"])),
    ]
}
