import CatalogusDomain
import JSON

/// The API representation of a registration (also its audit snapshot) and its CSV row.
extension Registration: JSONRepresentable {
    /// The columns in their order as the record writes them, but for the activity and the
    /// location, shown by reference (the activity's programme after it).
    package func write(to w: inout JSONWriter) {
        w.beginObject()
        for column in Column.allCases where column.shown {
            w.key(column.jsonKey)
            switch column {
            case .activityID:
                w.activityReference(id: activityID, code: joined.activityCode, name: joined.activityName)
                w.key("programme"); w.string(joined.programme)
            case .locationID:
                if let locationID {
                    w.beginObject()
                    w.key("id"); w.int(locationID)
                    w.key("name"); w.string(joined.locationName)
                    w.endObject()
                } else {
                    w.null()
                }
            default:
                value(column, into: &w)
            }
        }
        w.endObject()
    }

    package static let csvHeader = ["id", "date", "municipality", "activity_id", "activity_code", "activity_name", "programme",
                            "location_id", "location_name", "sessions", "participants", "order_id", "partners", "notes"]

    /// The column of `csvHeader` that carries what a body's field sets: the field's own name,
    /// but the activity by its code and the location by its number. An upload may head its
    /// columns with these columns' Dutch names (`RegistrationBulkInput.headers`).
    package static func csvColumn(carrying field: String) -> String {
        switch field {
        case "activity": "activity_code"
        case "location": "location_id"
        default: field
        }
    }

    package var csvRow: [TableCell] {
        [.integer(id), .date(date), .text(municipality), .integer(activityID), .text(joined.activityCode), .text(joined.activityName),
         .text(joined.programme), .integer(locationID), .text(joined.locationName ?? ""), .integer(sessions), .integer(participants),
         .integer(orderID), .text(partners.joined(separator: "|")), .text(notes ?? "")]
    }
}

/// The answer to a bulk import: how many were created and their ids.
package struct BulkCreated: JSONRepresentable {
    package let ids: [Int64]

    package init(ids: [Int64]) {
        self.ids = ids
    }

    package func write(to w: inout JSONWriter) {
        w.beginObject()
        w.key("created"); w.int(ids.count)
        w.key("ids"); w.beginArray(); for id in ids { w.int(id) }; w.endArray()
        w.endObject()
    }
}
