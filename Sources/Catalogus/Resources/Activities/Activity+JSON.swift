import JSON
import SQLite

/// Where an activity's column values go, by kind (`Activity.value(_:into:)`).
protocol ActivityFieldSink {
    mutating func integer(_ value: Int64)
    mutating func optionalInteger(_ value: Int64?)
    mutating func text(_ value: String)
    mutating func optionalText(_ value: String?)
    mutating func flag(_ value: Bool)
    mutating func list(_ values: [String])
}

/// The API's JSON of each kind.
extension JSONWriter: ActivityFieldSink {
    mutating func integer(_ value: Int64) { int(value) }
    mutating func optionalInteger(_ value: Int64?) { int(value) }
    mutating func text(_ value: String) { string(value) }
    mutating func optionalText(_ value: String?) { string(value) }
    mutating func flag(_ value: Bool) { bool(value) }
    mutating func list(_ values: [String]) { beginArray(); for value in values { string(value) }; endArray() }
}

/// The arguments of an INSERT or UPDATE; a list is stored in its own table and binds as its text.
struct ActivitySQLArguments: ActivityFieldSink {
    var values: [any SQLiteBindable] = []

    mutating func integer(_ value: Int64) { values.append(value) }
    mutating func optionalInteger(_ value: Int64?) { values.append(value) }
    mutating func text(_ value: String) { values.append(value) }
    mutating func optionalText(_ value: String?) { values.append(value) }
    mutating func flag(_ value: Bool) { values.append(value) }
    mutating func list(_ values: [String]) { self.values.append(values.joined(separator: ",")) }
}

extension Activity {
    /// The values of `columns`, in their order, to bind.
    func arguments(_ columns: [Column]) -> [any SQLiteBindable] {
        var arguments = ActivitySQLArguments()
        for column in columns { value(column, into: &arguments) }
        return arguments.values
    }

    /// The members in the order the API writes them (the columns' order).
    private static let members: [(column: Column, key: String)] = Column.allCases.map { ($0, $0.jsonKey) }

    /// Writes the resource; `price` is written only when the caller asked for a year
    /// (`.some(nil)` writes `"price": null`).
    func write(to w: inout JSONWriter, price: YearPrice?? = .none) {
        w.beginObject()
        for member in Self.members {
            w.key(member.key)
            value(member.column, into: &w)
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
    /// `{"id", "code", "name"}`: how a response refers to an activity (docs/api.md#conventions).
    mutating func activityReference(id: Int64, code: String, name: String) {
        beginObject()
        key("id"); int(id)
        key("code"); string(code)
        key("name"); string(name)
        endObject()
    }
}
