import CatalogusDomain
import CatalogusStorage
import JSON

/// The schemas of a record made from its columns and their `field(_:)`: a new field
/// shows up in the resource and in what POST accepts without a line of its own.
extension OpenAPIDocument {
    /// A member as the API writes it, for the kinds every record shares; nil for a
    /// record's special field, which the record describes itself.
    package static func recordOutput<Owner: FieldedRecord>(_ column: Owner.Column, of _: Owner.Type) -> JSONValue? {
        switch column.rawValue {
        case "id", "version": return integer(1)
        case "created_at", "updated_at": return schemaRef("Timestamp")
        default: break
        }
        switch Owner.field(column) {
        case .text?, .requiredFreeText?, .freeText?: return ["type": "string"]
        case .optionalText?, .optionalFreeText?: return nullable("string")
        case .oneOf(_, let values)?: return enumeration(values)
        case .integer(_, let range)?: return integer(range.lowerBound)
        case .optionalInteger(_, let range)?: return nullable("integer", [("minimum", .integer(range.lowerBound))])
        case .optionalDate?: return optionalDate
        case .flag?: return ["type": "boolean"]
        case .special?, nil: return nil
        }
    }

    /// A member as a body sends it, with the limits the decoder applies; nil for a special field.
    package static func recordInput<Owner>(_ field: RecordField<Owner>) -> JSONValue? {
        switch field {
        case .special: nil
        case .text(_, let maxLength): text(maxLength: maxLength)
        case .requiredFreeText(_, let maxLength):
            ["type": "string", "minLength": 1, "maxLength": .integer(Int64(maxLength)), "pattern": .string(FieldValidator.nonBlankFreeTextPattern)]
        case .freeText(_, let maxLength), .optionalFreeText(_, let maxLength): freeText(maxLength: maxLength)
        case .optionalText(_, let maxLength):
            nullable("string", [("minLength", 1), ("maxLength", .integer(Int64(maxLength))), ("pattern", .string(FieldValidator.nonBlankOneLinePattern))])
        case .oneOf(_, let values): enumeration(values)
        case .integer(_, let range): integer(range.lowerBound, range.upperBound)
        case .optionalInteger(_, let range):
            nullable("integer", [("minimum", .integer(range.lowerBound)), ("maximum", .integer(range.upperBound))])
        case .optionalDate: optionalDate
        case .flag: ["type": "boolean"]
        }
    }

    /// A calendar date or null, as stored and as sent.
    package static let optionalDate: JSONValue = ["anyOf": [date, ["type": "null"]]]

    /// The resource: every column under its key, as `own` describes it where it says
    /// more than the kind of field (a special field, a description), else by its kind.
    /// `after` adds members that are not columns after a column, as the record's writer does
    /// (`Record.writeColumns(to:after:)`).
    package static func recordSchema<Owner: FieldedRecord>(_: Owner.Type, own: (Owner.Column) -> JSONValue? = { _ in nil },
                                                           after: (Owner.Column) -> [(String, JSONValue)] = { _ in [] }) -> [(String, JSONValue)] {
        Owner.Column.allCases.filter(\.shown).flatMap { [($0.jsonKey, own($0) ?? recordOutput($0, of: Owner.self) ?? ["type": "string"])] + after($0) }
    }

    /// What a body may set: the writable columns, with their limits (`creating: false`: what a change may set).
    package static func recordInputFields<Owner: FieldedRecord>(_: Owner.Type, creating: Bool = true,
                                                         special: (Owner.SpecialField) -> JSONValue) -> [(String, JSONValue)] {
        RecordInput.writable(Owner.self, creating: creating).compactMap { member in
            Owner.field(member.column).map { field in
                if case .special(let kind) = field { return (member.key, special(kind)) }
                return (member.key, recordInput(field) ?? ["type": "string"])
            }
        }
    }

    /// `recordInputFields` for a record without special fields.
    package static func recordInputFields<Owner: FieldedRecord>(_ owner: Owner.Type, creating: Bool = true) -> [(String, JSONValue)]
        where Owner.SpecialField == NoSpecialField {
        recordInputFields(owner, creating: creating, special: \.schema)
    }

    /// The writable members POST may leave out.
    package static func recordOptionalOnCreate<Owner: FieldedRecord>(_: Owner.Type) -> Set<String> {
        Set(RecordInput.writable(Owner.self).compactMap { Owner.field($0.column)?.requiredOnCreate == false ? $0.key : nil })
    }
}

extension NoSpecialField {
    /// Never asked for: no value is one.
    fileprivate var schema: JSONValue { switch self {} }
}
