import CatalogusStorage
import HTTPParser
import HTTPServer

/// `GET /api/v1/audit?entity=&id=` (admin): who changed what, newest first.
package enum AuditHandlers {
    @Sendable package static func list(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        var query = QueryDecoder(request)
        let page = query.page()
        let entity = query.oneOf("entity", AuditLog.entities)
        try query.finish()
        let entries = try AuditRepository.list(entity: entity, entityID: query["id"], page: page, in: context.reader)
        return ListRendering.json(request, entries)
    }
}
