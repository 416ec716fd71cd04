import CatalogusDomain
import CatalogusStorage
import JSON

extension MunicipalityReport {
    /// The report as JSON; `previous` (the year before) adds `change` wherever a number exists in both years.
    package func write(to w: inout JSONWriter, previous: MunicipalityReport?) {
        w.beginObject()
        w.key("municipality")
        w.beginObject()
        w.key("slug"); w.string(slug)
        w.key("name"); w.string(name)
        w.key("cbs_code"); w.string(cbsCode)
        w.endObject()
        w.key("year"); w.int(year)
        w.key("inhabitants"); w.int(inhabitants)

        w.key("figures")
        w.beginObject()
        for (definition, value) in figures {
            w.key(definition.code)
            w.beginObject()
            w.key("value"); if let value { value.write(to: &w) } else { w.null() }
            w.key("unit"); w.string(definition.unit.rawValue)
            w.key("scope"); w.string(definition.scope.rawValue)
            w.key("label"); w.string(definition.label)
            w.key("group"); w.string(definition.group)
            if definition.scope == .municipality, definition.unit == .count, definition.code != "inhabitants" {
                w.key("per_1000_inhabitants")
                if case .count(let count)? = value { w.tenths(per1000(count)) } else { w.null() }
            }
            w.endObject()
        }
        w.endObject()

        w.key("programmes")
        w.beginArray()
        for row in programmes {
            let before = previous?.programmes.first { $0.code == row.code }
            w.beginObject()
            w.key("code"); w.string(row.code)
            w.key("name"); w.string(row.name)
            w.key("activities"); w.int(row.activities)
            w.key("participants"); w.int(row.participants)
            w.key("sessions"); w.int(row.sessions)
            w.key("formats")
            w.beginObject()
            for (format, sums) in row.formats.sorted(by: { $0.key < $1.key }) {
                w.key(format)
                w.beginObject()
                w.key("activities"); w.int(sums.activities)
                w.key("participants"); w.int(sums.participants)
                w.key("sessions"); w.int(sums.sessions)
                w.endObject()
            }
            w.endObject()
            w.key("confirmed_net_cents"); w.int(row.confirmedNetCents)
            w.key("cost_per_participant_cents")
            w.int(Self.costPerParticipant(net: row.confirmedNetCents, participants: row.participants))
            w.key("per_1000_inhabitants")
            w.beginObject()
            w.key("activities"); w.tenths(per1000(row.activities))
            w.key("participants"); w.tenths(per1000(row.participants))
            w.endObject()
            w.key("change")
            w.beginObject()
            if let before {
                for (key, now, then) in [("activities", row.activities, before.activities),
                                         ("participants", row.participants, before.participants),
                                         ("sessions", row.sessions, before.sessions)] {
                    w.key(key)
                    Change(previous: .count(then), current: .count(now)).write(to: &w)
                }
            }
            w.endObject()
            w.endObject()
        }
        w.endArray()

        w.key("orders")
        w.beginObject()
        w.key("net_cents"); w.int(sums.committedNetCents)
        w.key("gross_cents"); w.int(sums.committedGrossCents)
        w.key("confirmed_net_cents"); w.int(sums.confirmedNetCents)
        w.key("confirmed_gross_cents"); w.int(sums.confirmedGrossCents)
        w.key("activities")
        w.beginArray()
        for row in activities {
            w.beginObject()
            w.key("activity")
            w.activityReference(id: row.info.id, code: row.info.code, name: row.info.name)
            w.key("programme"); w.string(row.info.programme)
            w.key("unit"); w.string(row.info.unit)
            w.key("ordered_quantity"); w.int(row.ordered)
            w.key("delivered_quantity"); w.int(row.delivered)
            let rate = Self.deliveryRateThousandths(delivered: row.delivered, ordered: row.ordered)
            w.key("delivery_rate")
            if let rate { w.rawNumber("\(rate / 1000).\(String(rate % 1000).leftPadded(to: 3))") } else { w.null() }
            w.key("under_delivered"); if let rate { w.bool(rate < 1000) } else { w.null() }
            w.key("participants"); w.int(row.participants)
            w.key("confirmed_net_cents"); w.int(row.confirmedNetCents)
            w.key("cost_per_participant_cents")
            w.int(Self.costPerParticipant(net: row.confirmedNetCents, participants: row.participants))
            w.endObject()
        }
        w.endArray()
        w.endObject()

        w.key("change")
        w.beginObject()
        if let previous {
            for (definition, value) in figures {
                guard let value, let before = previous.figures.first(where: { $0.0.code == definition.code })?.1 else { continue }
                w.key(definition.code)
                Change(previous: before, current: value).write(to: &w)
            }
        }
        w.endObject()
        w.endObject()
    }

    /// CSV: one row per number — section, code, name, metric, value.
    package var table: Table {
        var csv = Table(name: "Jaarverslag \(year)", header: ["section", "code", "name", "metric", "value"])
        for (definition, value) in figures {
            csv.row([.text("figure"), .text(definition.code), .text(definition.label), .text(definition.unit.rawValue),
                     value?.csvCell ?? .integer(nil)])
        }
        for row in programmes {
            for (metric, value) in [("activities", row.activities), ("participants", row.participants), ("sessions", row.sessions),
                                    ("confirmed_net_cents", row.confirmedNetCents)] {
                csv.row([.text("programme"), .text(row.code), .text(row.name), .text(metric), .integer(value)])
            }
            csv.row([.text("programme"), .text(row.code), .text(row.name), .text("cost_per_participant_cents"),
                     .integer(Self.costPerParticipant(net: row.confirmedNetCents, participants: row.participants))])
        }
        for row in activities {
            let rate = Self.deliveryRateThousandths(delivered: row.delivered, ordered: row.ordered)
            for (metric, value) in [("ordered_quantity", TableCell.integer(row.ordered)), ("delivered_quantity", .integer(row.delivered)),
                                    ("delivery_rate", .decimal(rate, scale: 3)),
                                    ("participants", .integer(row.participants)), ("confirmed_net_cents", .integer(row.confirmedNetCents))] {
                csv.row([.text("activity"), .text(row.info.code), .text(row.info.name), .text(metric), value])
            }
        }
        return csv
    }
}
