import CatalogusDomain
import Foundation

/// What a person searches the catalogue for. FTS5 finds the activities (every word, by
/// word prefix, accent-insensitive, in name, summary or description); `rank` orders them
/// as a person expects: the name itself first, then names that start with the text, then
/// names that contain it, then activities found by their summary or description only.
package struct ActivitySearch: Sendable, Equatable {
    /// Best first; the order of a search's list.
    package enum Rank: Int, Comparable, Sendable {
        case exactName, namePrefix, nameContains, elsewhere

        package static func < (lhs: Rank, rhs: Rank) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The words as typed (at most 16): letters and digits; everything else separates them.
    package let words: [String]

    /// Nil when the text has no word.
    package init?(_ text: String) {
        let words = text.split { !($0.isLetter || $0.isNumber) }.prefix(16).map(String.init)
        guard !words.isEmpty else { return nil }
        self.words = words
    }

    /// Every word must match, each as a prefix; quoting neutralises FTS syntax.
    package var ftsQuery: String { words.map { "\"\($0)\"*" }.joined(separator: " ") }

    package func rank(name: String) -> Rank {
        let text = words.map(Self.fold).joined(separator: " ")
        let name = Self.words(of: name)
        if name == text { return .exactName }
        if name.hasPrefix(text) { return .namePrefix }
        if name.contains(text) || words.allSatisfy({ name.contains(Self.fold($0)) }) { return .nameContains }
        return .elsewhere
    }

    /// A name as the words a person reads, folded: "Digi-Taalhuis" → "digi taalhuis".
    private static func words(of name: String) -> String {
        name.split { !($0.isLetter || $0.isNumber) }.map { fold(String($0)) }.joined(separator: " ")
    }

    /// Without case and accents, as the search index compares ("Breicafé" → "breicafe").
    private static func fold(_ word: String) -> String {
        word.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}

/// Where the next page of a search starts: the rank, name and id of the last row, as the
/// cursor's key "rank:name" (PageCursor; a list without search keys by the name alone).
package struct ActivitySearchPosition {
    package let rank: ActivitySearch.Rank
    package let name: String
    package let id: Int64

    package init(rank: ActivitySearch.Rank, name: String, id: Int64) {
        self.rank = rank
        self.name = name
        self.id = id
    }

    /// A cursor that no search page wrote is 422, as for any list.
    package init(cursor key: String, id: Int64) throws {
        guard let colon = key.firstIndex(of: ":"), let number = Int(key[..<colon]), let rank = ActivitySearch.Rank(rawValue: number) else {
            throw AppError.validation([FieldError(field: "cursor", Message(.pageBadCursor))])
        }
        self.init(rank: rank, name: String(key[key.index(after: colon)...]), id: id)
    }

    /// The key of the page cursor after this position (`PageCursor` is storage's).
    package var cursorKey: String { "\(rank.rawValue):\(name)" }

    /// The list's order: rank, then name as SQLite sorts it (bytes), then id.
    package func precedes(_ other: ActivitySearchPosition) -> Bool {
        if rank != other.rank { return rank < other.rank }
        if !name.utf8.elementsEqual(other.name.utf8) { return name.utf8.lexicographicallyPrecedes(other.name.utf8) }
        return id < other.id
    }
}
