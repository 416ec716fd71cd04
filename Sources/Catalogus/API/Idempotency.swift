import Foundation
import HTTPParser
import HTTPServer
import JSON
import SQLite

/// `Idempotency-Key` on creating POSTs (API.md): the same key with the same body within
/// 24 hours returns the first response again and creates nothing; another body → 422.
/// The record is written in the same transaction as the creation itself, so a retry
/// after a crash either finds both or neither. The 24 hours are measured by the monotonic
/// clock for the records this process wrote (`IdempotencyAges`), so that a wall clock
/// stepped forward does not expire them early.
enum Idempotency {
    static let lifetimeSeconds: Double = 24 * 3600

    /// Runs `create` inside one write transaction, guarded by the request's key if it has one.
    static func perform(_ request: HTTPRequest, _ context: AppContext, body: JSONValue, size: DatabaseWriter.WriteSize = .small,
                        create: (Connection) throws -> HTTPResponse) throws -> HTTPResponse {
        guard let key = request.headers["Idempotency-Key"] else {
            return try context.services.writer.write(size) { db in try create(db) }
        }
        guard !key.isEmpty, key.utf8.count <= 255 else {
            throw AppError.validation([.init(field: "Idempotency-Key", Message(.idempotencyBadKey, ["max": 255]))])
        }
        guard let principal = context.principal else {
            throw AppError.unauthorized(.init(.idempotencyNeedsIdentity))
        }
        // Per token, or per person for a session (the same person retrying from another tab counts too).
        let tokenID = principal.tokenID, userID = principal.userID
        let path = String(request.path)
        let ages = context.services.idempotencyAges
        return try context.services.writer.write(size) { db in
            if let row = try db.queryRow("""
                SELECT method, path, request_json, status, response_headers, response_body, created_at
                FROM idempotency_key WHERE token_id IS ? AND user_id IS ? AND key = ?
                """, tokenID, userID, key) {
                let createdAt: String = try row.column(6)
                let stored = IdempotencyAges.Record(tokenID: tokenID, userID: userID, key: key, createdAt: createdAt)
                let expired = ages.isExpired(stored, lifetime: lifetimeSeconds)
                if !expired {
                    let storedBody = try JSONParser.parse(try row.column(2, as: String.self))
                    guard try row.column(0, as: String.self) == request.method, try row.column(1, as: String.self) == path,
                          storedBody == body else {
                        throw AppError.validation([.init(field: "Idempotency-Key", Message(.idempotencyOtherRequest))])
                    }
                    guard let status: Int64 = try row.column(3) else {
                        throw AppError.conflict(.init(.idempotencyInProgress))
                    }
                    return try replay(status: Int(status), headers: try row.column(4), body: try row.column(5))
                }
                try db.run("DELETE FROM idempotency_key WHERE token_id IS ? AND user_id IS ? AND key = ?", tokenID, userID, key)
                ages.forget(stored)
            }
            let response = try create(db)
            if (200..<300).contains(response.status) {
                let createdAt = Timestamp.now()
                try db.run("""
                    INSERT INTO idempotency_key (token_id, user_id, key, method, path, request_json, status, response_headers,
                                                 response_body, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, tokenID, userID, key, request.method, path, String(decoding: body.serialized, as: UTF8.self),
                    response.status, encodeHeaders(response.headers), response.body, createdAt)
                ages.remember(.init(tokenID: tokenID, userID: userID, key: key, createdAt: createdAt), lifetime: lifetimeSeconds)
            }
            return response
        }
    }

    private static let replayedHeaders: Set<String> = ["content-type", "location", "etag"]

    private static func encodeHeaders(_ headers: HTTPHeaders) -> String {
        var object = JSONObject()
        for (name, value) in headers where replayedHeaders.contains(name.lowercased()) { object[name] = .string(value) }
        return String(decoding: JSONValue.object(object).serialized, as: UTF8.self)
    }

    private static func replay(status: Int, headers: String?, body: [UInt8]?) throws -> HTTPResponse {
        var response = HTTPResponse(status: status, body: body ?? [])
        if let headers, let object = try JSONParser.parse(headers).objectValue {
            for (name, value) in object { if let text = value.stringValue { response.headers.set(name: name, value: text) } }
        }
        response.headers.set(name: "Idempotent-Replayed", value: "true")
        return response
    }
}
