import CatalogusDomain
import CatalogusStorage
import JSON

/// Programmes, municipalities and locations as the handlers write them.
extension OpenAPIDocument {
    package static let slugParameter = pathParameter("slug", ["type": "string", "minLength": 1, "examples": ["midden-drenthe"]],
                                             "The municipality's slug, e.g. `midden-drenthe`.")

    package static let referenceSchemas: [(String, JSONValue)] = [
        ("Programme", closedObject([("code", enumeration(Vocabulary.programmeCodes)), ("name", ["type": "string"]),
                                    ("description", ["type": "string"])])),
        ("Location", closedObject(recordSchema(Location.self))),
        ("Inhabitants", closedObject([
            ("year", integer()), ("count", integer(0)),
            ("is_example", ["type": "boolean", "description": "True for the demo data's illustrative numbers."]),
        ])),
        ("Municipality", closedObject([
            ("slug", ["type": "string"]),
            ("cbs_code", ["type": "string", "pattern": .string(Municipality.cbsPattern)]),
            ("name", ["type": "string"]),
            ("inhabitants", ["type": "array", "items": schemaRef("Inhabitants")]),
            ("locations", ["type": "array", "items": schemaRef("Location")]),
            ("version", integer(1)),
            ("created_at", schemaRef("Timestamp")),
            ("updated_at", schemaRef("Timestamp")),
        ])),
        ("MunicipalityInput", closedObject([
            ("slug", ["type": "string", "description": "Optional; must equal the slug in the path."]),
            ("cbs_code", ["type": "string", "pattern": .string(Municipality.cbsPattern)]),
            ("name", text(maxLength: Municipality.maxNameLength)),
        ], optional: ["slug"], examples: [["cbs_code": "GM1731", "name": "Midden-Drenthe"]])),
        ("InhabitantsInput", closedObject([
            ("count", integer(0, InhabitantsInput.maxCount)),
            ("year", ["type": "integer", "description": "Optional; must equal the year in the path."]),
        ], optional: ["year"], examples: [["count": 34021]])),
        ("InhabitantsSet", closedObject([("municipality", ["type": "string"]), ("year", schemaRef("Year")), ("count", integer(0))])),
        ("LocationInput", closedObject(recordInputFields(Location.self) { special in
            switch special {
            case .municipality: ["type": "string", "minLength": 1, "maxLength": .integer(Int64(Municipality.maxSlugLength))]
            }
        }, optional: recordOptionalOnCreate(Location.self), examples: [
            ["municipality": "midden-drenthe", "name": "Dorpshuis Hooghalen", "kind": "external", "address": "Hooghalen"],
        ])),
    ]
}
