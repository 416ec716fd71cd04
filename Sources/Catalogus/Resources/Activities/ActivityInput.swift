import Foundation
import JSON
import SQLite

extension Activity {
    /// How a body sets one column (`Activity.field(_:)`): the decoder reads it, and so do
    /// `ActivitySchemas`, so a limit is stated once.
    enum Field {
        /// Unique; lowercase letters, digits and hyphens (`ActivityInput.codePattern`).
        case code
        /// A code of the `programme` table.
        case programme
        /// Audience codes, each once; null or [] clears them.
        case audiences
        /// One of `Vocabulary.units`; fixed once a published price list prices by it.
        case unit
        /// Required single-line text.
        case text(WritableKeyPath<Activity, String>, maxLength: Int)
        /// Optional free text (may span lines); null clears it to "".
        case freeText(WritableKeyPath<Activity, String>, maxLength: Int)
        /// Optional single-line text; null clears it.
        case optionalText(WritableKeyPath<Activity, String?>, maxLength: Int)
        /// Required, one of a vocabulary.
        case oneOf(WritableKeyPath<Activity, String>, [String])
        /// Optional integer in a range; null clears it.
        case optionalInteger(WritableKeyPath<Activity, Int64?>, ClosedRange<Int64>)
        /// Optional on creation (the new value's default stands).
        case flag(WritableKeyPath<Activity, Bool>)

        /// Whether POST must send it.
        var requiredOnCreate: Bool {
            switch self {
            case .code, .programme, .unit, .text, .oneOf: true
            case .audiences, .freeText, .optionalText, .optionalInteger, .flag: false
            }
        }
    }
}

/// Reads the body of POST and PATCH onto an activity, collecting every field error in
/// one 422. The lookups it needs (is the code taken? is it a programme? has a
/// published price list used the unit?) are made in the caller's transaction.
enum ActivityInput {
    static let codePattern = "^[a-z][a-z0-9-]*$"
    static let codeMaxLength = 64

    /// The body's columns, in the order the errors are reported.
    static let writable: [(column: Activity.Column, key: String)] = Activity.Column.allCases
        .filter { Activity.field($0) != nil }.map { ($0, $0.jsonKey) }
    /// Members of the resource a body may not set (422 "is read-only").
    static let readOnlyFields: Set<String> = Set(Activity.Column.allCases.filter { Activity.field($0) == nil }.map(\.jsonKey) + ["price"])
    static let allowedFields: Set<String> = Set(writable.map(\.key)).union(readOnlyFields)

    /// The fields present in `body` applied to `current`; `creating` makes the required ones required.
    static func decode(_ body: JSONObject, onto current: Activity, creating: Bool, in db: Connection) throws -> Activity {
        var activity = current
        var v = FieldValidator(body)
        for key in body.keys where readOnlyFields.contains(key) { v.fail(key, .fieldReadOnly) }
        v.rejectUnknown(allowed: allowedFields)
        for (column, key) in writable {
            guard let field = Activity.field(column) else { continue }
            try apply(field, key, body, to: &activity, creating: creating, validator: &v, in: db)
        }
        try v.finish()
        return activity
    }

    private static func apply(_ field: Activity.Field, _ key: String, _ body: JSONObject, to activity: inout Activity, creating: Bool,
                              validator v: inout FieldValidator, in db: Connection) throws {
        let given = v.has(key), clears = v.isExplicitNull(key)
        switch field {
        case .code:
            guard creating || given, let code = v.string(key, maxLength: codeMaxLength) else { return }
            if !code.matchesWhole(codePattern) {
                v.fail(key, .fieldNotSlug)
            } else if try ActivityRepository.isCodeTaken(code, byOtherThan: activity.id, in: db) {
                v.fail(key, .activityCodeTaken)
            } else {
                activity.code = code
            }
        case .programme:
            guard creating || given, let programme = v.string(key, maxLength: 64) else { return }
            if try ActivityRepository.isProgramme(programme, in: db) {
                activity.programme = programme
            } else {
                v.fail(key, .programmeUnknown)
            }
        case .audiences:
            guard let value = body[key] else { return }
            if let list = value.arrayValue {
                var audiences: [String] = []
                for (index, item) in list.enumerated() {
                    if let text = item.stringValue, Vocabulary.audiences.contains(text) {
                        if audiences.contains(text) { v.fail("\(key)[\(index)]", .fieldListedTwice) } else { audiences.append(text) }
                    } else {
                        v.fail("\(key)[\(index)]", .fieldNotOneOf, ["allowed": .array(Vocabulary.audiences.map { .string($0) })])
                    }
                }
                activity.audiences = audiences
            } else if !value.isNull {
                v.fail(key, .activityAudiencesInvalid)
            } else {
                activity.audiences = []
            }
        case .unit:
            guard creating || given, let unit = v.oneOf(key, Vocabulary.units), unit != activity.unit else { return }
            if !creating, try ActivityRepository.hasPublishedPrices(activity.id, in: db) {
                throw AppError.conflict(.init(.activityUnitLocked, ["code": .string(activity.code), "unit": .string(activity.unit)]))
            }
            activity.unit = unit
        case .text(let path, let maxLength):
            if creating || given, let text = v.string(key, maxLength: maxLength) { activity[keyPath: path] = text }
        case .freeText(let path, let maxLength):
            if given || clears { activity[keyPath: path] = v.string(key, required: false, maxLength: maxLength, allowEmpty: true) ?? "" }
        case .optionalText(let path, let maxLength):
            if given || clears { activity[keyPath: path] = v.string(key, required: false, maxLength: maxLength) }
        case .oneOf(let path, let allowed):
            if creating || given, let value = v.oneOf(key, allowed) { activity[keyPath: path] = value }
        case .optionalInteger(let path, let range):
            if given || clears { activity[keyPath: path] = v.integer(key, required: false, range: range) }
        case .flag(let path):
            if given, let flag = v.boolean(key) { activity[keyPath: path] = flag }
        }
    }
}
