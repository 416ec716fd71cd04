import JSON

/// `/api/v1/programmes`, `/municipalities`, `/locations` (ReferenceHandlers).
extension OpenAPIDocument {
    static let slugParameter = pathParameter("slug", ["type": "string", "minLength": 1, "examples": ["midden-drenthe"]],
                                               "The municipality's slug, e.g. `midden-drenthe`.")

    static let referencePaths: [(String, JSONValue)] = [
        ("/api/v1/programmes", ["get": operation(
            "listProgrammes", tag: "Reference data", summary: "The five programme areas.", access: .anyone,
            parameters: [parameterRef("IfNoneMatch")],
            responses: [
                ("200", json("All programmes, in report order.", list(of: schemaRef("Programme")), headers: ["ETag"])),
                ("304", responseRef("NotModified")),
                ("422", responseRef("Invalid")),
            ])]),
        ("/api/v1/municipalities", ["get": operation(
            "listMunicipalities", tag: "Reference data", summary: "Municipalities by slug, with inhabitants and locations.",
            access: .anyone,
            parameters: [parameterRef("Limit"), parameterRef("Cursor"), parameterRef("ModifiedSince"), parameterRef("IfNoneMatch")],
            responses: [
                ("200", json("A page of municipalities.", list(of: schemaRef("Municipality")), headers: ["ETag"])),
                ("304", responseRef("NotModified")),
                ("422", responseRef("Invalid")),
            ])]),
        ("/api/v1/municipalities/{slug}", [
            "get": operation(
                "getMunicipality", tag: "Reference data", summary: "One municipality.", access: .anyone,
                parameters: [slugParameter, parameterRef("IfNoneMatch")],
                responses: [
                    ("200", json("The municipality.", schemaRef("Municipality"), headers: ["ETag"])),
                    ("304", responseRef("NotModified")),
                    ("404", responseRef("NotFound")),
                ]),
            "put": operation(
                "putMunicipality", tag: "Reference data", summary: "Creates or replaces a municipality.",
                description: "Last write wins; audited. Inhabitants and locations have their own endpoints.",
                access: .roles(["admin"]),
                parameters: [pathParameter("slug", ["type": "string", "pattern": .string(slugPattern), "maxLength": 64,
                                                   "examples": ["midden-drenthe", "nieuwe-gemeente"]],
                                           "Lowercase letters and digits separated by single hyphens.")],
                body: schemaRef("MunicipalityInput"),
                responses: [
                    ("200", json("Replaced.", schemaRef("Municipality"), headers: ["ETag"])),
                    ("201", json("Created.", schemaRef("Municipality"), headers: ["ETag", "Location"], links: [
                        link("getMunicipality", pathParameter: "slug", idField: "slug"),
                        link("putInhabitants", pathParameter: "slug", idField: "slug"),
                        link("putBudget", pathParameter: "slug", idField: "slug"),
                    ])),
                    ("409", responseRef("Conflict")),
                    ("422", responseRef("Invalid")),
                ]),
        ]),
        ("/api/v1/municipalities/{slug}/inhabitants/{year}", ["put": operation(
            "putInhabitants", tag: "Reference data", summary: "Sets a municipality's inhabitants of a year.",
            description: "Last write wins; audited.", access: .roles(["admin", "staff"]),
            parameters: [slugParameter, parameterRef("YearPath")],
            body: schemaRef("InhabitantsInput"),
            responses: [
                ("200", json("Replaced.", schemaRef("InhabitantsSet"))),
                ("201", json("Recorded for the first time.", schemaRef("InhabitantsSet"))),
                ("404", responseRef("NotFound")),
                ("422", responseRef("Invalid")),
            ])]),
        ("/api/v1/locations", [
            "get": operation(
                "listLocations", tag: "Reference data", summary: "Locations by id.", access: .anyone,
                parameters: [
                    queryParameter("municipality", ["type": "string"], "A municipality's slug; an unknown one is 422."),
                    queryParameter("kind", enumeration(Vocabulary.locationKinds), "Only locations of this kind."),
                    parameterRef("Limit"), parameterRef("Cursor"), parameterRef("ModifiedSince"), parameterRef("IfNoneMatch"),
                ],
                responses: [
                    ("200", json("A page of locations.", list(of: schemaRef("Location")), headers: ["ETag"])),
                    ("304", responseRef("NotModified")),
                    ("422", responseRef("Invalid")),
                ]),
            "post": operation(
                "createLocation", tag: "Reference data", summary: "Adds a location to a municipality.",
                access: .roles(["admin"]), parameters: [parameterRef("IdempotencyKey")],
                body: schemaRef("LocationInput"),
                responses: [
                    ("201", json("Created.", schemaRef("Location"), headers: ["ETag", "Location", "Idempotent-Replayed"],
                                 links: [link("getLocation")])),
                    ("409", responseRef("Conflict")),
                    ("422", responseRef("Invalid")),
                ]),
        ]),
        ("/api/v1/locations/{id}", ["get": operation(
            "getLocation", tag: "Reference data", summary: "One location.", access: .anyone,
            parameters: [pathParameter("id", ["type": "integer", "minimum": 1, "examples": [1]], "The location's id."), parameterRef("IfNoneMatch")],
            responses: [
                ("200", json("The location.", schemaRef("Location"), headers: ["ETag"])),
                ("304", responseRef("NotModified")),
                ("404", responseRef("NotFound")),
            ])]),
    ]
}
