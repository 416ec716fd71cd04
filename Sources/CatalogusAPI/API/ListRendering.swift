import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import HTTPParser
import HTTPServer
import JSON

/// How a whole-result workbook is read (`ListRendering.download`); its bound is
/// `AppConfiguration.maxExportRows`.
package enum ListExport {
    /// Rows read from the database at a time.
    package static let chunk = 2_000
}

/// The one place that writes a list: the `{"items": [...], "next_cursor": …}` of docs/api.md#lists-and-paging in
/// JSON, or CSV or a workbook with the next page in an RFC 8288 `Link` header. Both get a weak ETag of
/// their bytes, so that an unchanged page answers 304.
package enum ListRendering {
    package static func json<Item>(_ request: HTTPRequest, _ page: Page<Item>, capacity: Int = 16 * 1024,
                           item write: (Item, inout JSONWriter) throws -> Void) rethrows -> HTTPResponse {
        try json(request, page, capacity: capacity, leading: { _ in }, item: write)
    }

    /// A page whose envelope has members of its own before `items` (the price list's
    /// `year` and `published`).
    package static func json<Item: JSONRepresentable>(_ request: HTTPRequest, _ page: Page<Item>, capacity: Int = 16 * 1024,
                                              leading: (inout JSONWriter) -> Void) -> HTTPResponse {
        json(request, page, capacity: capacity, leading: leading) { item, writer in item.write(to: &writer) }
    }

    @inline(__always)
    private static func json<Item>(_ request: HTTPRequest, _ page: Page<Item>, capacity: Int, leading: (inout JSONWriter) -> Void,
                                   item write: (Item, inout JSONWriter) throws -> Void) rethrows -> HTTPResponse {
        var writer = JSONWriter(capacity: capacity)
        try ListEnvelope.write(into: &writer, page, leading: leading, item: write)
        return linked(request, writer.bytes, next: page.nextCursor)
    }

    /// A document in the list shape that writes its envelope itself (a figure's explanation).
    package static func json(_ request: HTTPRequest, document: some JSONRepresentable, next: PageCursor?, capacity: Int) -> HTTPResponse {
        var writer = JSONWriter(capacity: capacity)
        document.write(to: &writer)
        return linked(request, writer.bytes, next: next)
    }

    private static func linked(_ request: HTTPRequest, _ body: [UInt8], next: PageCursor?) -> HTTPResponse {
        var response = Conditional.list(request, body: body)
        // As the CSV pages do: a generic client pages by `Link` without reading the body.
        if let next { response.headers.set(name: "Link", value: PageRequest.nextLink(request, cursor: next.encoded)) }
        return response
    }

    package static func json<Item: JSONRepresentable>(_ request: HTTPRequest, _ page: Page<Item>, capacity: Int = 16 * 1024) -> HTTPResponse {
        json(request, page, capacity: capacity) { item, writer in item.write(to: &writer) }
    }

    /// A page as a table, in CSV or as a workbook (`format` is `.csv` or `.xlsx`). `rows`
    /// adds an item's rows to `table`, which has the header: one column list for both.
    package static func table<Item>(_ request: HTTPRequest, _ page: Page<Item>, format: OutputFormat, _ table: Table, download: Download,
                            rows: (Item, inout Table) throws -> Void) throws -> HTTPResponse {
        var table = table
        for item in page.items { try rows(item, &table) }
        return try tableResponse(request, [table], format: format, next: page.nextCursor, download: download)
    }

    /// A list as a download for people: a workbook holds the *whole* result of the list's
    /// filter (people do not follow `Link` headers), read `ListExport.chunk` rows at a time
    /// by keyset and streamed into the sheet, at most `AppConfiguration.maxExportRows` (beyond that a
    /// 422 that says how to narrow it). CSV stays a page with a `Link` to the next, for
    /// programs. `fetch` reads one page of the same filter.
    package static func download<Item>(_ request: HTTPRequest, _ context: AppContext, first: PageRequest, format: OutputFormat,
                                       _ table: Table, download: Download, fetch: (PageRequest) throws -> Page<Item>,
                                       rows: (Item, inout Table) throws -> Void) throws -> HTTPResponse {
        guard case .xlsx = format else {
            return try self.table(request, try fetch(first), format: format, table, download: download, rows: rows)
        }
        let bytes = try context.services.exports.run {
            try Workbook.streamed(table.name, header: table.header) { append in
                var page = PageRequest(limit: ListExport.chunk, after: first.after)
                let maxRows = context.services.configuration.maxExportRows
                var count = 0
                while true {
                    let found = try fetch(page)
                    var chunk = Table(name: table.name, header: table.header)
                    for item in found.items { try rows(item, &chunk) }
                    count += chunk.rows.count
                    guard count <= maxRows else {
                        throw AppError.unprocessable(Message(.exportTooManyRows, ["max": .integer(maxRows)]),
                                                     extensions: JSONObject())
                    }
                    for cells in chunk.rows { try append(cells) }
                    guard let next = found.nextCursor else { break }
                    page = PageRequest(limit: ListExport.chunk, after: (next.key, next.id))
                }
            }
        }
        var response = Conditional.list(request, body: bytes, contentType: Workbook.contentType)
        response.headers.set(name: "Content-Disposition", value: "attachment; filename=\"\(download.stem).xlsx\"")
        return response
    }

    /// The file names of a tabular download: every CSV and workbook is an attachment with
    /// a name that says what it holds.
    package struct Download {
        /// Without extension: `prijslijst-2026` answers `prijslijst-2026.xlsx` and `.csv`.
        package let stem: String
        /// A CSV name of its own (the price list's `prices-2026.csv`, kept for scripts).
        package var csv: String? = nil
    }

    /// Tables (a report, or a page's finished rows) as CSV (the first table) or a workbook
    /// (a sheet per table), with a weak ETag of the bytes and the next page in `Link`.
    package static func tableResponse(_ request: HTTPRequest, _ tables: [Table], format: OutputFormat, next: PageCursor? = nil,
                              download: Download) throws -> HTTPResponse {
        var response: HTTPResponse
        var filename = download.csv ?? download.stem + ".csv"
        if case .csv(let separator) = format {
            let csv = CSVWriter(separator: separator, table: tables.first ?? Table(name: download.stem))
            response = Conditional.list(request, body: csv.bytes, contentType: OutputFormat.csvContentType)
        } else {
            response = Conditional.list(request, body: try Workbook.bytes(tables), contentType: Workbook.contentType)
            filename = download.stem + ".xlsx"
        }
        response.headers.set(name: "Content-Disposition", value: "attachment; filename=\"\(filename)\"")
        if let next { response.headers.set(name: "Link", value: PageRequest.nextLink(request, cursor: next.encoded)) }
        return response
    }
}
