import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import Foundation
import HTTPParser
import HTTPServer
import JSON
import SQLite

/// `Idempotency-Key` on creating POSTs (docs/api.md#idempotency): the same key with the same body within
/// 24 hours returns the first response again and creates nothing; another body → 422.
/// The record is written in the same transaction as the creation itself, so a retry
/// after a crash either finds both or neither. The 24 hours are measured by the monotonic
/// clock for the records this process wrote (`IdempotencyAges`), so that a wall clock
/// stepped forward does not expire them early.
package enum Idempotency {
    package static let lifetimeSeconds: Double = 24 * 3600

    /// Runs `create` inside one write transaction, guarded by the request's key if it has one.
    package static func perform(_ request: HTTPRequest, _ context: AppContext, body: JSONValue, size: DatabaseWriter.WriteSize = .small,
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
        let owner = IdempotencyRepository.Owner(tokenID: tokenID, userID: userID)
        return try context.services.writer.write(size) { db in
            if let found = try IdempotencyRepository.find(key, of: owner, in: db) {
                let stored = IdempotencyAges.Record(tokenID: tokenID, userID: userID, key: key, createdAt: found.createdAt)
                let expired = ages.isExpired(stored, lifetime: lifetimeSeconds)
                if !expired {
                    let storedBody = try JSONParser.parse(found.requestJSON)
                    guard found.method == request.method, found.path == path, storedBody == body else {
                        throw AppError.validation([.init(field: "Idempotency-Key", Message(.idempotencyOtherRequest))])
                    }
                    guard let status = found.status else {
                        throw AppError.conflict(.init(.idempotencyInProgress))
                    }
                    return try replay(status: Int(status), headers: found.responseHeaders, body: found.responseBody)
                }
                try IdempotencyRepository.delete(key, of: owner, in: db)
                ages.forget(stored)
            }
            let response = try create(db)
            if (200..<300).contains(response.status) {
                let createdAt = Timestamp.now()
                try IdempotencyRepository.insert(key, of: owner, .init(
                    method: request.method, path: path, requestJSON: String(decoding: body.serialized, as: UTF8.self),
                    status: Int64(response.status), responseHeaders: encodeHeaders(response.headers), responseBody: response.body,
                    createdAt: createdAt), in: db)
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
