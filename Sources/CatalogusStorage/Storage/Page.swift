/// One page of a keyset-paginated list, as every repository returns it. Only
/// `ListRendering` writes it out (`{items, next_cursor}` or CSV with a `Link`).
package struct Page<Item> {
    package var items: [Item]
    /// Where the next page starts; nil on the last page.
    package var nextCursor: PageCursor?

    package init(items: [Item], nextCursor: PageCursor? = nil) {
        self.items = items
        self.nextCursor = nextCursor
    }

    package func map<Other>(_ transform: (Item) throws -> Other) rethrows -> Page<Other> {
        Page<Other>(items: try items.map(transform), nextCursor: nextCursor)
    }
}

/// The sort key and id of the last row of a page: the opaque `cursor` of the next
/// request, base64url of `key U+001F id`.
package struct PageCursor: Equatable, Sendable {
    package var key: String
    package var id: Int64

    package init(key: String = "", id: Int64) {
        self.key = key
        self.id = id
    }

    package var encoded: String { PageRequest.encode(key: key, id: id) }
}

extension PageRequest {
    /// The rows to fetch: one more than the page, which tells whether a next page exists.
    package var fetchLimit: Int { limit + 1 }

    /// Turns the rows of a query that asked for `fetchLimit` rows into a page.
    package func page<Item>(_ rows: consuming [Item], cursor: (Item) -> PageCursor) -> Page<Item> {
        var items = rows
        guard items.count > limit else { return Page(items: items, nextCursor: nil) }
        items.removeLast(items.count - limit)  // in place: the rows are not copied
        return Page(items: items, nextCursor: items.last.map(cursor))
    }
}
