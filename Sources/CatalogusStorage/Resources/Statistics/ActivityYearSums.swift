/// What was registered and ordered per activity for one municipality and year: the
/// inputs of the programme table and of "ordered versus delivered".
package struct ActivityYearSums {
    package struct Delivered {
        package var registrations: Int64 = 0
        package var participants: Int64 = 0
        package var sessions: Int64 = 0
        package var locations: Int64 = 0
    }

    package struct Ordered {
        package var quantity: Int64 = 0
        package var netCents: Int64 = 0
        package var grossCents: Int64 = 0
    }

    package struct ActivityInfo {
        package let id: Int64
        package let code: String
        package let name: String
        package let programme: String
        package let format: String
        package let unit: String
    }

    package var activities: [Int64: ActivityInfo] = [:]
    package var delivered: [Int64: Delivered] = [:]
    /// From confirmed orders only.
    package var confirmed: [Int64: Ordered] = [:]
    /// Submitted and confirmed orders together (what is committed).
    package var committedNetCents: Int64 = 0
    package var committedGrossCents: Int64 = 0
    package var confirmedNetCents: Int64 = 0
    package var confirmedGrossCents: Int64 = 0

    package init(municipality: String, year: Int64, in repository: StatisticsRepository) throws {
        for info in try repository.activities() { activities[info.id] = info }
        for (id, sums) in try repository.deliveredPerActivity(municipality: municipality, year: year) { delivered[id] = sums }
        // Per-location units count the distinct places served; few activities have them.
        let locationUnits = Set(activities.values.filter { $0.unit == "location_year" || $0.unit == "school_year" }.map(\.id))
        for id in delivered.keys where locationUnits.contains(id) {
            delivered[id]?.locations = try repository.distinctLocations(activityID: id, municipality: municipality, year: year)
        }
        for line in try repository.committedLines(municipality: municipality, year: year) {
            // Frozen lines passed LinePricing's checks and a year's orders are bounded
            // (Money.maxYearNetCents, maxOrdersPerYear); the sums are checked all the same.
            guard let amounts = try? LinePricing.amounts(quantity: line.quantity, price: line.price) else { continue }
            try committedNetCents.add(amounts.net)
            try committedGrossCents.add(amounts.gross)
            if line.confirmed {
                try confirmedNetCents.add(amounts.net)
                try confirmedGrossCents.add(amounts.gross)
                var ordered = confirmed[line.activityID] ?? Ordered()
                try ordered.quantity.add(line.quantity)
                try ordered.netCents.add(amounts.net)
                try ordered.grossCents.add(amounts.gross)
                confirmed[line.activityID] = ordered
            }
        }
    }

    /// Delivered in the activity's pricing unit: activities and courses count
    /// registrations, sessions add up, per-location units count distinct places, a
    /// yearly fee is delivered once anything was held; per inhabitant has no count.
    package func deliveredQuantity(_ activityID: Int64) -> Int64? {
        guard let info = activities[activityID] else { return nil }
        let d = delivered[activityID] ?? Delivered()
        switch info.unit {
        case "activity", "course": return d.registrations
        case "session": return d.sessions
        case "location_year", "school_year": return d.locations
        case "year": return d.registrations > 0 ? 1 : 0
        default: return nil
        }
    }
}
