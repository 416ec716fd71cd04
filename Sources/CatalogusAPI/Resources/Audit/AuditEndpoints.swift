import CatalogusStorage
import HTTPServer
import JSON

/// `/api/v1/audit`.
package enum AuditEndpoints {
    package typealias Doc = OpenAPIDocument

    package static let all: [Endpoint] = [
        Endpoint(.get, "/api/v1/audit", id: "listAudit", tag: .administration, summary: "The audit log, newest first.",
                 access: .permission(.auditRead),
                 parameters: [
                     .query("entity", Doc.enumeration(AuditLog.entities), "Only changes of this kind of resource, e.g. `activity`."),
                     .query("id", ["type": "string"], "Only changes of the resource with this id."),
                 ] + Parameter.paging + [.ifNoneMatch],
                 responses: [
                     ("200", Doc.json("A page of audit entries.", Doc.list(of: Doc.schemaRef("AuditEntry")), headers: ["ETag"])),
                     ("304", Doc.responseRef("NotModified")),
                     ("422", Doc.responseRef("Invalid")),
                 ], handler: AuditHandlers.list),
    ]
}
