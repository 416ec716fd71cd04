import CatalogusDomain
import CatalogusStorage
import JSON

/// A story as the API shows it: its columns, the registrations it is about, and the
/// figures computed from them (never typed). The response body and the audit snapshot.
package struct HighlightView: JSONRepresentable, Equatable {
    package var highlight: Highlight
    /// Its registrations of its municipality and year, by date.
    package var sources: [HighlightRepository.Source]

    package var participants: Int64 { sources.reduce(0) { $0 + $1.participants } }
    package var sessions: Int64 { sources.reduce(0) { $0 + $1.sessions } }

    /// The columns, then after `quote_by` the registrations' ids and the figures.
    package func write(to w: inout JSONWriter) {
        highlight.writeColumns(to: &w) { column, w in
            guard column == .quoteBy else { return }
            w.key(HighlightInput.registrationsKey)
            w.beginArray()
            for source in sources { w.int(source.registration) }
            w.endArray()
            w.key("figures")
            w.beginObject()
            w.key("registrations"); w.int(sources.count)
            w.key("participants"); w.int(participants)
            w.key("sessions"); w.int(sessions)
            w.key("first_date"); w.string(sources.first?.date)
            w.key("last_date"); w.string(sources.last?.date)
            w.key("activities")
            w.beginArray()
            for name in activityNames { w.string(name) }
            w.endArray()
            w.endObject()
        }
    }

    /// The activities' names, each once, in the order they were first held.
    package var activityNames: [String] {
        var seen = Set<String>()
        return sources.map(\.activity).filter { seen.insert($0).inserted }
    }
}
