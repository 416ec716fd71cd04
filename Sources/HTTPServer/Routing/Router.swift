import HTTPParser

/// Collects routes and middleware while the application starts; `build()` freezes them.
public struct RouterBuilder<Context: RequestContext> {
    private var trie = RouteTrieBuilder<Context>()
    private var middleware: [any Middleware<Context>] = []
    private var inlineRoutes: [Substring: Set<String>] = [:]

    public init() {}

    /// Middleware run in the order added, outermost first, for every request —
    /// matched or not — so that 404s are logged, counted and carry CORS headers too.
    public mutating func use(_ step: any Middleware<Context>) { middleware.append(step) }

    /// `inline: true` declares the handler (and the middleware around it) cheap and never
    /// waiting, so the server may answer it on the event loop itself; only literal paths.
    public mutating func on(_ method: String, _ pattern: String, inline: Bool = false,
                            _ handler: @escaping RouteHandler<Context>) {
        trie.add(method: method, pattern: pattern, handler: handler)
        if inline {
            precondition(!pattern.contains("{"), "inline routes have literal paths: \(pattern)")
            inlineRoutes[pattern[...], default: []].insert(method)
        }
    }

    public mutating func get(_ pattern: String, inline: Bool = false, _ handler: @escaping RouteHandler<Context>) {
        on("GET", pattern, inline: inline, handler)
    }
    public mutating func post(_ pattern: String, _ handler: @escaping RouteHandler<Context>) { on("POST", pattern, handler) }
    public mutating func put(_ pattern: String, _ handler: @escaping RouteHandler<Context>) { on("PUT", pattern, handler) }
    public mutating func patch(_ pattern: String, _ handler: @escaping RouteHandler<Context>) { on("PATCH", pattern, handler) }
    public mutating func delete(_ pattern: String, _ handler: @escaping RouteHandler<Context>) { on("DELETE", pattern, handler) }

    public func build() -> Router<Context> {
        Router(trie: trie.freeze(), chain: Router.compose(middleware), inlineRoutes: inlineRoutes)
    }
}

/// The frozen route table and middleware chain.
public struct Router<Context: RequestContext>: Sendable {
    /// The middleware around an endpoint, outermost first.
    typealias Chain = @Sendable (HTTPRequest, Context, RouteHandler<Context>) throws -> HTTPResponse

    let trie: RouteTrie<Context>
    let chain: Chain
    /// Literal path → methods declared inline.
    let inlineRoutes: [Substring: Set<String>]

    /// Whether the request goes to a route declared `inline` (HEAD follows GET).
    public func runsInline(_ request: HTTPRequest) -> Bool {
        guard !inlineRoutes.isEmpty, let methods = inlineRoutes[request.path] else { return false }
        return methods.contains(request.method) || (request.method == "HEAD" && methods.contains("GET"))
    }

    /// Never throws: an error that no middleware rendered becomes a 500 without internals.
    public func respond(to request: HTTPRequest, context: Context) -> HTTPResponse {
        var context = context
        let endpoint: RouteHandler<Context>
        if let match = trie.match(request.path) {
            context.parameters = match.parameters
            context.route = match.node.pattern
            endpoint = Self.endpoint(for: request.method, at: match.node)
        } else if request.target == "*" {
            // RFC 9110 §9.3.7: OPTIONS * asks about the server as a whole.
            endpoint = { _, _ in HTTPResponse(status: 204, headers: ["Allow": "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS"]) }
        } else {
            endpoint = { _, _ in throw Problem.server(status: 404, reason: "No resource lives at this path.") }
        }
        do {
            return try chain(request, context, endpoint)
        } catch let error as any HTTPResponseConvertible {
            return error.problem.response
        } catch {
            return Problem.server(status: 500, reason: "The server could not complete the request.").response
        }
    }

    /// Nests the middleware once, when the router is built: each step's concrete type is
    /// opened here, not at every request (opening `any Middleware<Context>` per call and
    /// per request looked its metadata up each time, which showed in profiles).
    static func compose(_ middleware: [any Middleware<Context>]) -> Chain {
        var chain: Chain = { request, context, endpoint in try endpoint(request, context) }
        for step in middleware.reversed() { chain = wrap(step, around: chain) }
        return chain
    }

    private static func wrap<Step: Middleware<Context>>(_ step: Step, around inner: @escaping Chain) -> Chain {
        { request, context, endpoint in
            try step.handle(request, context: context) { request, context in try inner(request, context, endpoint) }
        }
    }

    /// RFC 9110 §9.3.2: HEAD is GET without content; §9.3.7: OPTIONS reports `Allow`;
    /// §15.5.6: another method gets 405 with `Allow`.
    private static func endpoint(for method: String, at node: RouteTrie<Context>.Node) -> RouteHandler<Context> {
        if let handler = node.handlers[method] { return handler }
        if method == "HEAD", let get = node.handlers["GET"] { return get }
        let allow = allowedMethods(node).joined(separator: ", ")
        if method == "OPTIONS" {
            return { _, _ in HTTPResponse(status: 204, headers: ["Allow": allow]) }
        }
        return { request, _ in
            throw Problem.server(status: 405, reason: "\(request.method) is not allowed here; allowed: \(allow).", headers: ["Allow": allow])
        }
    }

    static func allowedMethods(_ node: RouteTrie<Context>.Node) -> [String] {
        var methods = Set(node.handlers.keys)
        if methods.contains("GET") { methods.insert("HEAD") }
        methods.insert("OPTIONS")
        let order = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "QUERY", "OPTIONS"]
        return order.filter(methods.contains) + methods.subtracting(order).sorted()
    }

    /// The methods allowed at `path`, for CORS preflight answers; nil when no route matches.
    public func allowedMethods(at path: Substring) -> [String]? {
        trie.match(path).map { Self.allowedMethods($0.node) }
    }
}
