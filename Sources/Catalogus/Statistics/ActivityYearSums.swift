import SQLite

/// What was registered and ordered per activity for one municipality and year: the
/// inputs of the programme table and of "ordered versus delivered".
struct ActivityYearSums {
    struct Delivered {
        var registrations: Int64 = 0
        var participants: Int64 = 0
        var sessions: Int64 = 0
        var locations: Int64 = 0
    }

    struct Ordered {
        var quantity: Int64 = 0
        var netCents: Int64 = 0
        var grossCents: Int64 = 0
    }

    struct ActivityInfo {
        let id: Int64
        let code: String
        let name: String
        let programme: String
        let format: String
        let unit: String
    }

    var activities: [Int64: ActivityInfo] = [:]
    var delivered: [Int64: Delivered] = [:]
    /// From confirmed orders only.
    var confirmed: [Int64: Ordered] = [:]
    /// Submitted and confirmed orders together (what is committed).
    var committedNetCents: Int64 = 0
    var committedGrossCents: Int64 = 0
    var confirmedNetCents: Int64 = 0
    var confirmedGrossCents: Int64 = 0

    init(municipality: String, year: Int64, in db: Connection) throws {
        try db.forEachRow("SELECT id, code, name, programme, format, unit FROM activity", arguments: []) { s in
            let info = ActivityInfo(id: try s.column(0), code: try s.column(1), name: try s.column(2), programme: try s.column(3),
                                    format: try s.column(4), unit: try s.column(5))
            activities[info.id] = info
        }
        try db.forEachRow("""
            SELECT activity_id, sum(registrations), sum(participants), sum(sessions) FROM registration_month
            WHERE municipality = ? AND month BETWEEN ? AND ? GROUP BY activity_id
            """, arguments: [municipality, "\(year)-01", "\(year)-12"]) { s in
            delivered[try s.column(0), default: Delivered()] = Delivered(
                registrations: try s.column(1), participants: try s.column(2), sessions: try s.column(3), locations: 0)
        }
        // Per-location units count the distinct places served; few activities have them.
        let locationUnits = Set(activities.values.filter { $0.unit == "location_year" || $0.unit == "school_year" }.map(\.id))
        for id in delivered.keys where locationUnits.contains(id) {
            delivered[id]?.locations = try db.scalar("""
                SELECT count(DISTINCT location_id) FROM registration
                WHERE activity_id = ? AND municipality = ? AND date BETWEEN ? AND ?
                """, id, municipality, "\(year)-01-01", "\(year)-12-31", as: Int64.self) ?? 0
        }
        try db.forEachRow("""
            SELECT o.status, l.activity_id, l.quantity, l.unit, l.unit_price_cents, l.vat_rate, l.inhabitants
            FROM order_line l JOIN purchase_order o ON o.id = l.order_id
            WHERE o.municipality = ? AND o.year = ? AND o.status IN ('submitted', 'confirmed') AND l.unit IS NOT NULL
            """, arguments: [municipality, year]) { s in
            let activityID: Int64 = try s.column(1)
            let quantity: Int64 = try s.column(2)
            let price = Order.FrozenPrice(unit: try s.column(3), unitPriceCents: try s.column(4), vatRate: try s.column(5),
                                          inhabitants: try s.column(6))
            // Frozen lines passed LinePricing's checks and a year's orders are bounded
            // (Money.maxYearNetCents, maxOrdersPerYear); the sums are checked all the same.
            guard let line = try? LinePricing.amounts(quantity: quantity, price: price) else { return }
            try committedNetCents.add(line.net)
            try committedGrossCents.add(line.gross)
            if try s.column(0, as: String.self) == "confirmed" {
                try confirmedNetCents.add(line.net)
                try confirmedGrossCents.add(line.gross)
                var ordered = confirmed[activityID] ?? Ordered()
                try ordered.quantity.add(quantity)
                try ordered.netCents.add(line.net)
                try ordered.grossCents.add(line.gross)
                confirmed[activityID] = ordered
            }
        }
    }

    /// Delivered in the activity's pricing unit: activities and courses count
    /// registrations, sessions add up, per-location units count distinct places, a
    /// yearly fee is delivered once anything was held; per inhabitant has no count.
    func deliveredQuantity(_ activityID: Int64) -> Int64? {
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
