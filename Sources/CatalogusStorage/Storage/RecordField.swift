import CatalogusDomain
import JSON

/// A record whose columns say how a request body sets them (`field(_:)`): the decoder
/// (`RecordInput`) and the OpenAPI schemas (`OpenAPIDocument+Records.swift`) both read
/// that, so a limit is stated once.
package protocol FieldedRecord: Record {
    /// The record's own kinds of field: those a lookup or a rule of its own decides.
    associatedtype SpecialField: RecordSpecialField
    /// How a body sets `column`; nil for a column only the server sets (read-only in a body).
    static func field(_ column: Column) -> RecordField<Self>?
    /// Copies a special field's value from `source` (a change) onto `target`; none by default.
    static func copy(_ special: SpecialField, from source: Self, to target: inout Self)
}

extension FieldedRecord {
    package static func copy(_ special: SpecialField, from source: Self, to target: inout Self) {}

    /// `self` with the columns in `given` as `change` has them (a change decoded before the record was read).
    package func changed(by change: Self, in given: [Column]) -> Self {
        var changed = self
        for column in given { Self.field(column)?.copy(from: change, to: &changed) }
        return changed
    }
}

package protocol RecordSpecialField {
    /// Whether POST must send it.
    var requiredOnCreate: Bool { get }
    /// Whether only POST may set it (a later body naming it names no field).
    var fixedOnceCreated: Bool { get }
    /// Whether only a change may set it (in POST's body it names no field): an account is
    /// created active, and disabled later.
    var changeOnly: Bool { get }
    /// Whether a change's null clears it (else the null leaves it as it is: `RecordInput.change`).
    var clearedByNull: Bool { get }
}

extension RecordSpecialField {
    package var fixedOnceCreated: Bool { false }
    package var changeOnly: Bool { false }
    package var clearedByNull: Bool { false }
}

/// The special field of a record that has none of its own kind (a budget): no value is one.
package enum NoSpecialField: RecordSpecialField {
    package var requiredOnCreate: Bool { switch self {} }
}

/// How a body sets one column.
package enum RecordField<Owner: FieldedRecord> {
    /// The record's own rule, applied by its input (`RecordInput.decode`'s `special`).
    case special(Owner.SpecialField)
    /// Required single-line text.
    case text(WritableKeyPath<Owner, String>, maxLength: Int)
    /// Required free text (may span lines), not blank.
    case requiredFreeText(WritableKeyPath<Owner, String>, maxLength: Int)
    /// Optional free text (may span lines); null clears it to "".
    case freeText(WritableKeyPath<Owner, String>, maxLength: Int)
    /// Optional single-line text; null clears it.
    case optionalText(WritableKeyPath<Owner, String?>, maxLength: Int)
    /// Optional free text (may span lines); null clears it to null.
    case optionalFreeText(WritableKeyPath<Owner, String?>, maxLength: Int)
    /// Required, one of a vocabulary.
    case oneOf(WritableKeyPath<Owner, String>, [String])
    /// Required integer in a range.
    case integer(WritableKeyPath<Owner, Int64>, ClosedRange<Int64>)
    /// Optional integer in a range; null clears it.
    case optionalInteger(WritableKeyPath<Owner, Int64?>, ClosedRange<Int64>)
    /// Optional calendar date, `YYYY-MM-DD` (`CalendarDate`); null clears it.
    case optionalDate(WritableKeyPath<Owner, String?>)
    /// Optional on creation (the new value's default stands).
    case flag(WritableKeyPath<Owner, Bool>)

    /// Whether a change (PATCH) may set it.
    package var changeable: Bool {
        if case .special(let special) = self { return !special.fixedOnceCreated }
        return true
    }

    /// Whether POST may set it.
    package var creatable: Bool {
        if case .special(let special) = self { return !special.changeOnly }
        return true
    }

    /// Whether a null in a body clears it; a null for another field is refused as missing
    /// (`apply`), or in `RecordInput.change`'s body leaves the field as it is.
    package var clearedByNull: Bool {
        switch self {
        case .special(let special): special.clearedByNull
        case .freeText, .optionalText, .optionalFreeText, .optionalInteger, .optionalDate: true
        case .text, .requiredFreeText, .oneOf, .integer, .flag: false
        }
    }

    /// Whether POST must send it.
    package var requiredOnCreate: Bool {
        switch self {
        case .special(let special): special.requiredOnCreate
        case .text, .requiredFreeText, .oneOf, .integer: true
        case .freeText, .optionalText, .optionalFreeText, .optionalInteger, .optionalDate, .flag: false
        }
    }
}

/// What a body of `Owner` may set and which names it may carry, worked out once: a bulk
/// import decodes up to 10,000 rows of the same shape (`RecordInput.decode(onto:shape:…)`).
package struct RecordBodyShape<Owner: FieldedRecord>: Sendable {
    /// Whether the body makes a new record (POST) or changes one.
    package let creating: Bool
    /// The columns the body may set, with their keys, in the order their errors are reported.
    package let writable: [(column: Owner.Column, key: String)]
    /// Members the body may not set ("is read-only").
    package let readOnly: Set<String>
    /// Every name the body may carry.
    package let allowed: Set<String>

    /// See `RecordInput.decode(onto:creating:readOnly:extra:leavingOut:validator:special:)`.
    package init(_: Owner.Type, creating: Bool, readOnly: Set<String> = [], extra: Set<String> = [], leavingOut: Set<Owner.Column> = []) {
        self.creating = creating
        writable = RecordInput.writable(Owner.self, creating: creating, leavingOut: leavingOut)
        self.readOnly = readOnly
        allowed = Set(writable.map(\.key)).union(readOnly).union(extra)
    }
}

/// Reads a body onto a record by its columns' `field(_:)`, collecting every field error.
package enum RecordInput {
    /// The columns a body may set, in the order their errors are reported, with their keys;
    /// `creating: false` leaves out those only POST sets, `creating: true` those only a change sets.
    package static func writable<Owner: FieldedRecord>(_: Owner.Type, creating: Bool = true, leavingOut: Set<Owner.Column> = [])
        -> [(column: Owner.Column, key: String)] {
        Owner.Column.allCases.filter { column in
            !leavingOut.contains(column) && Owner.field(column).map { creating ? $0.creatable : $0.changeable } ?? false
        }.map { ($0, $0.jsonKey) }
    }

    /// A change's body for records that leave a field as it is when a change sends null
    /// for it and it cannot be null (accounts, hooks; the others refuse such a null), without
    /// those nulls; and the columns the body sets, for copying them onto the stored record.
    package static func change<Owner: FieldedRecord>(_ body: JSONObject, of _: Owner.Type) -> (body: JSONObject, given: [Owner.Column]) {
        let writable = writable(Owner.self, creating: false)
        let keeping = Set(writable.filter { Owner.field($0.column)?.clearedByNull == false }.map(\.key))
        let sent = JSONObject(body.members.filter { !($0.value.isNull && keeping.contains($0.key)) })
        return (sent, writable.filter { sent[$0.key] != nil }.map(\.column))
    }

    /// The fields present in `validator`'s body applied to `current`; `creating` makes the
    /// required ones required. A member in `readOnly` gets "is read-only", any other
    /// unknown one "is not a field", but for `extra` members, which the caller reads.
    /// `special` applies the record's own kinds of field. Columns in `leavingOut` are no
    /// fields of this body (a quote's line has no note).
    package static func decode<Owner: FieldedRecord>(
        onto current: Owner, creating: Bool, readOnly: Set<String> = [], extra: Set<String> = [], leavingOut: Set<Owner.Column> = [],
        validator v: inout FieldValidator, special: (Owner.SpecialField, String, inout Owner, inout FieldValidator) throws -> Void
    ) rethrows -> Owner {
        let shape = RecordBodyShape(Owner.self, creating: creating, readOnly: readOnly, extra: extra, leavingOut: leavingOut)
        return try decode(onto: current, shape: shape, validator: &v, special: special)
    }

    /// `decode` with the body's shape worked out beforehand, for many bodies of one kind.
    package static func decode<Owner: FieldedRecord>(
        onto current: Owner, shape: RecordBodyShape<Owner>, validator v: inout FieldValidator,
        special: (Owner.SpecialField, String, inout Owner, inout FieldValidator) throws -> Void
    ) rethrows -> Owner {
        var record = current
        if !shape.readOnly.isEmpty { for key in v.object.keys where shape.readOnly.contains(key) { v.fail(key, .fieldReadOnly) } }
        v.rejectUnknown(allowed: shape.allowed)
        for (column, key) in shape.writable {
            guard let field = Owner.field(column) else { continue }
            if case .special(let kind) = field {
                try special(kind, key, &record, &v)
            } else {
                field.apply(key, to: &record, creating: shape.creating, validator: &v)
            }
        }
        return record
    }

    /// `decode` for a record without special fields.
    package static func decode<Owner: FieldedRecord>(
        onto current: Owner, creating: Bool, readOnly: Set<String> = [], extra: Set<String> = [], validator v: inout FieldValidator
    ) throws -> Owner where Owner.SpecialField == NoSpecialField {
        try decode(onto: current, creating: creating, readOnly: readOnly, extra: extra, validator: &v) { _, _, _, _ in }
    }
}

extension RecordField {
    /// Copies this field's value from `source` (a change decoded before the record was
    /// read) onto `target`; a special field as the record says (`FieldedRecord.copy`).
    package func copy(from source: Owner, to target: inout Owner) {
        switch self {
        case .special(let special): Owner.copy(special, from: source, to: &target)
        case .text(let path, _), .requiredFreeText(let path, _), .freeText(let path, _), .oneOf(let path, _):
            target[keyPath: path] = source[keyPath: path]
        case .optionalText(let path, _), .optionalFreeText(let path, _), .optionalDate(let path): target[keyPath: path] = source[keyPath: path]
        case .integer(let path, _): target[keyPath: path] = source[keyPath: path]
        case .optionalInteger(let path, _): target[keyPath: path] = source[keyPath: path]
        case .flag(let path): target[keyPath: path] = source[keyPath: path]
        }
    }

    /// Sets the body's `key` onto `record` when given (or required); a special field is left to the record.
    package func apply(_ key: String, to record: inout Owner, creating: Bool, validator v: inout FieldValidator) {
        let given = v.has(key), clears = v.isExplicitNull(key)
        switch self {
        case .special: break
        case .text(let path, let maxLength):
            if creating || given, let text = v.string(key, maxLength: maxLength) { record[keyPath: path] = text }
        case .requiredFreeText(let path, let maxLength):
            if creating || given, let text = v.requiredFreeText(key, maxLength: maxLength) { record[keyPath: path] = text }
        case .freeText(let path, let maxLength):
            if given || clears { record[keyPath: path] = v.string(key, required: false, maxLength: maxLength, allowEmpty: true) ?? "" }
        case .optionalText(let path, let maxLength):
            if given || clears { record[keyPath: path] = v.string(key, required: false, maxLength: maxLength) }
        case .optionalFreeText(let path, let maxLength):
            if given || clears { record[keyPath: path] = v.string(key, required: false, maxLength: maxLength, allowEmpty: true) }
        case .oneOf(let path, let allowed):
            if creating || given, let value = v.oneOf(key, allowed) { record[keyPath: path] = value }
        case .integer(let path, let range):
            if creating || given, let value = v.integer(key, range: range) { record[keyPath: path] = value }
        case .optionalInteger(let path, let range):
            if given || clears { record[keyPath: path] = v.integer(key, required: false, range: range) }
        case .optionalDate(let path):
            guard given || clears else { return }
            let date = v.string(key, required: false, maxLength: CalendarDate.length)
            if let date, !CalendarDate.isValid(date) { v.fail(key, .fieldNotDate) } else { record[keyPath: path] = date }
        case .flag(let path):
            if given, let flag = v.boolean(key) { record[keyPath: path] = flag }
        }
    }
}
