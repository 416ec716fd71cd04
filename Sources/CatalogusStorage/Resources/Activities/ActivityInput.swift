import CatalogusDomain
import Foundation
import JSON
import SQLite

extension Activity {
    package typealias Field = RecordField<Activity>

    /// The fields whose rules are the activity's own (`Activity.field(_:)`); the decoder
    /// and `ActivitySchemas` read them.
    package enum SpecialField: RecordSpecialField {
        /// Unique; lowercase letters, digits and hyphens (`ActivityInput.codePattern`).
        case code
        /// A code of the `programme` table.
        case programme
        /// Audience codes, each once; null or [] clears them.
        case audiences
        /// One of `Vocabulary.units`; fixed once a published price list prices by it.
        case unit

        package var requiredOnCreate: Bool { self != .audiences }
    }
}

/// Reads the body of POST and PATCH onto an activity, collecting every field error in
/// one 422. The lookups it needs (is the code taken? is it a programme? has a
/// published price list used the unit?) are made in the caller's transaction.
package enum ActivityInput {
    package static let codePattern = "^[a-z][a-z0-9-]*$"
    package static let codeMaxLength = 64

    /// The body's columns, in the order the errors are reported.
    package static let writable = RecordInput.writable(Activity.self)
    /// Members of the resource a body may not set (422 "is read-only").
    package static let readOnlyFields: Set<String> = Set(Activity.Column.allCases.filter { Activity.field($0) == nil }.map(\.jsonKey) + ["price"])

    /// The fields present in `body` applied to `current`; `creating` makes the required ones required.
    package static func decode(_ body: JSONObject, onto current: Activity, creating: Bool, in db: Connection) throws -> Activity {
        var v = FieldValidator(body)
        let activity = try RecordInput.decode(onto: current, creating: creating, readOnly: readOnlyFields, validator: &v) {
            try apply($0, $1, body, to: &$2, creating: creating, validator: &$3, in: db)
        }
        try v.finish()
        return activity
    }

    private static func apply(_ field: Activity.SpecialField, _ key: String, _ body: JSONObject, to activity: inout Activity, creating: Bool,
                              validator v: inout FieldValidator, in db: Connection) throws {
        let given = v.has(key)
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
        }
    }
}
