import Foundation
import JSON

/// Reads fields of a JSON object and collects every problem, so that a 422 lists all
/// bad fields at once instead of the first one.
package struct FieldValidator {
    package let object: JSONObject
    package private(set) var errors: [FieldError] = []
    package let prefix: String

    package init(_ object: JSONObject, prefix: String = "") {
        self.object = object
        self.prefix = prefix
    }

    package mutating func fail(_ field: String, _ code: MessageCode, _ params: KeyValuePairs<String, JSONValue> = [:]) {
        errors.append(.init(field: prefix + field, Message(code, params)))
    }

    /// Errors another validator (a line's) collected, under their own field names.
    package mutating func append(_ more: [FieldError]) { errors += more }

    /// Members the endpoint does not know are errors: a typo must not pass silently.
    package mutating func rejectUnknown(allowed: Set<String>) {
        for key in object.keys where !allowed.contains(key) {
            fail(key, .fieldUnknown)
        }
    }

    package func has(_ field: String) -> Bool { object[field] != nil }

    /// `allowEmpty` marks free text (summaries, notes): it may be empty and span lines;
    /// other strings are single-line. Control characters are refused either way.
    package mutating func string(_ field: String, required: Bool = true, maxLength: Int = 200, allowEmpty: Bool = false) -> String? {
        guard let value = object[field], !value.isNull else {
            if required { fail(field, .fieldRequired) }
            return nil
        }
        guard let text = value.stringValue else {
            fail(field, .fieldNotText, ["given": .string(value.kindName)])
            return nil
        }
        // Length first, so that no other pass runs over an over-long value.
        if !Self.isWithin(text, maxLength: maxLength) {
            fail(field, .fieldTooLong, ["max": .integer(maxLength)])
            return nil
        }
        let trimmed = String(text.trimmingWhitespace())
        if trimmed.isEmpty && !allowEmpty {
            fail(field, .fieldEmpty)
            return nil
        }
        if Self.hasControlCharacters(text, multiline: allowEmpty) {
            fail(field, allowEmpty ? .fieldControlCharacters : .fieldNotOneLine)
            return nil
        }
        return allowEmpty ? text : trimmed
    }

    /// Lengths count Unicode scalars, as SQLite's `length()` in the CHECK constraints
    /// does: a grapheme count would let one letter carry a megabyte of combining marks.
    package static func isWithin(_ text: String, maxLength: Int) -> Bool { text.unicodeScalars.count <= maxLength }

    /// What `hasControlCharacters` lets through, as ECMA/Python patterns for the OpenAPI
    /// schemas (kept beside it so that the two cannot part): one line, free text, and a
    /// one-line text with something besides whitespace (`string` trims, then refuses empty).
    package static let oneLinePattern = #"^[^\u0000-\u001F\u007F-\u009F]*$"#
    package static let freeTextPattern = #"^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]*$"#
    package static let nonBlankOneLinePattern =
        #"^[^\u0000-\u001F\u007F-\u009F]*[^\s\u0000-\u001F\u007F-\u009F][^\u0000-\u001F\u007F-\u009F]*$"#
    /// Free text with something besides whitespace (`requiredFreeText`).
    package static let nonBlankFreeTextPattern =
        #"^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]*[^\s\u0000-\u001F\u007F-\u009F][^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]*$"#

    /// Required free text (a story): may span lines, but not be blank; trimmed at both ends.
    package mutating func requiredFreeText(_ field: String, maxLength: Int) -> String? {
        guard let text = string(field, maxLength: maxLength, allowEmpty: true) else { return nil }
        let trimmed = String(text.trimmingWhitespace())
        if trimmed.isEmpty { fail(field, .fieldEmpty); return nil }
        return trimmed
    }

    /// C0 and C1 controls; free text may hold tabs and line breaks.
    package static func hasControlCharacters(_ text: String, multiline: Bool) -> Bool {
        text.unicodeScalars.contains { scalar in
            (scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value))
                && !(multiline && (scalar == "\t" || scalar == "\n" || scalar == "\r"))
        }
    }

    package mutating func integer(_ field: String, required: Bool = true, range: ClosedRange<Int64>? = nil) -> Int64? {
        guard let value = object[field], !value.isNull else {
            if required { fail(field, .fieldRequired) }
            return nil
        }
        guard let number = value.int64Value else {
            fail(field, .fieldNotInteger, ["given": .string(value.kindName)])
            return nil
        }
        if let range, !range.contains(number) {
            fail(field, .fieldOutOfRange, ["min": .integer(range.lowerBound), "max": .integer(range.upperBound)])
            return nil
        }
        return number
    }

    package mutating func boolean(_ field: String, required: Bool = true) -> Bool? {
        guard let value = object[field], !value.isNull else {
            if required { fail(field, .fieldRequired) }
            return nil
        }
        guard let flag = value.boolValue else {
            fail(field, .fieldNotBoolean)
            return nil
        }
        return flag
    }

    package mutating func oneOf(_ field: String, _ allowed: [String], required: Bool = true) -> String? {
        guard let text = string(field, required: required, maxLength: 64) else { return nil }
        guard allowed.contains(text) else {
            fail(field, .fieldNotOneOf, ["allowed": .array(allowed.map { .string($0) })])
            return nil
        }
        return text
    }

    /// Whether the member is present with an explicit null (PATCH clears such fields).
    package func isExplicitNull(_ field: String) -> Bool { object[field]?.isNull == true }

    package func finish() throws {
        if !errors.isEmpty { throw AppError.validation(errors) }
    }

    /// Ends decoding: the 422 with every field error, or the required values unwrapped,
    /// so that an `Input` is built without force-unwraps:
    ///
    ///     let name = v.string("name"), kind = v.oneOf("kind", kinds)
    ///     let (validName, validKind) = try v.finish(name, kind)
    ///
    /// A nil without a recorded error is a mistake of the decoder, not of the client.
    package func finish<each Value>(_ values: repeat (each Value)?) throws -> (repeat each Value) {
        try finish()
        return (repeat try Self.unwrap(each values))
    }

    private static func unwrap<Value>(_ value: Value?) throws -> Value {
        guard let value else { throw DecodingFault.missingWithoutError }
        return value
    }

    /// A required value came back nil with no field error: a bug in a decoder (500).
    package enum DecodingFault: Error { case missingWithoutError }
}

