import HTTPParser
import Testing
@testable import HTTPServer

/// The router without a socket: which route a path reaches, and that the middleware
/// chain, nested once when the router is built, runs in the order it was declared.
@Suite("Router")
struct RouterTests {
    /// Appends its name to a response header on the way out, and to a request header on the way in.
    struct Marking: Middleware {
        let name: String
        func handle(_ request: HTTPRequest, context: TestContext,
                    next: (HTTPRequest, TestContext) throws -> HTTPResponse) throws -> HTTPResponse {
            var request = request
            request.headers.add(name: "X-In", value: name)
            var response = try next(request, context)
            response.headers.add(name: "X-Out", value: name)
            return response
        }
    }

    static func router() -> Router<TestContext> {
        var builder = RouterBuilder<TestContext>()
        builder.use(Marking(name: "outer"))
        builder.use(Marking(name: "inner"))
        builder.get("/items/special") { _, context in .text("literal " + (context.route ?? "")) }
        builder.get("/items/{id}") { _, context in .text("item " + (context.parameters["id"] ?? "") + " " + (context.route ?? "")) }
        builder.get("/") { _, _ in .text("root") }
        builder.get("/healthz", inline: true) { request, _ in .text(request.headers.values(for: "X-In").joined(separator: ",")) }
        builder.post("/healthz") { _, _ in .text("posted") }
        return builder.build()
    }

    func answer(_ router: Router<TestContext>, _ method: String, _ target: String) -> (status: Int, text: String) {
        let response = router.respond(to: HTTPRequest(method: method, target: target), context: TestContext())
        return (response.status, String(decoding: response.body, as: UTF8.self))
    }

    @Test func aLiteralPathWinsOverTheParameterBesideItAndOtherSegmentsReachTheParameter() {
        let router = Self.router()
        #expect(answer(router, "GET", "/items/special").text == "literal /items/special")
        #expect(answer(router, "GET", "/items/special?x=1").text == "literal /items/special")
        #expect(answer(router, "GET", "/items/7").text == "item 7 /items/{id}")
        #expect(answer(router, "GET", "/items/sp%65cial").text == "item special /items/{id}")
        #expect(answer(router, "GET", "/").text == "root")
    }

    @Test func literalPathsCompareEncodedAndWhole() {
        let router = Self.router()
        #expect(answer(router, "GET", "/healt%68z").status == 404)
        #expect(answer(router, "GET", "/healthz/").status == 404)
        #expect(answer(router, "GET", "/items").status == 404)
        #expect(answer(router, "GET", "healthz").status == 404)
    }

    @Test func theLiteralLookupKeepsMethodRules() {
        let router = Self.router()
        #expect(answer(router, "POST", "/healthz").text == "posted")
        #expect(answer(router, "HEAD", "/healthz").status == 200)
        let refused = answer(router, "DELETE", "/healthz")
        #expect(refused.status == 405)
        #expect(refused.text.contains("\"code\":\"http.method_not_allowed\""), "\(refused.text)")
        #expect(answer(router, "GET", "/items").text.contains("\"code\":\"http.not_found\""))
        let options = router.respond(to: HTTPRequest(method: "OPTIONS", target: "/healthz"), context: TestContext())
        #expect(options.status == 204)
        #expect(options.headers["Allow"] == "GET, HEAD, POST, OPTIONS")
    }

    @Test func middlewareRunsOutermostFirstAroundEveryAnswer() {
        let router = Self.router()
        let response = router.respond(to: HTTPRequest(method: "GET", target: "/healthz"), context: TestContext())
        #expect(String(decoding: response.body, as: UTF8.self) == "outer,inner")
        #expect(response.headers.values(for: "X-Out") == ["inner", "outer"])
        // Answers made by the router itself pass through the chain too.
        let options = router.respond(to: HTTPRequest(method: "OPTIONS", target: "/items/7"), context: TestContext())
        #expect(options.status == 204)
        #expect(options.headers.values(for: "X-Out") == ["inner", "outer"])
    }

    @Test func inlineRoutesAreFoundByPathWhateverTheQuery() {
        let router = Self.router()
        #expect(router.runsInline(HTTPRequest(method: "GET", target: "/healthz")))
        #expect(router.runsInline(HTTPRequest(method: "HEAD", target: "/healthz?verbose=1")))
        #expect(!router.runsInline(HTTPRequest(method: "POST", target: "/healthz")))
        #expect(!router.runsInline(HTTPRequest(method: "GET", target: "/healthz/")))
        #expect(!router.runsInline(HTTPRequest(method: "GET", target: "/items/special")))
    }

    @Test func pathAndQuerySplitAtTheFirstQuestionMark() {
        let cases: [(target: String, path: Substring, query: Substring)] = [
            ("/a", "/a", ""), ("/a?", "/a", ""), ("/a?b=1?c", "/a", "b=1?c"), ("?x", "", "x"), ("/é?q=é", "/é", "q=é"),
        ]
        for (target, path, query) in cases {
            let request = HTTPRequest(method: "GET", target: target)
            #expect(request.path == path, "\(target)")
            #expect(request.queryString == query, "\(target)")
        }
        // The split follows a target changed after the request was made.
        var request = HTTPRequest(method: "GET", target: "/a?b")
        request.target = "/longer/path?x=1"
        #expect(request.path == "/longer/path")
        #expect(request.queryString == "x=1")
        request.target = "/plain"
        #expect(request.path == "/plain")
        #expect(request.queryString == "")
    }
}
