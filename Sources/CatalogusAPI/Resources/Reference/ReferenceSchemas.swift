import CatalogusDomain
import CatalogusStorage
import JSON

/// Programmes, municipalities and locations as the handlers write them.
extension OpenAPIDocument {
    package static let slugParameter = pathParameter("slug", ["type": "string", "minLength": 1, "examples": ["midden-drenthe"]],
                                             "The municipality's slug, e.g. `midden-drenthe`.")

    package static let cbsCode: JSONValue = ["type": "string", "pattern": .string(Municipality.cbsPattern)]

    package static let referenceSchemas: [(String, JSONValue)] = [
        ("Programme", closedObject([("code", enumeration(Vocabulary.programmeCodes)), ("name", ["type": "string"]),
                                    ("description", ["type": "string"])])),
        ("Location", closedObject(recordSchema(Location.self))),
        ("Inhabitants", closedObject([
            ("year", integer()), ("count", integer(0)),
            ("is_example", ["type": "boolean", "description": "True for the demo data's illustrative numbers."]),
        ])),
        ("Municipality", closedObject(recordSchema(Municipality.self, own: { column in
            switch column {
            case .slug: ["type": "string"]
            case .cbsCode: cbsCode
            default: nil
            }
        }, after: { column in
            column == .name ? [("inhabitants", ["type": "array", "items": schemaRef("Inhabitants")]),
                               ("locations", ["type": "array", "items": schemaRef("Location")])] : []
        }))),
        ("MunicipalityInput", closedObject(recordInputFields(Municipality.self) { special in
            switch special {
            case .slug: ["type": "string"]
            case .cbsCode: cbsCode
            }
        }.filter { $0.0 != Municipality.Column.slug.jsonKey },
            optional: recordOptionalOnCreate(Municipality.self), examples: [["cbs_code": "GM1731", "name": "Midden-Drenthe"]],
            description: pathEcho("slug"))),
        ("InhabitantsInput", closedObject([("count", integer(0, InhabitantsInput.maxCount))], examples: [["count": 34021]],
                                          description: pathEcho("year"))),
        ("InhabitantsSet", closedObject([("municipality", ["type": "string"]), ("year", schemaRef("Year")), ("count", integer(0))])),
        ("LocationInput", closedObject(recordInputFields(Location.self) { special in
            switch special {
            case .municipality: municipalitySlug()
            }
        }, optional: recordOptionalOnCreate(Location.self), examples: [
            ["municipality": "midden-drenthe", "name": "Dorpshuis Hooghalen", "kind": "external", "address": "Hooghalen"],
        ])),
    ]
}
