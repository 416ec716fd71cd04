import CatalogusDomain
import Foundation
import HTTPServer
import JSON

/// Reads a request's JSON body: 415 when it is not JSON, 400 when it does not parse,
/// 422 when the top level is not what the endpoint takes.
package enum RequestBody {
    package static func value(_ request: HTTPRequest) throws -> JSONValue {
        guard let type = request.headers["Content-Type"]?.lowercased() else {
            throw AppError.unsupportedMediaType(.init(.requestJSONExpected))
        }
        let mediaType = type.split(separator: ";").first.map { String($0.trimmingWhitespace()) } ?? ""
        guard mediaType == "application/json" || (mediaType.hasPrefix("application/") && mediaType.hasSuffix("+json")) else {
            throw AppError.unsupportedMediaType(.init(.requestJSONExpected, ["given": .string(String(mediaType))]))
        }
        guard !request.body.isEmpty else { throw AppError.malformed(.init(.requestBodyMissing)) }
        return try JSONParser.parse(request.body)
    }

    package static func object(_ request: HTTPRequest) throws -> JSONObject {
        guard let object = try value(request).objectValue else {
            throw AppError.validation([.init(field: "(body)", Message(.requestBodyNotObject))])
        }
        return object
    }
}

