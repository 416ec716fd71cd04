import CatalogusDomain
import JSON
import SQLite

/// The query of `GET /api/v1/registrations`: every filter of docs/api.md#registrations, the order and the
/// page. Filters that name something (a municipality, an activity, …) must name one that
/// exists: a typo must not pass silently as an empty list.
package struct RegistrationListQuery {
    package var municipality: String?
    /// A municipality token's own municipality: it sees nothing else.
    package var ownMunicipality: String?
    package var activityID: Int64?
    package var programme: String?
    package var locationID: Int64?
    package var from: String?
    package var to: String?
    package var modifiedSince: String?
    /// `sort=-date`: newest first, as staff look for what they just recorded.
    package var newestFirst = false
    package var page = PageRequest()

    package static let sortOrders = ["date", "-date"]

    /// Reads and checks the query; 422 with every bad parameter at once.
    package static func decode(_ query: QueryDecoder, principal: Principal?, in repository: RegistrationRepository) throws
        -> (RegistrationListQuery, OutputFormat) {
        var query = query
        var list = RegistrationListQuery()
        let format = query.outputFormat()
        list.page = query.page()
        list.newestFirst = query.oneOf("sort", sortOrders) == "-date"
        if let slug = query.municipality() {
            if !(try repository.municipalityExists(slug)) { query.fail("municipality", .municipalityUnknown, ["slug": .string(slug)]) }
            list.municipality = slug
        }
        if let own = principal?.ownMunicipality { list.ownMunicipality = own }
        if let reference = query["activity"] {
            if let id = try repository.activityID(reference) { list.activityID = id } else {
                query.fail("activity", .activityUnknown, ["reference": .string(reference)])
            }
        }
        if let programme = query["programme"] {
            if !(try repository.programmeExists(programme)) { query.fail("programme", .programmeUnknown) }
            list.programme = programme
        }
        if let text = query["location"] {
            if let id = Int64(text), try repository.locationExists(id) { list.locationID = id } else {
                query.fail("location", .locationUnknown, ["id": .string(text)])
            }
        }
        list.from = query.date("from")
        list.to = query.date("to")
        if let text = query["modified_since"] {
            if let date = Timestamp.parse(text) { list.modifiedSince = Timestamp.format(date) } else {
                // This endpoint's message predates QueryDecoder.timestamp's and clients may match it.
                query.fail("modified_since", .fieldNotTimestamp)
            }
        }
        try query.finish()
        return (list, format)
    }
}
