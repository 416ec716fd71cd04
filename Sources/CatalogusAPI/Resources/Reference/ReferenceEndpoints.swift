import CatalogusDomain
import CatalogusStorage
import HTTPServer
import JSON

/// `/api/v1/programmes`, `/municipalities`, `/locations`.
package enum ReferenceEndpoints {
    package typealias Doc = OpenAPIDocument

    package static let slug = Parameter.municipalitySlug

    package static let all: [Endpoint] = [
        Endpoint(.get, "/api/v1/programmes", id: "listProgrammes", tag: .reference, summary: "The five programme areas.",
                 access: .anyone, parameters: Parameter.paging + [.ifNoneMatch],
                 responses: [
                     ("200", Doc.json("All programmes, in report order.", Doc.list(of: Doc.schemaRef("Programme")), headers: ["ETag"])),
                     ("304", Doc.responseRef("NotModified")),
                     ("422", Doc.responseRef("Invalid")),
                 ], cached: true, handler: ReferenceHandlers.programmes),
        Endpoint(.get, "/api/v1/municipalities", id: "listMunicipalities", tag: .reference,
                 summary: "Municipalities by slug, with inhabitants and locations.", access: .anyone,
                 parameters: Parameter.paging + [.modifiedSince, .ifNoneMatch],
                 responses: [
                     ("200", Doc.json("A page of municipalities.", Doc.list(of: Doc.schemaRef("Municipality")), headers: ["ETag"])),
                     ("304", Doc.responseRef("NotModified")),
                     ("422", Doc.responseRef("Invalid")),
                 ], cached: true, handler: ReferenceHandlers.municipalities),
        Endpoint(.get, "/api/v1/municipalities/{slug}", id: "getMunicipality", tag: .reference, summary: "One municipality.",
                 access: .anyone, parameters: [slug, .ifNoneMatch],
                 responses: [
                     ("200", Doc.json("The municipality.", Doc.schemaRef("Municipality"), headers: ["ETag"])),
                     ("304", Doc.responseRef("NotModified")),
                     ("404", Doc.responseRef("NotFound")),
                 ], cached: true, handler: ReferenceHandlers.municipality),
        Endpoint(.put, "/api/v1/municipalities/{slug}", id: "putMunicipality", tag: .reference,
                 summary: "Creates or replaces a municipality.",
                 description: "Last write wins; audited. Inhabitants and locations have their own endpoints.",
                 access: .permission(.referenceWrite),
                 parameters: [.path("slug", Doc.municipalitySlug(examples: ["midden-drenthe", "nieuwe-gemeente"]),
                                    "Lowercase letters and digits separated by single hyphens.")],
                 body: Doc.schemaRef("MunicipalityInput"),
                 responses: [
                     ("200", Doc.json("Replaced.", Doc.schemaRef("Municipality"), headers: ["ETag"])),
                     ("201", Doc.json("Created.", Doc.schemaRef("Municipality"), headers: ["ETag", "Location"], links: [
                         Doc.link("getMunicipality", pathParameter: "slug", idField: "slug"),
                         Doc.link("putInhabitants", pathParameter: "slug", idField: "slug"),
                         Doc.link("putBudget", pathParameter: "slug", idField: "slug"),
                     ])),
                     ("409", Doc.responseRef("Conflict")),
                     ("422", Doc.responseRef("Invalid")),
                 ], handler: ReferenceHandlers.putMunicipality),
        Endpoint(.put, "/api/v1/municipalities/{slug}/inhabitants/{year}", id: "putInhabitants", tag: .reference,
                 summary: "Sets a municipality's inhabitants of a year.", description: "Last write wins; audited.",
                 access: .permission(.inhabitantsWrite), parameters: [slug, .yearPath], body: Doc.schemaRef("InhabitantsInput"),
                 responses: [
                     ("200", Doc.json("Replaced.", Doc.schemaRef("InhabitantsSet"))),
                     ("201", Doc.json("Recorded for the first time.", Doc.schemaRef("InhabitantsSet"))),
                     ("404", Doc.responseRef("NotFound")),
                     ("422", Doc.responseRef("Invalid")),
                 ], handler: ReferenceHandlers.putInhabitants),
        Endpoint(.get, "/api/v1/locations", id: "listLocations", tag: .reference, summary: "Locations by id.", access: .anyone,
                 parameters: [
                     .municipalityFilter(),
                     .query("kind", Doc.enumeration(Vocabulary.locationKinds), "Only locations of this kind."),
                 ] + Parameter.paging + [.modifiedSince, .ifNoneMatch],
                 responses: [
                     ("200", Doc.json("A page of locations.", Doc.list(of: Doc.schemaRef("Location")), headers: ["ETag"])),
                     ("304", Doc.responseRef("NotModified")),
                     ("422", Doc.responseRef("Invalid")),
                 ], cached: true, handler: ReferenceHandlers.locations),
        Endpoint(.post, "/api/v1/locations", id: "createLocation", tag: .reference, summary: "Adds a location to a municipality.",
                 access: .permission(.referenceWrite), parameters: [.idempotencyKey], body: Doc.schemaRef("LocationInput"),
                 responses: [
                     ("201", Doc.json("Created.", Doc.schemaRef("Location"), headers: ["ETag", "Location", "Idempotent-Replayed"],
                                      links: [Doc.link("getLocation")])),
                     ("409", Doc.responseRef("Conflict")),
                     ("422", Doc.responseRef("Invalid")),
                 ], handler: ReferenceHandlers.createLocation),
        Endpoint(.get, "/api/v1/locations/{id}", id: "getLocation", tag: .reference, summary: "One location.", access: .anyone,
                 parameters: [.path("id", ["type": "integer", "minimum": 1, "examples": [1]], "The location's id."), .ifNoneMatch],
                 responses: [
                     ("200", Doc.json("The location.", Doc.schemaRef("Location"), headers: ["ETag"])),
                     ("304", Doc.responseRef("NotModified")),
                     ("404", Doc.responseRef("NotFound")),
                 ], cached: true, handler: ReferenceHandlers.location),
    ]
}

extension Parameter {
    /// `{slug}` of a municipality that must exist (other resources nest under it too).
    package static let municipalitySlug = Parameter(name: "slug", location: .path, openAPI: OpenAPIDocument.slugParameter)
}
