import JSON

/// The activity resource and what POST and PATCH accept, made from its columns and
/// their `Activity.field(_:)`: a new field shows up here without a line of its own.
extension OpenAPIDocument {
    static let catalogueSchemas: [(String, JSONValue)] = [
        ("Activity", closedObject(Activity.Column.allCases.map { ($0.jsonKey, activityOutput($0)) } + [
            ("price", ["anyOf": [schemaRef("YearPrice"), ["type": "null"]],
                       "description": "Only when the request names a `year`: that year's price, or null."]),
        ], optional: ["price"])),
        ("ActivityInput", closedObject(activityFields, optional: Set(ActivityInput.writable.compactMap {
            Activity.field($0.column)?.requiredOnCreate == false ? $0.key : nil
        }), examples: [[
            "code": "voorleesontbijt", "name": "Voorleesontbijt", "summary": "Samen ontbijten en voorlezen.",
            "programme": "leesbevordering", "audiences": ["toddlers", "parents"], "format": "meeting", "unit": "activity",
        ]])),
        ("ActivityChange", closedObject(activityFields, optional: Set(activityFields.map(\.0)),
                                        examples: [["summary": "Een nieuwe samenvatting.", "max_participants": 20]])),
    ]

    /// The writable fields; `id`, `version`, timestamps and `price` are read-only (422).
    static let activityFields: [(String, JSONValue)] = ActivityInput.writable.compactMap { member in
        Activity.field(member.column).map { (member.key, activityInput($0)) }
    }

    /// A member as the API writes it.
    static func activityOutput(_ column: Activity.Column) -> JSONValue {
        switch column {
        case .id, .version: return integer(1)
        case .createdAt, .updatedAt: return schemaRef("Timestamp")
        case .unit: return ["type": "string", "enum": .array(Vocabulary.units.map { .string($0) }), "description": "The pricing unit."]
        case .active: return ["type": "boolean", "description": "False once archived."]
        default: break
        }
        switch Activity.field(column) {
        case .code?, .text?, .freeText?: return ["type": "string"]
        case .optionalText?: return nullable("string")
        case .programme?: return enumeration(programmeCodes)
        case .audiences?: return ["type": "array", "items": enumeration(Vocabulary.audiences), "uniqueItems": true]
        case .unit?: return enumeration(Vocabulary.units)
        case .oneOf(_, let values)?: return enumeration(values)
        case .optionalInteger(_, let range)?: return nullable("integer", [("minimum", .integer(range.lowerBound))])
        case .flag?: return ["type": "boolean"]
        case nil: return ["type": "string"]
        }
    }

    /// A member as a body sends it, with the limits the decoder applies.
    static func activityInput(_ field: Activity.Field) -> JSONValue {
        switch field {
        case .code:
            ["type": "string", "pattern": .string(ActivityInput.codePattern), "maxLength": .integer(Int64(ActivityInput.codeMaxLength)),
             "description": "Unique; lowercase letters, digits and hyphens."]
        case .text(_, let maxLength): text(maxLength: maxLength)
        case .freeText(_, let maxLength), .optionalText(_, let maxLength): nullable("string", [("maxLength", .integer(Int64(maxLength)))])
        case .programme: enumeration(programmeCodes)
        case .audiences: ["type": ["array", "null"], "items": enumeration(Vocabulary.audiences), "uniqueItems": true]
        case .oneOf(_, let values): enumeration(values)
        case .unit: enumeration(Vocabulary.units)
        case .optionalInteger(_, let range):
            nullable("integer", [("minimum", .integer(range.lowerBound)), ("maximum", .integer(range.upperBound))])
        case .flag: ["type": "boolean"]
        }
    }
}
