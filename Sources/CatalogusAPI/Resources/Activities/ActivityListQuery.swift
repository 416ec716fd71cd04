import CatalogusDomain
import CatalogusStorage
import HTTPServer
import JSON

/// The query of `GET /api/v1/activities`: its filters and page, every problem in one 422.
package enum ActivityListQuery {
    package static let activeValues = ["true", "false", "all"]
    /// A letter or digit somewhere (`ActivityRepository.searchQuery` searches for words of them; none is 422).
    package static let searchPattern = #"[^\W_]"#

    package static func decode(_ request: HTTPRequest, _ context: AppContext) throws -> (ActivityRepository.Filter, PageRequest) {
        var query = QueryDecoder(request)
        let page = query.page()
        var filter = ActivityRepository.Filter()
        if let programme = query["programme"] {
            if try ActivityRepository.isProgramme(programme, in: context.reader) { filter.programme = programme } else {
                query.fail("programme", .programmeUnknown)
            }
        }
        filter.audience = query.oneOf("audience", Vocabulary.audiences)
        filter.format = query.oneOf("format", Vocabulary.formats)
        switch query["active"] {
        case nil, "true": filter.active = true
        case "false": filter.active = false
        case "all": filter.active = nil
        default: query.fail("active", .fieldNotOneOf, ["allowed": ["true", "false", "all"]])
        }
        if let q = query["q"] {
            filter.search = ActivityRepository.searchQuery(q)
            if filter.search == nil { query.fail("q", .searchNoLetters) }
        }
        filter.year = query.year()
        filter.modifiedSince = query.timestamp()
        try query.finish()
        return (filter, page)
    }
}
