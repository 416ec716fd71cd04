/// What the router needs of an application's per-request context.
public protocol RequestContext: SendableMetatype {
    /// Path parameters of the matched route, percent-decoded.
    var parameters: PathParameters { get set }
    /// The matched route's pattern (`/api/v1/activities/{id}`), nil when none matched;
    /// metrics label requests by it so that ids do not explode the label set.
    var route: String? { get set }
}

public struct PathParameters: Sendable {
    private var values: [(name: String, value: String)] = []

    public init() {}

    public subscript(name: String) -> String? { values.first(where: { $0.name == name })?.value }

    mutating func append(name: String, value: String) { values.append((name, value)) }
}

/// A route's handler: one method with a written contract — given the request and its
/// context, return the response or throw an error that the error middleware maps.
public typealias RouteHandler<Context> = @Sendable (HTTPRequest, Context) throws -> HTTPResponse

/// A step around every request (request id, logging, authentication, …).
public protocol Middleware<Context>: Sendable {
    associatedtype Context
    func handle(_ request: HTTPRequest, context: Context,
                next: (HTTPRequest, Context) throws -> HTTPResponse) throws -> HTTPResponse
}
