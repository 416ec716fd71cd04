import CatalogusStorage
import HTTPServer

extension RegistrationBulkInput {
    /// The rows of a bulk import's body: CSV when it says `text/csv`, else JSON (415 for another type).
    package static func decode(_ request: HTTPRequest) throws -> RegistrationBulkInput {
        if request.headers["Content-Type"]?.lowercased().hasPrefix("text/csv") == true { return try decode(csv: request.body) }
        return try decode(json: try RequestBody.value(request))
    }
}
