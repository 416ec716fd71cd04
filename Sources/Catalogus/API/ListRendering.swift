import HTTPParser
import HTTPServer
import JSON

/// The one place that writes a list: API.md's `{"items": [...], "next_cursor": …}` in
/// JSON, or CSV with the next page in an RFC 8288 `Link` header. Both get a weak ETag of
/// their bytes, so that an unchanged page answers 304.
enum ListRendering {
    static func json<Item>(_ request: HTTPRequest, _ page: Page<Item>, capacity: Int = 16 * 1024,
                           item write: (Item, inout JSONWriter) throws -> Void) rethrows -> HTTPResponse {
        try json(request, page, capacity: capacity, leading: { _ in }, item: write)
    }

    /// A page whose envelope has members of its own before `items` (the price list's
    /// `year` and `published`).
    static func json<Item: JSONRepresentable>(_ request: HTTPRequest, _ page: Page<Item>, capacity: Int = 16 * 1024,
                                              leading: (inout JSONWriter) -> Void) -> HTTPResponse {
        json(request, page, capacity: capacity, leading: leading) { item, writer in item.write(to: &writer) }
    }

    @inline(__always)
    private static func json<Item>(_ request: HTTPRequest, _ page: Page<Item>, capacity: Int, leading: (inout JSONWriter) -> Void,
                                   item write: (Item, inout JSONWriter) throws -> Void) rethrows -> HTTPResponse {
        var writer = JSONWriter(capacity: capacity)
        try envelope(into: &writer, page, leading: leading, item: write)
        return Conditional.list(request, body: writer.bytes)
    }

    /// The envelope itself, for documents in the list shape that carry members of their
    /// own around the items (the overview's `organisation`, a series' `measure`).
    @inline(__always)  // specialised where the item type is known: no copy of each item through a witness table
    static func envelope<Item>(into writer: inout JSONWriter, _ page: Page<Item>, leading: (inout JSONWriter) -> Void = { _ in },
                               trailing: (inout JSONWriter) -> Void = { _ in },
                               item write: (Item, inout JSONWriter) throws -> Void) rethrows {
        writer.beginObject()
        leading(&writer)
        writer.key("items")
        writer.beginArray()
        for item in page.items { try write(item, &writer) }
        writer.endArray()
        trailing(&writer)
        writer.key("next_cursor")
        writer.string(page.nextCursor?.encoded)
        writer.endObject()
    }

    static func json<Item: JSONRepresentable>(_ request: HTTPRequest, _ page: Page<Item>, capacity: Int = 16 * 1024) -> HTTPResponse {
        json(request, page, capacity: capacity) { item, writer in item.write(to: &writer) }
    }

    /// CSV rows of a page; `filename` adds `Content-Disposition: attachment`.
    static func csv<Item>(_ request: HTTPRequest, _ page: Page<Item>, separator: Character, header: [String], filename: String? = nil,
                          rows: (Item, inout CSVWriter) throws -> Void) rethrows -> HTTPResponse {
        var csv = CSVWriter(separator: separator)
        csv.header(header)
        for item in page.items { try rows(item, &csv) }
        return csvResponse(request, csv, next: page.nextCursor, filename: filename)
    }

    /// A CSV document (a report, not a page) or a page's finished rows.
    static func csvResponse(_ request: HTTPRequest, _ csv: CSVWriter, next: PageCursor? = nil, filename: String? = nil) -> HTTPResponse {
        var response = Conditional.list(request, body: csv.bytes, contentType: OutputFormat.csvContentType)
        if let filename { response.headers.set(name: "Content-Disposition", value: "attachment; filename=\"\(filename)\"") }
        if let next { response.headers.set(name: "Link", value: PageRequest.nextLink(request, cursor: next.encoded)) }
        return response
    }
}
