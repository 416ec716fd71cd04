import Foundation
import HTTPParser
import HTTPServer
import JSON
import SQLite

/// Prices per activity and year, the yearly price list, publication and indexation.
enum PriceHandlers {
    static func year(_ text: String?, field: String = "year") throws -> Int64 {
        guard let text, let year = Int64(text), Vocabulary.years.contains(year) else {
            throw AppError.validation([.init(field: field, message: "must be a year from 2000 to 2200")])
        }
        return year
    }

    @Sendable static func activityPrices(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        var errors: [Problem.FieldError] = []
        QueryCheck.rejectUnknown(request.query, allowed: ["limit", "cursor"], errors: &errors)
        let page = PageRequest.parse(request.query, errors: &errors)
        guard errors.isEmpty else { throw AppError.validation(errors) }
        let activity = try ActivityService.require(context.parameters["id"] ?? "", in: context.reader)
        var prices = try PriceService.prices(of: activity, in: context.reader).filter { $0.year > (page.after?.id ?? Int64.min) }
        let more = prices.count > page.limit
        prices = Array(prices.prefix(page.limit))
        let published = Set(try context.reader.query("SELECT year FROM price_year WHERE published_at IS NOT NULL")
            .map { try $0.column(0, as: Int64.self) })
        var w = JSONWriter()
        w.beginObject()
        w.key("items")
        w.beginArray()
        for price in prices {
            w.beginObject()
            w.key("year"); w.int(price.year)
            w.key("unit_price_cents"); w.int(price.unitPriceCents)
            w.key("vat_rate"); w.int(price.vatRate)
            w.key("unit"); w.string(price.unit)
            w.key("published"); w.bool(published.contains(price.year))
            w.endObject()
        }
        w.endArray()
        w.key("next_cursor")
        if more, let last = prices.last { w.string(PageRequest.encode(key: "", id: last.year)) } else { w.null() }
        w.endObject()
        return Conditional.list(request, body: w.bytes)
    }

    @Sendable static func setPrice(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        try context.require(.admin)
        let year = try year(context.parameters["year"])
        let body = try RequestBody.object(request)
        var v = FieldValidator(body)
        v.rejectUnknown(allowed: ["unit_price_cents", "vat_rate", "year", "unit"])
        let cents = v.integer("unit_price_cents", range: 0...100_000_000_000)
        let vat = v.integer("vat_rate")
        if let vat, !Vocabulary.vatRates.contains(vat) { v.fail("vat_rate", "must be 0, 9 or 21") }
        if let given = body["year"], given.int64Value != year { v.fail("year", "must match the year in the path") }
        try v.finish()
        return try context.services.writer.write { db in
            let activity = try ActivityService.require(context.parameters["id"] ?? "", in: db)
            let before = try ActivityService.price(of: activity, year: year, in: db)
            let created = try PriceService.set(activity: activity, year: year, unitPriceCents: cents!, vatRate: vat!, in: db)
            let price = YearPrice(year: year, unitPriceCents: cents!, vatRate: vat!, unit: activity.unit)
            var w = JSONWriter()
            price.write(to: &w)
            let after = try JSONParser.parse(w.bytes)
            var beforeJSON: JSONValue?
            if let before { var b = JSONWriter(); before.write(to: &b); beforeJSON = try JSONParser.parse(b.bytes) }
            try AuditLog.record(db, actor: context.actor(for: request), action: created ? "create" : "update",
                                entity: "price", id: "\(activity.id)/\(year)", before: beforeJSON, after: after)
            return HTTPResponse.json(bytes: w.bytes, status: created ? 201 : 200)
        }
    }

    @Sendable static func priceList(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let query = request.query
        var errors: [Problem.FieldError] = []
        QueryCheck.rejectUnknown(query, allowed: Set(["year", "programme", "limit", "cursor", "modified_since"]).union(OutputFormat.queryNames),
                                 errors: &errors)
        var modifiedSince: String?
        if let text = query["modified_since"] {
            if let date = Timestamp.parse(text) { modifiedSince = Timestamp.format(date) } else {
                errors.append(.init(field: "modified_since", message: "must be an RFC 3339 timestamp"))
            }
        }
        let format = OutputFormat.negotiate(request, errors: &errors)
        let page = PageRequest.parse(query, errors: &errors)
        var year: Int64?
        if let text = query["year"] {
            if let value = Int64(text), Vocabulary.years.contains(value) { year = value } else {
                errors.append(.init(field: "year", message: "must be a year from 2000 to 2200"))
            }
        } else {
            errors.append(.init(field: "year", message: "is required"))
        }
        let programme = query["programme"]
        if let programme, try context.reader.scalar("SELECT count(*) FROM programme WHERE code = ?", programme, as: Int64.self) != 1 {
            errors.append(.init(field: "programme", message: "is not a programme code"))
        }
        guard errors.isEmpty, let year else { throw AppError.validation(errors) }
        let db = context.reader
        let published = try PriceService.isPublished(year, in: db)
        let (rows, next) = try PriceService.priceList(year: year, programme: programme, modifiedSince: modifiedSince, page: page, in: db)
        switch format {
        case .csv(let separator):
            var csv = CSVWriter(separator: separator)
            csv.header(["activity_id", "activity_code", "activity_name", "programme", "unit", "unit_price_cents", "vat_rate"])
            for row in rows {
                csv.row([.integer(row.activityID), .text(row.code), .text(row.name), .text(row.programme), .text(row.unit),
                         .integer(row.unitPriceCents), .integer(row.vatRate)])
            }
            var headers: HTTPHeaders = ["Content-Disposition": "attachment; filename=\"prices-\(year).csv\""]
            if let next { headers.set(name: "Link", value: PageRequest.nextLink(request, cursor: next)) }
            var response = Conditional.list(request, body: csv.bytes, contentType: OutputFormat.csvContentType)
            for (name, value) in headers { response.headers.set(name: name, value: value) }
            return response
        case .json:
            var w = JSONWriter(capacity: 16 * 1024)
            w.beginObject()
            w.key("year"); w.int(year)
            w.key("published"); w.bool(published)
            w.key("items")
            w.beginArray()
            for row in rows {
                w.beginObject()
                w.key("activity")
                w.activityReference(id: row.activityID, code: row.code, name: row.name)
                w.key("programme"); w.string(row.programme)
                w.key("unit"); w.string(row.unit)
                w.key("unit_price_cents"); w.int(row.unitPriceCents)
                w.key("vat_rate"); w.int(row.vatRate)
                w.endObject()
            }
            w.endArray()
            w.key("next_cursor"); w.string(next)
            w.endObject()
            return Conditional.list(request, body: w.bytes)
        }
    }

    @Sendable static func publish(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let principal = try context.require(.admin)
        let year = try year(context.parameters["year"])
        return try context.services.writer.write { db in
            let at = try PriceService.publish(year: year, by: principal.name, in: db)
            let result: JSONValue = ["year": .integer(year), "published": true, "published_at": .string(at)]
            try AuditLog.record(db, actor: context.actor(for: request), action: "publish", entity: "price_list",
                                id: String(year), before: nil, after: result)
            return HTTPResponse.json(result)
        }
    }

    @Sendable static func index(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        try context.require(.admin)
        let body = try RequestBody.object(request)
        var v = FieldValidator(body)
        v.rejectUnknown(allowed: ["from_year", "to_year", "percent", "overwrite"])
        let from = v.integer("from_year", range: Vocabulary.years)
        let to = v.integer("to_year", range: Vocabulary.years)
        if let from, let to, from == to { v.fail("to_year", "must differ from from_year") }
        var percent: DecimalPercent?
        switch body["percent"] {
        case .some(.string(let text)):
            percent = DecimalPercent(text)
            if percent == nil { v.fail("percent", "must be a decimal string like \"3.2\" (up to 4 decimals, above -100)") }
        case nil, .some(.null): v.fail("percent", "is required")
        default: v.fail("percent", "must be a decimal string like \"3.2\", not a number (to stay exact)")
        }
        let overwrite = v.has("overwrite") ? (v.boolean("overwrite") ?? false) : false
        try v.finish()
        return try Idempotency.perform(request, context, body: .object(body)) { db in
            let result = try PriceService.index(from: from!, to: to!, percent: percent!, overwrite: overwrite, in: db)
            let summary: JSONValue = [
                "from_year": .integer(from!), "to_year": .integer(to!), "percent": .string(percent!.description),
                "created": .integer(result.created), "replaced": .integer(result.replaced),
            ]
            try AuditLog.record(db, actor: context.actor(for: request), action: "index", entity: "price_list",
                                id: String(to!), before: nil, after: summary)
            var response = HTTPResponse.json(summary, status: 201)
            response.headers.set(name: "Location", value: "/api/v1/prices?year=\(to!)")
            return response
        }
    }
}
