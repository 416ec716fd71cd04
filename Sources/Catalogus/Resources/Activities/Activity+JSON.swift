import JSON
import SQLite

extension Activity {
    /// One column's value, typed by its kind: written to JSON, bound to SQL.
    enum FieldValue {
        case integer(Int64)
        case optionalInteger(Int64?)
        case text(String)
        case optionalText(String?)
        case flag(Bool)
        case list([String])

        func write(to w: inout JSONWriter) {
            switch self {
            case .integer(let value): w.int(value)
            case .optionalInteger(let value): w.int(value)
            case .text(let value): w.string(value)
            case .optionalText(let value): w.string(value)
            case .flag(let value): w.bool(value)
            case .list(let values): w.beginArray(); for value in values { w.string(value) }; w.endArray()
            }
        }

        /// A list is stored in its own table, never bound; it binds as its stored text.
        var bindable: any SQLiteBindable {
            switch self {
            case .integer(let value): value
            case .optionalInteger(let value): value
            case .text(let value): value
            case .optionalText(let value): value
            case .flag(let value): value
            case .list(let values): values.joined(separator: ",")
            }
        }
    }

    /// The members in the order the API writes them (the columns' order).
    private static let members: [(column: Column, key: String)] = Column.allCases.map { ($0, $0.jsonKey) }

    /// Writes the resource; `price` is written only when the caller asked for a year
    /// (`.some(nil)` writes `"price": null`).
    func write(to w: inout JSONWriter, price: YearPrice?? = .none) {
        w.beginObject()
        for member in Self.members {
            w.key(member.key)
            value(member.column).write(to: &w)
        }
        if case .some(let price) = price {
            w.key("price")
            if let price { price.write(to: &w) } else { w.null() }
        }
        w.endObject()
    }
}

/// The resource as the API and the audit log write it.
extension Activity: JSONRepresentable {
    func write(to writer: inout JSONWriter) { write(to: &writer, price: .none) }
}

/// An activity with a year's price embedded (`?year=`): the price or null.
struct PricedActivity: JSONRepresentable {
    let activity: Activity
    let price: YearPrice?

    func write(to writer: inout JSONWriter) { activity.write(to: &writer, price: .some(price)) }
}

/// A list item: the activity, with a year's price when the request named one.
struct ListedActivity: JSONRepresentable {
    let activity: Activity
    let price: YearPrice??

    func write(to writer: inout JSONWriter) { activity.write(to: &writer, price: price) }
}

extension JSONWriter {
    /// `{"id", "code", "name"}`: how a response refers to an activity (API.md).
    mutating func activityReference(id: Int64, code: String, name: String) {
        beginObject()
        key("id"); int(id)
        key("code"); string(code)
        key("name"); string(name)
        endObject()
    }
}
