import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import HTTPServer
import SQLite
import Testing

/// `ErrorMapping`, the one place errors become HTTP, fed real SQLite errors.
@Suite struct ErrorMappingTests {
    static let schema = """
        CREATE TABLE secret_parent (id INTEGER PRIMARY KEY);
        CREATE TABLE secret_child (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            parent INTEGER REFERENCES secret_parent (id),
            quantity INTEGER CHECK (quantity > 0)
        ) STRICT;
        INSERT INTO secret_parent (id) VALUES (1);
        INSERT INTO secret_child (id, code, parent, quantity) VALUES (1, 'taken', 1, 5);
        """

    /// The SQLiteError that `sql` really raises on a database with `schema`.
    static func sqliteError(from sql: String) throws -> SQLiteError {
        try withTemporaryDirectory { directory in
            let db = try Connection(path: directory + "/errors.sqlite")
            defer { db.close() }
            try db.execute(schema)
            do {
                try db.execute(sql)
            } catch let error as SQLiteError {
                return error
            }
            throw RepositoryLayout.LayoutError(message: "expected \(sql) to fail")
        }
    }

    static func map(_ error: any Error) -> (problem: Problem, response: HTTPResponse) {
        var request = HTTPRequest(method: "POST", target: "/v1/things")
        request.id = "req-test-42"
        let problem = ErrorMapping(log: LogSink(enabled: false)).problem(for: error, request: request)
        return (problem, problem.response)
    }

    static func expectNoInternals(_ response: HTTPResponse, sourceLocation: SourceLocation = #_sourceLocation) {
        let body = String(decoding: response.body, as: UTF8.self)
        for leak in ["secret_", "INSERT", "SELECT", "UPDATE", "constraint", "SQLite"] {
            #expect(!body.contains(leak), "\(leak) leaked into \(body)", sourceLocation: sourceLocation)
        }
        #expect(response.headers["Content-Type"]?.hasPrefix("application/problem+json") == true, sourceLocation: sourceLocation)
    }

    @Test(arguments: [
        "INSERT INTO secret_child (code) VALUES ('taken')",
        "INSERT INTO secret_child (id, code) VALUES (1, 'other')",
    ])
    func uniqueViolationIsConflict(sql: String) throws {
        let error = try Self.sqliteError(from: sql)
        #expect(error.isUniqueViolation)
        let (problem, response) = Self.map(error)
        #expect(problem.status == 409)
        #expect(problem.code == "resource.exists")
        #expect(response.status == 409)
        Self.expectNoInternals(response)
    }

    @Test(arguments: [
        "INSERT INTO secret_child (code, parent) VALUES ('orphan', 99)",
        "INSERT INTO secret_child (code, quantity) VALUES ('none', 0)",
        "INSERT INTO secret_child (code, quantity) VALUES (NULL, 1)",
        "INSERT INTO secret_child (code, quantity) VALUES ('typed', 'many')",
    ])
    func foreignKeyAndCheckViolationsAreUnprocessable(sql: String) throws {
        let error = try Self.sqliteError(from: sql)
        let (problem, response) = Self.map(error)
        #expect(problem.status == 422, "\(error)")
        Self.expectNoInternals(response)
    }

    @Test func busyDatabaseIsUnavailableWithRetryAfter() throws {
        let error: SQLiteError = try withTemporaryDirectory { directory in
            let path = directory + "/busy.sqlite"
            let holder = try Connection(path: path)
            defer { holder.close() }
            try holder.execute("CREATE TABLE t (x INTEGER)")
            try holder.execute("BEGIN IMMEDIATE")
            defer { try? holder.execute("ROLLBACK") }
            let other = try Connection(path: path, options: .init(busyTimeoutMilliseconds: 0))
            defer { other.close() }
            do {
                try other.execute("BEGIN IMMEDIATE")
            } catch let error as SQLiteError {
                return error
            }
            throw RepositoryLayout.LayoutError(message: "the second writer was not refused")
        }
        #expect(error.isBusy)
        let (problem, response) = Self.map(error)
        #expect(problem.status == 503)
        let retryAfter = try #require(response.headers["Retry-After"].flatMap { Int($0) })
        #expect(retryAfter >= 1)
        Self.expectNoInternals(response)
    }

    @Test(arguments: [
        "SELECT secret_column FROM secret_missing_table",
        "SELEKT * FROM secret_child",
    ])
    func unknownDatabaseErrorIs500WithoutSQL(sql: String) throws {
        let error = try Self.sqliteError(from: sql)
        let (problem, response) = Self.map(error)
        #expect(problem.status == 500)
        Self.expectNoInternals(response)
        let body = String(decoding: response.body, as: UTF8.self)
        #expect(!body.contains("SELEKT") && !body.contains("secret_column"))
        #expect(body.contains("req-test-42"), "the request id lets an operator find the logged error")
        #expect(problem.code == "server.internal")
    }

    struct InternalFailure: Error, CustomStringConvertible {
        var description: String { "could not open /var/lib/secret_store: permission denied" }
    }

    @Test func anyOtherErrorIs500WithoutItsDescription() {
        let (problem, response) = Self.map(InternalFailure())
        #expect(problem.status == 500)
        Self.expectNoInternals(response)
        #expect(!String(decoding: response.body, as: UTF8.self).contains("/var/lib"))
    }

    @Test func appErrorsKeepTheirStatusAndHeaders() {
        let (unauthorized, response) = Self.map(AppError.unauthorized(Message(.authTokenUnknown)))
        #expect(unauthorized.status == 401)
        #expect(unauthorized.code == "auth.token_unknown" && unauthorized.detail == "Dit token is onbekend of ingetrokken.")
        #expect(response.headers["WWW-Authenticate"]?.hasPrefix("Bearer") == true)
        let (limited, limitedResponse) = Self.map(AppError.tooManyRequests(retryAfterSeconds: 7))
        #expect(limited.status == 429)
        #expect(limitedResponse.headers["Retry-After"] == "7")
        #expect(limited.code == "auth.too_many_requests" && limited.detail.contains("over 7 seconden"))
    }

    /// The router's own 404 (no route) reaches a person in Dutch, with the server layer's code.
    @Test func theServerLayersProblemsAreWordedInDutch() {
        let (problem, response) = Self.map(Problem.server(status: 404, reason: "No resource lives at this path."))
        #expect(problem.status == 404 && problem.code == "http.not_found")
        #expect(problem.detail == "Op dit adres staat niets.")
        #expect(String(decoding: response.body, as: UTF8.self).contains("\"code\":\"http.not_found\""))
    }
}
