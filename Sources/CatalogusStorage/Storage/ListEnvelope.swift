import JSON

/// The JSON shape of every list: `{"items": [...], "next_cursor": ...}`; also for documents in
/// the list shape that carry members of their own around the items.
package enum ListEnvelope {
    @inline(__always)  // specialised where the item type is known: no copy of each item through a witness table
    package static func write<Item>(into writer: inout JSONWriter, _ page: Page<Item>, leading: (inout JSONWriter) -> Void = { _ in },
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
}
