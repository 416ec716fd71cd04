import CatalogusDomain
import JSON

/// A story of a municipality's jaarbericht of a year: what happened, in words. Its figures
/// are never typed: they come from the registrations it links (`HighlightRepository.sources`).
///
/// Each field is declared in this file only, as `Location`'s are: the stored property, its
/// `Column`, the read in `init(_:)`, its `value(_:into:)` (JSON, audit record, INSERT/UPDATE)
/// and its `field(_:)` (the decoder and the OpenAPI schemas).
package struct Highlight: Sendable, Equatable, FieldedRecord {
    package enum Column: String, RecordColumn {
        case id, municipality, year, programme, title, text, quote
        case quoteBy = "quote_by"
        case version
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    package static let table = RecordTable<Column>(name: "highlight", alias: "h")

    package static let maxTitleLength = 200
    package static let maxTextLength = 1500
    package static let maxQuoteLength = 500
    package static let maxQuoteByLength = 200
    /// A story is about at least one registration ("Kinderboekenweek" spans several), at most this many.
    package static let maxRegistrations = 100

    package var id: Int64
    package var municipality: String
    package var year: Int64
    package var programme: String
    package var title: String
    /// Plain text; paragraphs are separated by an empty line.
    package var text: String
    package var quote: String?
    package var quoteBy: String?
    package var version: Int64
    package var createdAt: String
    package var updatedAt: String
}

extension Highlight {
    package init(_ row: RecordRow<Column>) throws {
        id = try row.int64(.id)
        municipality = try row.string(.municipality)
        year = try row.int64(.year)
        programme = try row.string(.programme)
        title = try row.string(.title)
        text = try row.string(.text)
        quote = try row.optionalString(.quote)
        quoteBy = try row.optionalString(.quoteBy)
        version = try row.int64(.version)
        createdAt = try row.string(.createdAt)
        updatedAt = try row.string(.updatedAt)
    }

    package func value<Sink: RecordFieldSink>(_ column: Column, into sink: inout Sink) {
        switch column {
        case .id: sink.integer(id)
        case .municipality: sink.text(municipality)
        case .year: sink.integer(year)
        case .programme: sink.text(programme)
        case .title: sink.text(title)
        case .text: sink.text(text)
        case .quote: sink.optionalText(quote)
        case .quoteBy: sink.optionalText(quoteBy)
        case .version: sink.integer(version)
        case .createdAt: sink.text(createdAt)
        case .updatedAt: sink.text(updatedAt)
        }
    }

    /// How a body sets a column (`HighlightInput`); nil for one only the server sets. The
    /// linked registrations are no column: the input reads them beside the record.
    package static func field(_ column: Column) -> RecordField<Highlight>? {
        switch column {
        case .id, .version, .createdAt, .updatedAt: nil
        case .municipality: .special(.municipality)
        case .year: .special(.year)
        case .programme: .oneOf(\.programme, Vocabulary.programmeCodes)
        case .title: .text(\.title, maxLength: maxTitleLength)
        case .text: .requiredFreeText(\.text, maxLength: maxTextLength)
        case .quote: .optionalText(\.quote, maxLength: maxQuoteLength)
        case .quoteBy: .optionalText(\.quoteBy, maxLength: maxQuoteByLength)
        }
    }

    /// The municipality and year a story belongs to: set once, since its registrations are theirs.
    package enum SpecialField: RecordSpecialField {
        case municipality, year

        package var requiredOnCreate: Bool { true }
        package var fixedOnceCreated: Bool { true }
    }

    package static func new(now: String) -> Highlight {
        Highlight(id: 0, municipality: "", year: 0, programme: "", title: "", text: "", quote: nil, quoteBy: nil, version: 1,
                  createdAt: now, updatedAt: now)
    }
}
