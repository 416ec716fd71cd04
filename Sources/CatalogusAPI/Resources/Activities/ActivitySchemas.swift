import CatalogusDomain
import CatalogusStorage
import JSON

/// The activity resource and what POST and PATCH accept, made from its columns and
/// their `Activity.field(_:)`: a new field shows up here without a line of its own.
extension OpenAPIDocument {
    package static let catalogueSchemas: [(String, JSONValue)] = [
        ("Activity", closedObject(recordSchema(Activity.self, own: activityOutput) + [
            ("price", ["anyOf": [schemaRef("YearPrice"), ["type": "null"]],
                       "description": "Only when the request names a `year`: that year's price, or null."]),
        ], optional: ["price"])),
        ("ActivityInput", closedObject(activityFields, optional: recordOptionalOnCreate(Activity.self), examples: [[
            "code": "voorleesontbijt", "name": "Voorleesontbijt", "summary": "Samen ontbijten en voorlezen.",
            "programme": "leesbevordering", "audiences": ["toddlers", "parents"], "format": "meeting", "unit": "activity",
        ]])),
        ("ActivityChange", closedObject(activityFields, optional: Set(activityFields.map(\.0)),
                                        examples: [["summary": "Een nieuwe samenvatting.", "max_participants": 20]])),
    ]

    /// The writable fields; `id`, `version`, timestamps and `price` are read-only (422).
    package static let activityFields: [(String, JSONValue)] = recordInputFields(Activity.self, special: activityInput)

    /// A member as the API writes it where the kind of field does not say it all.
    package static func activityOutput(_ column: Activity.Column) -> JSONValue? {
        switch column {
        case .unit: ["type": "string", "enum": .array(Vocabulary.units.map { .string($0) }), "description": "The pricing unit."]
        case .active: ["type": "boolean", "description": "False once archived."]
        case .programme: enumeration(programmeCodes)
        case .audiences: ["type": "array", "items": enumeration(Vocabulary.audiences), "uniqueItems": true]
        default: nil
        }
    }

    /// A special member as a body sends it, with the limits the decoder applies.
    package static func activityInput(_ field: Activity.SpecialField) -> JSONValue {
        switch field {
        case .code:
            ["type": "string", "pattern": .string(ActivityInput.codePattern), "maxLength": .integer(Int64(ActivityInput.codeMaxLength)),
             "description": "Unique; lowercase letters, digits and hyphens."]
        case .programme: enumeration(programmeCodes)
        case .audiences: ["type": ["array", "null"], "items": enumeration(Vocabulary.audiences), "uniqueItems": true]
        case .unit: enumeration(Vocabulary.units)
        }
    }
}
