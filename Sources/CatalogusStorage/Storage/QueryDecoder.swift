import CatalogusDomain
import JSON

/// Reads a request's query into typed values and collects every problem, so that a 422
/// lists all bad parameters at once. Each kind of parameter (a year, a timestamp, one of
/// a vocabulary, the page) is checked here once, with one message everywhere.
/// It takes plain values, the decoded pairs and the `Accept` header, so that storage
/// knows nothing of HTTP; the API makes one from a request (`QueryDecoder(request)`).
///
///     var query = QueryDecoder(request)
///     let year = query.year("year")
///     let page = query.page()
///     try query.finish()
package struct QueryDecoder {
    /// The decoded `name=value` pairs, in order, duplicates kept.
    package let pairs: [(name: String, value: String)]
    /// The `Accept` header, for the output format when the query names none.
    package let accept: String?
    package private(set) var errors: [FieldError] = []

    package init(_ pairs: [(name: String, value: String)], accept: String? = nil) {
        self.pairs = pairs
        self.accept = accept
    }

    /// Names an endpoint does not declare are refused (`RouterBuilder.register`): a typo
    /// must not pass silently as "no filter".
    package static func unknownNames(_ names: [String], allowed: Set<String>) -> [FieldError] {
        var seen = Set<String>()  // each name once, in linear time however many a query sends
        return names.filter { !allowed.contains($0) && seen.insert($0).inserted }
            .map { .init(field: $0, Message(.requestUnknownParameter)) }
    }

    package mutating func fail(_ name: String, _ code: MessageCode, _ params: KeyValuePairs<String, JSONValue> = [:]) {
        errors.append(.init(field: name, Message(code, params)))
    }

    /// The first value of `name`.
    package subscript(name: String) -> String? { pairs.first(where: { $0.name == name })?.value }

    /// `limit` and `cursor`.
    package mutating func page() -> PageRequest { PageRequest.parse(limit: self["limit"], cursor: self["cursor"], errors: &errors) }

    /// JSON, or CSV from `output=csv` / `Accept: text/csv`, with `sep`.
    package mutating func outputFormat() -> OutputFormat {
        OutputFormat.negotiate(output: self["output"], separator: self["sep"], accept: accept, errors: &errors)
    }

    /// The one message for a year outside `Vocabulary.years`, wherever a year is read.
    package static let yearMessage = Message(.fieldNotYear, ["min": .integer(Vocabulary.years.lowerBound), "max": .integer(Vocabulary.years.upperBound)])

    package mutating func year(_ name: String = "year") -> Int64? {
        guard let text = self[name] else { return nil }
        guard let value = Int64(text), Vocabulary.years.contains(value) else { errors.append(.init(field: name, Self.yearMessage)); return nil }
        return value
    }

    /// A municipality's slug as a filter names one: a value without a slug's form is 422
    /// here, as the schema says; whether it exists is the caller's to ask.
    package mutating func municipality(_ name: String = "municipality") -> String? {
        guard let text = self[name] else { return nil }
        guard Municipality.isSlug(text) else { fail(name, .municipalitySlugFormat); return nil }
        return text
    }

    /// `modified_since` (or another RFC 3339 instant), normalised to the stored form.
    package mutating func timestamp(_ name: String = "modified_since") -> String? {
        guard let text = self[name] else { return nil }
        guard let date = Timestamp.parse(text) else {
            fail(name, .fieldNotTimestamp)
            return nil
        }
        return Timestamp.format(date)
    }

    /// A calendar date `YYYY-MM-DD`.
    package mutating func date(_ name: String) -> String? {
        guard let text = self[name] else { return nil }
        guard CalendarDate.isValid(text) else { fail(name, .fieldNotDate); return nil }
        return text
    }

    package mutating func oneOf(_ name: String, _ allowed: [String]) -> String? {
        guard let text = self[name] else { return nil }
        guard allowed.contains(text) else { fail(name, .fieldNotOneOf, ["allowed": .array(allowed.map { .string($0) })]); return nil }
        return text
    }

    /// A value of a vocabulary enum (`OrderStatus`, `Role`, …).
    package mutating func value<T: RawRepresentable & CaseIterable>(_ name: String, as type: T.Type) -> T? where T.RawValue == String {
        guard let text = self[name] else { return nil }
        guard let value = T(rawValue: text) else {
            fail(name, .fieldNotOneOf, ["allowed": .array(T.allCases.map { .string($0.rawValue) })])
            return nil
        }
        return value
    }

    package mutating func integer(_ name: String, range: ClosedRange<Int64>) -> Int64? {
        guard let text = self[name] else { return nil }
        guard let value = Int64(text), range.contains(value) else {
            fail(name, .fieldOutOfRange, ["min": .integer(range.lowerBound), "max": .integer(range.upperBound)])
            return nil
        }
        return value
    }

    /// `true` / `false`.
    package mutating func boolean(_ name: String) -> Bool? {
        guard let text = self[name] else { return nil }
        switch text {
        case "true": return true
        case "false": return false
        default: fail(name, .fieldNotBoolean); return nil
        }
    }

    package func finish() throws {
        if !errors.isEmpty { throw AppError.validation(errors) }
    }
}
