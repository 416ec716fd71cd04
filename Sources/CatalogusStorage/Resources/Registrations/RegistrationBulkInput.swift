import CatalogusDomain
import Foundation
import JSON

/// The body of a bulk import: a JSON array of objects, or CSV with a header row of the
/// same field names (or the Dutch names of the registrations download, `headers`). Rows that are not even shaped like a registration (a JSON item that
/// is no object, a CSV row whose cells do not match the header) are kept as problems by
/// index, so that the 422 reports them with the other rows' field errors.
package struct RegistrationBulkInput {
    package static let maxRows = 10_000
    /// What an error names instead of a field when it is about a whole row or the whole body.
    package static let wholeTerms: Terms = ["(row)": "Regel", "(body)": "Bestand"]

    /// Each field of a CSV upload with the Dutch header it may also have: the name the
    /// registrations download (CSV for people, workbook) heads the column with that carries
    /// the field, so that its header row can be used as it is ("Activiteitcode" for activity).
    package static let headers: [(field: String, dutch: String)] = RegistrationInput.fieldTerms.codes.map {
        ($0, Vocabulary.columnTerms.label(Registration.csvColumn(carrying: $0)))
    }

    /// The field a CSV header names, in either language and any case; nil for none.
    package static func field(header: String) -> String? {
        let name = header.trimmingCharacters(in: .whitespaces).lowercased()
        if RegistrationInput.fields.contains(name) { return name }
        return headers.first { $0.dutch.lowercased() == name }?.field
    }

    package let rows: [JSONObject]
    /// By row index (from 0).
    package let shapeErrors: [Int: Message]

    /// What an Idempotency-Key compares: the rows as read, whichever media type carried them.
    package var body: JSONValue { .array(rows.map { .object($0) }) }

    /// A JSON body: an array of objects. (The API picks JSON or CSV by the media type.)
    package static func decode(json body: JSONValue) throws -> RegistrationBulkInput { try counted(try rows(body)) }

    /// A CSV body, its header naming the fields.
    package static func decode(csv body: [UInt8]) throws -> RegistrationBulkInput { try counted(try csvRows(body)) }

    private static func counted(_ input: RegistrationBulkInput) throws -> RegistrationBulkInput {
        guard !input.rows.isEmpty else { throw AppError.validation([.init(field: "(body)", Message(.bulkNoRows))]) }
        guard input.rows.count <= maxRows else {
            throw AppError.validation([.init(field: "(body)", Message(.bulkTooManyRows, ["rows": .integer(input.rows.count), "max": .integer(maxRows)]))])
        }
        return input
    }

    private static func rows(_ body: JSONValue) throws -> RegistrationBulkInput {
        guard let items = body.arrayValue else {
            throw AppError.validation([.init(field: "(body)", Message(.bulkBadBody))])
        }
        var shapeErrors: [Int: Message] = [:]
        let rows = items.enumerated().map { index, item in
            if item.objectValue == nil { shapeErrors[index] = Message(.fieldNotObject, ["given": .string(item.kindName)]) }
            return item.objectValue ?? JSONObject()
        }
        return RegistrationBulkInput(rows: rows, shapeErrors: shapeErrors)
    }

    private static func csvRows(_ body: [UInt8]) throws -> RegistrationBulkInput {
        let table: [[String]]
        do { table = try CSVReader.parse(body) } catch {
            throw AppError.malformed(.init(.bulkCSVMalformed, ["line": .integer(error.line), "reason": .string(error.reason)]))
        }
        guard let header = table.first else { return RegistrationBulkInput(rows: [], shapeErrors: [:]) }
        let fields = header.map(field(header:))
        let names = zip(fields, header).map { $0 ?? $1.trimmingCharacters(in: .whitespaces) }
        var problems: [FieldError] = []
        var seen = Set<String>()
        for (field, name) in zip(fields, names) {
            if field == nil {
                problems.append(.init(field: name, Message(.bulkUnknownColumn)))
            } else if !seen.insert(name).inserted {
                // Also bounds the columns to the known fields: a header repeating one
                // name 100,000 times would otherwise multiply the work of every row.
                problems.append(.init(field: name, Message(.bulkColumnTwice)))
            }
            if problems.count >= 20 { break }
        }
        if !problems.isEmpty { throw AppError.validation(problems) }
        var shapeErrors: [Int: Message] = [:]
        let rows = table.dropFirst().enumerated().map { index, cells in
            if cells.count != names.count {
                shapeErrors[index] = Message(.bulkCellCount, ["cells": .integer(cells.count), "columns": .integer(names.count)])
            }
            var object = JSONObject()
            for (index, name) in names.enumerated() {
                let cell = index < cells.count ? cells[index] : ""
                object[name] = csvValue(cell, field: name)
            }
            return object
        }
        return RegistrationBulkInput(rows: rows, shapeErrors: shapeErrors)
    }

    /// CSV cells are text; numbers become integers so that one validation serves both.
    private static func csvValue(_ cell: String, field: String) -> JSONValue {
        let text = cell.trimmingCharacters(in: .whitespaces)
        if text.isEmpty { return .null }
        switch field {
        case "activity", "location", "sessions", "participants", "order_id":
            if let number = Int64(text) { return .integer(number) }
            return .string(text)
        case "partners":
            return .array(text.split(separator: "|").map { .string($0.trimmingCharacters(in: .whitespaces)) })
        default:
            return .string(cell)
        }
    }
}
