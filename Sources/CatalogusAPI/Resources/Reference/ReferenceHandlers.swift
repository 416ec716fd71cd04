import CatalogusDomain
import CatalogusStorage
import HTTPParser
import HTTPServer
import JSON

/// Programmes, municipalities (with inhabitants) and locations: HTTP only.
package enum ReferenceHandlers {
    @Sendable package static func programmes(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        var query = QueryDecoder(request)
        let page = query.page()
        try query.finish()
        return ListRendering.json(request, try ProgrammeRepository.list(page: page, in: context.reader))
    }

    @Sendable package static func municipalities(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        var query = QueryDecoder(request)
        let page = query.page()
        let since = query.timestamp()
        try query.finish()
        let db = context.reader
        let municipalities = try MunicipalityRepository.list(modifiedSince: since, page: page, in: db)
        return ListRendering.json(request, try municipalities.map { try MunicipalityRepository.detail(of: $0, in: db) })
    }

    @Sendable package static func municipality(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let detail = try MunicipalityRepository.detail(context.pathText("slug"), in: context.reader)
        return Representation.resource(request, detail, version: detail.version)
    }

    @Sendable package static func putMunicipality(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let slug = context.pathText("slug")
        let input = try MunicipalityInput.decode(try RequestBody.object(request), slug: slug)
        let stored = try context.referenceService(request).putMunicipality(input)
        return Representation.resource(request, stored.value, version: stored.value.version, status: stored.created ? 201 : 200,
                                       location: stored.created ? "/api/v1/municipalities/\(slug)" : nil)
    }

    @Sendable package static func putInhabitants(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let year = try context.pathYear()
        let input = try InhabitantsInput.decode(try RequestBody.object(request), year: year)
        let stored = try context.referenceService(request).putInhabitants(input, of: context.pathText("slug"), year: year)
        return Representation.plain(stored.value, status: stored.created ? 201 : 200)
    }

    @Sendable package static func locations(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        var query = QueryDecoder(request)
        let page = query.page()
        var filter = LocationRepository.Filter()
        if let slug = query.municipality() {
            if try !MunicipalityRepository.exists(slug, in: context.reader) { query.fail("municipality", .municipalityUnknown, ["slug": .string(slug)]) }
            filter.municipality = slug
        }
        filter.kind = query.oneOf("kind", Vocabulary.locationKinds)
        filter.modifiedSince = query.timestamp()
        try query.finish()
        return ListRendering.json(request, try LocationRepository.list(filter, page: page, in: context.reader))
    }

    @Sendable package static func location(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let id = context.pathText("id")
        guard let number = Int64(id), let location = try LocationRepository.find(number, in: context.reader) else {
            throw AppError.notFound(.init(.locationUnknown, ["id": .string(id)]))
        }
        return Representation.resource(request, location, version: location.version)
    }

    @Sendable package static func createLocation(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let body = try RequestBody.object(request)
        let service = context.referenceService(request)
        return try Idempotency.perform(request, context, body: .object(body)) { db in
            let location = try service.createLocation(body, in: db)
            return Representation.resource(request, location, version: location.version, status: 201,
                                           location: "/api/v1/locations/\(location.id)")
        }
    }
}
