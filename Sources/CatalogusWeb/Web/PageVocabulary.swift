import CatalogusDomain
import CatalogusStorage
import Foundation
import JSON

/// The vocabulary's Dutch labels as one JSON object that every page with a script carries
/// in `<script type="application/json" id="vocabulary">`: vocabulary.js reads the words
/// from it, so that no script keeps a table of its own. Programme names come from the
/// database rows (the pages' selects), not from here.
package enum PageVocabulary {
    package static let sets: [(name: String, terms: Terms)] = [
        ("roles", Terms(of: Role.self)),
        ("order_statuses", Terms(of: OrderStatus.self)),
        ("units", Vocabulary.unitTerms),
        ("formats", Vocabulary.formatTerms),
        ("audiences", Vocabulary.audienceTerms),
        ("location_kinds", Vocabulary.locationKindTerms),
        ("figure_units", Terms(of: FigureDefinition.Unit.self)),
        ("webhook_events", Terms(of: WebhookEventType.self)),
        ("registration_fields", Terms(RegistrationInput.fieldTerms.terms + RegistrationBulkInput.wholeTerms.terms)),
    ]

    /// `{"roles": {"admin": "beheerder", …}, …}`
    package static let json: String = {
        var writer = JSONWriter(capacity: 4096)
        writer.beginObject()
        for (name, terms) in sets {
            writer.key(name)
            writer.beginObject()
            for term in terms.terms { writer.key(term.code); writer.string(term.label) }
            writer.endObject()
        }
        writer.endObject()
        return String(decoding: writer.bytes, as: UTF8.self)
    }()

    /// The element in the page's head. `<` is escaped so that no label can end the script element.
    package static let element = HTML(trusted: "<script type=\"application/json\" id=\"vocabulary\">"
                                       + json.replacingOccurrences(of: "<", with: "\\u003c") + "</script>\n")
}
