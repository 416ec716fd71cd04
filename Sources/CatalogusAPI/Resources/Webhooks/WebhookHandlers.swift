import CatalogusServices
import CatalogusStorage
import HTTPServer
import JSON

/// `/api/v1/webhooks` (admin): receivers of signed events, their secrets and deliveries.
package enum WebhookHandlers {
    private static func policy(_ context: AppContext) -> WebhookURLPolicy {
        context.services.configuration.webhooks.policy
    }

    @Sendable package static func list(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        var query = QueryDecoder(request)
        let page = query.page()
        try query.finish()
        return ListRendering.json(request, try WebhookRepository.list(page, in: context.reader))
    }

    @Sendable package static func get(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let hook = try WebhookService.require(context.parameters["id"], in: context.reader)
        return Representation.resource(request, hook, version: hook.version)
    }

    /// 201 with the secret, the only answer besides rotate-secret's that shows it.
    @Sendable package static func create(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let input = try WebhookInput.create(try RequestBody.object(request), policy: policy(context))
        let created = try WebhookService.create(input, actor: context.actor(for: request), writer: context.services.writer)
        return secretAnswer(request, created, status: 201)
    }

    @Sendable package static func update(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let change = try WebhookInput.change(try RequestBody.object(request), policy: policy(context))
        let hook = try WebhookService.update(context.parameters["id"], change, actor: context.actor(for: request),
                                             writer: context.services.writer) { try Conditional.requireMatch(request, current: $0) }
        return Representation.resource(request, hook, version: hook.version)
    }

    @Sendable package static func delete(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        try WebhookService.delete(context.parameters["id"], actor: context.actor(for: request),
                                  writer: context.services.writer) { try Conditional.requireMatch(request, current: $0) }
        return HTTPResponse(status: 204)
    }

    @Sendable package static func rotate(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let rotated = try WebhookService.rotate(context.parameters["id"], actor: context.actor(for: request), writer: context.services.writer)
        return secretAnswer(request, rotated, status: 200)
    }

    @Sendable package static func test(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        Representation.plain(try WebhookService.test(context.parameters["id"], writer: context.services.writer), status: 202)
    }

    @Sendable package static func deliveries(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        var query = QueryDecoder(request)
        let page = query.page()
        try query.finish()
        let hook = try WebhookService.require(context.parameters["id"], in: context.reader)
        return ListRendering.json(request, try WebhookRepository.deliveries(of: hook.id, page, in: context.reader))
    }

    @Sendable package static func retry(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        Representation.plain(try WebhookService.retry(context.parameters["id"], delivery: context.parameters["delivery"],
                                                      writer: context.services.writer), status: 202)
    }

    private static func secretAnswer(_ request: HTTPRequest, _ value: WebhookWithSecret, status: Int) -> HTTPResponse {
        var response = Representation.resource(request, value, version: value.webhook.version, status: status,
                                               location: status == 201 ? "/api/v1/webhooks/\(value.webhook.id)" : nil)
        response.headers.set(name: "Cache-Control", value: "no-store")
        return response
    }
}
