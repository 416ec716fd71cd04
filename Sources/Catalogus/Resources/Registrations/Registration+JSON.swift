import JSON

/// The API representation of a registration (also its audit snapshot) and its CSV row.
extension Registration: JSONRepresentable {
    /// The columns in their order; the references are written as what they name.
    func write(to w: inout JSONWriter) {
        w.beginObject()
        for column in Column.allCases {
            w.key(column.jsonKey)
            switch column {
            case .activityID:
                w.activityReference(id: activityID, code: activityCode, name: activityName)
                w.key("programme"); w.string(programme)
            case .locationID:
                if let locationID {
                    w.beginObject()
                    w.key("id"); w.int(locationID)
                    w.key("name"); w.string(locationName)
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

    static let csvHeader = ["id", "date", "municipality", "activity_id", "activity_code", "activity_name", "programme",
                            "location_id", "location_name", "sessions", "participants", "order_id", "partners", "notes"]

    var csvRow: [TableCell] {
        [.integer(id), .date(date), .text(municipality), .integer(activityID), .text(activityCode), .text(activityName), .text(programme),
         .integer(locationID), .text(locationName ?? ""), .integer(sessions), .integer(participants),
         .integer(orderID), .text(partners.joined(separator: "|")), .text(notes ?? "")]
    }
}

/// The answer to a bulk import: how many were created and their ids.
struct BulkCreated: JSONRepresentable {
    let ids: [Int64]

    func write(to w: inout JSONWriter) {
        w.beginObject()
        w.key("created"); w.int(ids.count)
        w.key("ids"); w.beginArray(); for id in ids { w.int(id) }; w.endArray()
        w.endObject()
    }
}
