import HTTPServer
import JSON

private typealias Doc = OpenAPIDocument

/// The endpoints of Figures, in the order of the document.
package enum FigureEndpoints {
    package static let all: [Endpoint] = [
        definitions,
        Endpoint(.get, "/api/v1/figures/{year}/{area}", id: "getFigures", tag: .keyFigures,
                 summary: "A year's key figures of a municipality or the organisation.",
                 access: .permission(.figuresRead), parameters: [.yearPath, areaPath, .ifNoneMatch],
                 responses: [
                     ("200", Doc.json("Stored and computed values.", Doc.schemaRef("Figures"), headers: ["ETag"])),
                     ("304", Doc.responseRef("NotModified")),
                     ("404", Doc.responseRef("NotFound")),
                     ("422", Doc.responseRef("Invalid")),
                 ],
                 handler: FigureHandlers.get),
        Endpoint(.put, "/api/v1/figures/{year}/{area}", id: "putFigures", tag: .keyFigures,
                 summary: "Sets (merges) key figures; last write wins, audited.",
                 access: .permission(.figuresWrite), parameters: [.yearPath, areaPath], body: Doc.schemaRef("FiguresInput"),
                 responses: [
                     ("200", Doc.json("The figures after the change.", Doc.schemaRef("Figures"))),
                     ("404", Doc.responseRef("NotFound")),
                     ("422", Doc.responseRef("Invalid")),
                 ],
                 handler: FigureHandlers.put),
    ]

    /// Always one page with every definition; the paging parameters that list clients
    /// send anyway were never refused here, so they are tolerated (and ignored).
    package static let definitions: Endpoint = {
        var endpoint = Endpoint(.get, "/api/v1/figure-definitions", id: "listFigureDefinitions", tag: .keyFigures,
                                summary: "The key figures of the annual report.", access: .anyone, parameters: [.ifNoneMatch],
                                responses: [
                                    ("200", Doc.json("Every definition, in report order.", Doc.list(of: Doc.schemaRef("FigureDefinition")),
                                                     headers: ["ETag"])),
                                    ("304", Doc.responseRef("NotModified")),
                                ],
                                handler: FigureHandlers.definitions)
        endpoint.toleratedQueryNames = Set(Parameter.paging.map(\.name))
        return endpoint
    }()

    /// One example: the body's example holds municipality figures, and a generator pairs
    /// examples freely (the organisation's figures are others, `FiguresInput`).
    package static let areaPath = Parameter.path("area", ["type": "string", "minLength": 1, "examples": ["midden-drenthe"]],
                                         "A municipality's slug, or `organisation`; each takes the figures of its scope.")
}
