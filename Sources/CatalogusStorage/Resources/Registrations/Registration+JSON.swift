import CatalogusDomain
import JSON

/// The API representation of a registration (also its audit snapshot) and its CSV row.
extension Registration: JSONRepresentable {
    package func write(to w: inout JSONWriter) {
        w.beginObject()
        w.key("id"); w.int(id)
        w.key("activity")
        w.activityReference(id: activityID, code: activityCode, name: activityName)
        w.key("programme"); w.string(programme)
        w.key("municipality"); w.string(municipality)
        w.key("location")
        if let locationID {
            w.beginObject()
            w.key("id"); w.int(locationID)
            w.key("name"); w.string(locationName)
            w.endObject()
        } else {
            w.null()
        }
        w.key("date"); w.string(date)
        w.key("sessions"); w.int(sessions)
        w.key("participants"); w.int(participants)
        w.key("order_id"); w.int(orderID)
        w.key("partners"); w.beginArray(); for partner in partners { w.string(partner) }; w.endArray()
        w.key("notes"); w.string(notes)
        w.key("version"); w.int(version)
        w.key("created_at"); w.string(createdAt)
        w.key("updated_at"); w.string(updatedAt)
        w.endObject()
    }

    package static let csvHeader = ["id", "date", "municipality", "activity_id", "activity_code", "activity_name", "programme",
                            "location_id", "location_name", "sessions", "participants", "order_id", "partners", "notes"]

    package var csvRow: [TableCell] {
        [.integer(id), .date(date), .text(municipality), .integer(activityID), .text(activityCode), .text(activityName), .text(programme),
         .integer(locationID), .text(locationName ?? ""), .integer(sessions), .integer(participants),
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
