import CatalogusDomain
import JSON

/// Whether a municipality's jaarbericht of a year is published (no row: a draft), as stored.
/// Each field is declared here only, as `Budget`'s are.
package struct ReportPublication: Sendable, Equatable, FieldedRecord {
    package enum Column: String, RecordColumn {
        case municipality, year, state
        case publishedAt = "published_at"
        case updatedAt = "updated_at"
    }

    package static let table = RecordTable<Column>(name: "report_publication")

    package var municipality: String
    package var year: Int64
    package var state: String
    /// When it was last published; null for a draft.
    package var publishedAt: String?
    /// Null for a report nobody published or took back yet (no row).
    package var updatedAt: String?

    package var isPublished: Bool { state == "published" }

    package init(_ row: RecordRow<Column>) throws {
        municipality = try row.string(.municipality)
        year = try row.int64(.year)
        state = try row.string(.state)
        publishedAt = try row.optionalString(.publishedAt)
        updatedAt = try row.optionalString(.updatedAt)
    }

    package init(municipality: String, year: Int64, state: String = "draft", publishedAt: String? = nil, updatedAt: String? = nil) {
        (self.municipality, self.year, self.state, self.publishedAt, self.updatedAt) = (municipality, year, state, publishedAt, updatedAt)
    }

    package func value<Sink: RecordFieldSink>(_ column: Column, into sink: inout Sink) {
        switch column {
        case .municipality: sink.text(municipality)
        case .year: sink.integer(year)
        case .state: sink.text(state)
        case .publishedAt: sink.optionalText(publishedAt)
        case .updatedAt: sink.optionalText(updatedAt)
        }
    }

    /// A body sets the state only; the path names the municipality and year, the server the times.
    package static func field(_ column: Column) -> RecordField<ReportPublication>? {
        column == .state ? .oneOf(\.state, Vocabulary.reportStates) : nil
    }

    package typealias SpecialField = NoSpecialField
}

/// The organisation's foreword of a year, written by an admin: every municipality's
/// jaarbericht of that year opens with it.
package struct Foreword: Sendable, Equatable, FieldedRecord {
    package enum Column: String, RecordColumn {
        case year, text
        case updatedAt = "updated_at"
    }

    package static let table = RecordTable<Column>(name: "report_foreword")
    package static let maxTextLength = 5000

    package var year: Int64
    /// Plain text; paragraphs are separated by an empty line.
    package var text: String
    package var updatedAt: String

    package init(_ row: RecordRow<Column>) throws {
        year = try row.int64(.year)
        text = try row.string(.text)
        updatedAt = try row.string(.updatedAt)
    }

    package init(year: Int64, text: String = "", updatedAt: String = "") {
        (self.year, self.text, self.updatedAt) = (year, text, updatedAt)
    }

    package func value<Sink: RecordFieldSink>(_ column: Column, into sink: inout Sink) {
        switch column {
        case .year: sink.integer(year)
        case .text: sink.text(text)
        case .updatedAt: sink.text(updatedAt)
        }
    }

    package static func field(_ column: Column) -> RecordField<Foreword>? {
        column == .text ? .requiredFreeText(\.text, maxLength: maxTextLength) : nil
    }

    package typealias SpecialField = NoSpecialField
}

extension ReportPublication: JSONRepresentable {
    package func write(to w: inout JSONWriter) { writeColumns(to: &w) }
}

extension Foreword: JSONRepresentable {
    package func write(to w: inout JSONWriter) { writeColumns(to: &w) }
}
