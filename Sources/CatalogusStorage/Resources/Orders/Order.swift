import CatalogusDomain
import JSON

/// An order with its lines and history, as stored (prices only on submitted lines).
///
/// Each field of the order itself is declared in this file only, as `Activity`'s are:
/// the stored property, its `Column`, the read in `init(row:)`, its `value(_:into:)`
/// (`OrderView`'s JSON, the audit record, INSERT/UPDATE) and its `field(_:)`
/// (`OrderInput`, `OrderChange` and the OpenAPI schemas); a line's in OrderLine.swift.
/// The CSV export picks its columns itself (`OrderView`).
package struct Order: Sendable, FieldedRecord {
    package enum Column: String, RecordColumn {
        case id, number, municipality, year, status, reference, cancelReason = "cancel_reason", version
        case createdAt = "created_at", updatedAt = "updated_at"
    }

    package static let table = RecordTable<Column>(name: "purchase_order")

    package struct FrozenPrice: Sendable, Equatable {
        package var unit: String
        package var unitPriceCents: Int64
        package var vatRate: Int64
        package var inhabitants: Int64?
    }

    package struct HistoryEntry: Sendable {
        package var status: OrderStatus
        package var at: String
        package var by: String
        package var reason: String?
        /// The role of the token that made the change (nil once it is unknown).
        package var byRole: Role?

        /// What a caller of `role` is shown as `by`: a role bound to a municipality sees the
        /// library organisation, not the internal names of the library's own tokens and accounts.
        package func by(shownTo role: Role?) -> String {
            if role?.grant.ownMunicipalityOnly == true, byRole?.grant.ownMunicipalityOnly == false { return Vocabulary.organisationName }
            return by
        }
    }

    package var id: Int64
    package var number: String
    package var municipality: String
    package var year: Int64
    package var status: OrderStatus
    package var reference: String?
    package var cancelReason: String?
    package var version: Int64
    package var createdAt: String
    package var updatedAt: String
    package var lines: [Line]
    package var history: [HistoryEntry]
}

extension Order {
    /// An order without its lines and history, which are read after it.
    package init(row r: RecordRow<Column>) throws {
        id = try r.int64(.id)
        number = try r.string(.number)
        municipality = try r.string(.municipality)
        year = try r.int64(.year)
        status = OrderStatus(rawValue: try r.string(.status)) ?? .draft
        reference = try r.optionalString(.reference)
        cancelReason = try r.optionalString(.cancelReason)
        version = try r.int64(.version)
        createdAt = try r.string(.createdAt)
        updatedAt = try r.string(.updatedAt)
        lines = []
        history = []
    }

    package func value<Sink: RecordFieldSink>(_ column: Column, into sink: inout Sink) {
        switch column {
        case .id: sink.integer(id)
        case .number: sink.text(number)
        case .municipality: sink.text(municipality)
        case .year: sink.integer(year)
        case .status: sink.text(status.rawValue)
        case .reference: sink.optionalText(reference)
        case .cancelReason: sink.optionalText(cancelReason)
        case .version: sink.integer(version)
        case .createdAt: sink.text(createdAt)
        case .updatedAt: sink.text(updatedAt)
        }
    }

    /// How a body sets a column (`OrderInput`, `OrderChange`); nil for one only the
    /// server sets (the number, the status and a cancel's reason come from the workflow).
    package static func field(_ column: Column) -> RecordField<Order>? {
        switch column {
        case .id, .number, .status, .cancelReason, .version, .createdAt, .updatedAt: nil
        case .municipality: .special(.municipality)
        case .year: .special(.year)
        case .reference: .optionalText(\.reference, maxLength: OrderInput.maxReferenceLength)
        }
    }

    /// What a new order is for: set by POST only.
    package enum SpecialField: RecordSpecialField {
        case municipality, year

        package var requiredOnCreate: Bool { true }
        package var fixedOnceCreated: Bool { true }
    }

    /// A new draft before the body's fields are applied.
    package static func new(now: String) -> Order {
        Order(id: 0, number: "", municipality: "", year: 0, status: .draft, reference: nil, cancelReason: nil, version: 1,
              createdAt: now, updatedAt: now, lines: [], history: [])
    }
}
