import CatalogusDomain
import CatalogusStorage
import JSON
import SQLite

/// Where a figure of the annual report comes from (`GET /api/v1/stats/…/explain`): its
/// value, evaluated by the figure's `FigureFormula` as the report's is (so exactly the
/// report's), and the sources that formula reads — the key figures it stores or adds up,
/// the registrations it counts or sums — a page at a time. A ratio has no sources but its
/// two terms, each a figure that explains itself in turn.
package struct FigureExplanation {
    /// The figure asked for: a key of the report's `figures`, or `programme.<code>.<measure>`.
    package struct Target {
        package let figure: String
        package let label: String
        package let unit: FigureDefinition.Unit
        package let formula: FigureFormula
        /// Where its inputs are: the municipality, or `organisation` for the organisation's figures.
        package let area: String

        /// nil for a key that names no figure of the report: of a municipality's (`municipality`)
        /// or of the organisation's (nil, which has no programme table).
        package init?(_ key: String, definitions: [FigureDefinition], municipality: String?,
                      programmes: [(code: String, name: String)]) {
            if let number = FigureFormula.programmeFigure(key) {
                guard let municipality, let programme = programmes.first(where: { $0.code == number.programme }) else { return nil }
                figure = key
                label = "\(programme.name): \(Vocabulary.columnTerms.label(number.measure).lowercased())"
                unit = .count
                formula = number.formula
                area = municipality
                return
            }
            guard let definition = definitions.first(where: { $0.code == key }), let formula = FigureFormula.of(definition) else { return nil }
            switch definition.scope {
            case .organisation: area = FigureService.organisation
            case .municipality:
                guard let municipality else { return nil }
                area = municipality
            }
            figure = key
            label = definition.label
            unit = definition.unit
            self.formula = formula
        }
    }

    package struct Request {
        package let year: Int64
        package let target: Target
        package var page: PageRequest
    }

    /// A key figure behind a figure, with who last changed it and when (`audit_log`).
    package struct KeyFigure {
        package let code: String
        package let label: String
        package let value: FigureNumber
        package let url: String
        package let id: String
        package let change: (by: String, at: String)?
    }

    package struct Term {
        package let figure: String
        package let value: FigureNumber?
    }

    package enum Source {
        case registration(ExplanationRepository.RegistrationSource, value: Int64)
        case keyFigure(KeyFigure)
        case orderLine(ExplanationRepository.OrderLineSource, value: Int64)
        /// A ratio's term: a row of the CSV and the sheet (JSON names them in `terms`).
        case term(role: String, Term)
    }

    package let request: Request
    package let value: FigureNumber?
    package var method: FigureFormula.Method { request.target.formula.method }
    package let sources: Page<Source>
    package let terms: (numerator: Term, denominator: Term)?

    package init(_ request: Request, definitions: [FigureDefinition], db: Connection) throws {
        self.request = request
        let target = request.target, year = request.year, page = request.page
        let evaluation = try FigureEvaluation(year: year, area: target.area, definitions: definitions, in: FigureRepository(db: db))
        let explanations = ExplanationRepository(db: db)
        value = try evaluation.value(target.formula)

        func keyFigure(_ code: String) throws -> Source? {
            guard let value = try evaluation.value(.stored(code)) else { return nil }
            return .keyFigure(KeyFigure(code: code, label: evaluation.definitions[code]?.label ?? code, value: value,
                                        url: "/api/v1/figures/\(year)/\(target.area)", id: "\(year)/\(target.area)/\(code)",
                                        change: try explanations.lastChange(entity: "figures", id: "\(year)/\(target.area)", member: code)))
        }
        switch target.formula {
        case .stored(let code):
            sources = Self.paged(try [keyFigure(code)].compactMap { $0 }, page)
            terms = nil
        case .sum(let codes):
            sources = Self.paged(try codes.compactMap(keyFigure), page)
            terms = nil
        case .inhabitants:
            let found = try value.map { value in
                Source.keyFigure(KeyFigure(code: "inhabitants", label: Vocabulary.columnTerms.label("inhabitants"), value: value,
                                           url: "/api/v1/municipalities/\(target.area)", id: "\(year)/\(target.area)/inhabitants",
                                           change: try explanations.lastChange(entity: "inhabitants", id: "\(target.area)/\(year)",
                                                                               member: "count")))
            }
            sources = Self.paged(found.map { [$0] } ?? [], page)
            terms = nil
        case .registrations(let selection):
            let counted = RegistrationSelection(programme: selection.programme, format: selection.format, measure: .activities)
            var own: Int64 = 0
            if case .count(let count)? = try evaluation.value(.registrations(counted)) { own = count }
            let path = Self.path(selection: own, year: try explanations.registrationCount(municipality: target.area, year: year),
                                 page: page.fetchLimit)
            sources = try explanations.registrations(programme: selection.programme, format: selection.format, municipality: target.area,
                                                     year: year, page: page, path: path).map { row in
                switch selection.measure {
                case .activities: Source.registration(row, value: 1)
                case .participants: Source.registration(row, value: row.participants)
                case .sessions: Source.registration(row, value: row.sessions)
                }
            }
            terms = nil
        case .orderLines(let programme):
            sources = try explanations.confirmedLines(programme: programme, municipality: target.area, year: year, page: page)
                .map { Source.orderLine($0, value: FigureEvaluation.net($0)) }
            terms = nil
        case .ratio(let numerator, let denominator, _):
            sources = Page(items: [])
            terms = (Term(figure: numerator, value: try evaluation.value(of: numerator)),
                     Term(figure: denominator, value: try evaluation.value(of: denominator)))
        }
    }

    /// The cheaper way to a page of a selection's registrations: walking the year by date
    /// reads about page × year ÷ selection rows, reading the selection by activity reads
    /// (and sorts) all of it; the first wins while selection² ≥ page × year. Either way at
    /// most about √(page × year) rows: some 2,300 for a page of 51 in a year of 100,000.
    package static func path(selection: Int64, year: Int64, page: Int) -> ExplanationRepository.Path {
        let (square, overflow) = selection.multipliedReportingOverflow(by: selection)
        let (reach, tooFar) = year.multipliedReportingOverflow(by: Int64(page))
        return overflow || tooFar || square >= reach ? .byDate : .byActivity
    }

    /// A short list (a sum's key figures) paged like the long ones: the cursor is the next position.
    private static func paged(_ all: [Source], _ page: PageRequest) -> Page<Source> {
        let start = page.after.map { Int(clamping: max(0, $0.id)) } ?? 0
        let rest = Array(all.enumerated().dropFirst(start).prefix(page.fetchLimit))
        return page.page(rest) { PageCursor(id: Int64($0.offset) + 1) }.map { $0.element }
    }

    /// What the CSV and the sheet list: the sources, or a ratio's two terms.
    package var rows: Page<Source> {
        guard let terms else { return sources }
        return Page(items: [.term(role: "numerator", terms.numerator), .term(role: "denominator", terms.denominator)])
    }

    package var fileStem: String { "toelichting-\(request.target.area)-\(request.year)-\(request.target.figure)" }
}

extension FigureExplanation: JSONRepresentable {
    package func write(to w: inout JSONWriter) {
        ListEnvelope.write(into: &w, sources, leading: { w in
            w.key("figure"); w.string(request.target.figure)
            w.key("label"); w.string(request.target.label)
            w.key("year"); w.int(request.year)
            w.key("unit"); w.string(request.target.unit.rawValue)
            w.key("value"); Self.write(value, to: &w)
            w.key("method"); w.string(method.rawValue)
            if let terms {
                w.key("terms")
                w.beginObject()
                for (role, term) in [("numerator", terms.numerator), ("denominator", terms.denominator)] {
                    w.key(role)
                    w.beginObject()
                    w.key("figure"); w.string(term.figure)
                    w.key("value"); Self.write(term.value, to: &w)
                    w.endObject()
                }
                w.endObject()
            }
        }, item: { source, w in Self.write(source, to: &w) })
    }

    private static func write(_ value: FigureNumber?, to w: inout JSONWriter) {
        if let value { value.write(to: &w) } else { w.null() }
    }

    private static func write(_ source: Source, to w: inout JSONWriter) {
        w.beginObject()
        switch source {
        case .registration(let row, let value):
            w.key("kind"); w.string("registration")
            w.key("id"); w.int(row.id)
            w.key("url"); w.string("/api/v1/registrations/\(row.id)")
            w.key("value"); w.int(value)
            w.key("date"); w.string(row.date)
            w.key("activity"); w.activityReference(id: row.activityID, code: row.activityCode, name: row.activityName)
            w.key("location")
            if let id = row.locationID {
                w.beginObject(); w.key("id"); w.int(id); w.key("name"); w.string(row.locationName); w.endObject()
            } else {
                w.null()
            }
            w.key("participants"); w.int(row.participants)
            w.key("sessions"); w.int(row.sessions)
        case .keyFigure(let figure):
            w.key("kind"); w.string("key_figure")
            w.key("id"); w.string(figure.id)
            w.key("url"); w.string(figure.url)
            w.key("value"); figure.value.write(to: &w)
            w.key("code"); w.string(figure.code)
            w.key("label"); w.string(figure.label)
            w.key("entered_by"); w.string(figure.change?.by)
            w.key("entered_at"); w.string(figure.change?.at)
        case .orderLine(let line, let value):
            w.key("kind"); w.string("order_line")
            w.key("id"); w.string("\(line.number)/\(line.lineNo)")
            w.key("url"); w.string("/api/v1/orders/\(line.orderID)")
            w.key("value"); w.int(value)
            w.key("order"); w.beginObject(); w.key("id"); w.int(line.orderID); w.key("number"); w.string(line.number); w.endObject()
            w.key("line_no"); w.int(line.lineNo)
            w.key("activity"); w.activityReference(id: line.activityID, code: line.activityCode, name: line.activityName)
            w.key("quantity"); w.int(line.quantity)
            w.key("unit"); w.string(line.price.unit)
            w.key("unit_price_cents"); w.int(line.price.unitPriceCents)
            w.key("vat_rate"); w.int(line.price.vatRate)
            w.key("inhabitants"); w.int(line.price.inhabitants)
        case .term(let role, let term):
            // Never an item of the JSON (`terms` holds them); written the same way should that change.
            w.key("kind"); w.string(role)
            w.key("figure"); w.string(term.figure)
            w.key("value"); write(term.value, to: &w)
        }
        w.endObject()
    }

    /// The columns of the CSV and the sheet (Dutch names in `Vocabulary.columnTerms`).
    package static let csvHeader = ["kind", "id", "date", "activity_code", "activity_name", "location_name", "participants",
                                    "sessions", "number", "quantity", "unit_price_cents", "code", "label", "value", "url",
                                    "entered_by", "entered_at"]

    package static func csvRow(_ source: Source) -> [TableCell] {
        func kind(_ code: String) -> TableCell { .code(code, label: Vocabulary.explanationSourceTerms.label(code)) }
        let none: [TableCell] = [.text(""), .integer(nil), .money(nil)]  // number, quantity, unit price
        switch source {
        case .registration(let row, let value):
            return [kind("registration"), .integer(row.id), .date(row.date), .text(row.activityCode), .text(row.activityName),
                    .text(row.locationName ?? ""), .integer(row.participants), .integer(row.sessions)] + none
                + [.text(""), .text(""), .integer(value), .text("/api/v1/registrations/\(row.id)"), .text(""), .text("")]
        case .keyFigure(let figure):
            return [kind("key_figure"), .text(figure.id), .text(""), .text(""), .text(""), .text(""), .integer(nil), .integer(nil)] + none
                + [.text(figure.code), .text(figure.label), figure.value.csvCell, .text(figure.url),
                   .text(figure.change?.by ?? ""), .text(figure.change?.at ?? "")]
        case .orderLine(let line, let value):
            return [kind("order_line"), .text("\(line.number)/\(line.lineNo)"), .text(""), .text(line.activityCode),
                    .text(line.activityName), .text(""), .integer(nil), .integer(nil),
                    .text(line.number), .integer(line.quantity), .money(line.price.unitPriceCents),
                    .text(""), .text(""), .money(value), .text("/api/v1/orders/\(line.orderID)"), .text(""), .text("")]
        case .term(let role, let term):
            return [kind(role), .text(""), .text(""), .text(""), .text(""), .text(""), .integer(nil), .integer(nil)] + none
                + [.text(term.figure), .text(""), term.value?.csvCell ?? .integer(nil), .text(""), .text(""), .text("")]
        }
    }
}
