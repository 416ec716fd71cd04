import CatalogusDomain
import SQLite

/// What a registration may refer to, looked up as named and remembered for the request,
/// so that a bulk import of 10,000 rows queries once per distinct activity, municipality,
/// location and order, and a single registration reads only the rows it names (it runs
/// inside the writer's turn, where every microsecond holds up the writes behind it).
package final class RegistrationLookups {
    package struct Activity: Equatable { package let id: Int64; package let sessionsPerUnit: Int64? }

    package let today: String
    private let repository: RegistrationRepository
    /// By id (as text) or code as the body named it.
    private var activities: [String: Activity?] = [:]
    private var municipalities: [String: Bool] = [:]
    private var locationOwners: [Int64: String?] = [:]
    private var orderOwners: [Int64: String?] = [:]

    package init(_ repository: RegistrationRepository, today: String = CalendarDate.todayInAmsterdam()) throws {
        self.repository = repository
        self.today = today
    }

    package func activity(_ reference: String) throws -> Activity? {
        if let known = activities[reference] { return known }
        let found = try repository.activityReference(reference).map { Activity(id: $0.id, sessionsPerUnit: $0.sessionsPerUnit) }
        activities[reference] = found
        return found
    }

    package func municipalityExists(_ slug: String) throws -> Bool {
        if let known = municipalities[slug] { return known }
        let exists = try repository.municipalityExists(slug)
        municipalities[slug] = exists
        return exists
    }

    /// The municipality of a location; nil when there is no such location.
    package func locationMunicipality(_ id: Int64) throws -> String? {
        if let known = locationOwners[id] { return known }
        let owner = try repository.locationMunicipality(id)
        locationOwners[id] = owner
        return owner
    }

    /// The municipality of an order; nil when there is no such order.
    package func orderMunicipality(_ id: Int64) throws -> String? {
        if let cached = orderOwners[id] { return cached }
        let owner = try repository.orderMunicipality(id)
        orderOwners[id] = owner
        return owner
    }

    /// Whether every answer remembered here is still what `repository` gives. Rows checked
    /// with these lookups on a read connection, before the writer's turn, are then still
    /// valid in the write (with the write lock held, nothing can change them meanwhile):
    /// one query per distinct reference instead of every row's checks in the turn.
    package func stillHold(in repository: RegistrationRepository) throws -> Bool {
        for (reference, known) in activities {
            let now = try repository.activityReference(reference).map { Activity(id: $0.id, sessionsPerUnit: $0.sessionsPerUnit) }
            guard now == known else { return false }
        }
        for (slug, known) in municipalities where try repository.municipalityExists(slug) != known { return false }
        for (id, known) in locationOwners where try repository.locationMunicipality(id) != known { return false }
        for (id, known) in orderOwners where try repository.orderMunicipality(id) != known { return false }
        return true
    }
}
