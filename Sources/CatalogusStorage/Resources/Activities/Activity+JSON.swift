import CatalogusDomain
import JSON
import SQLite

extension Activity {
    /// The members in the order the API writes them (the columns' order).
    private static let members: [(column: Column, key: String)] = Column.allCases.map { ($0, $0.jsonKey) }

    /// Writes the resource; `price` is written only when the caller asked for a year
    /// (`.some(nil)` writes `"price": null`).
    package func write(to w: inout JSONWriter, price: YearPrice?? = .none) {
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
    package func write(to writer: inout JSONWriter) { write(to: &writer, price: .none) }
}

/// An activity with a year's price embedded (`?year=`): the price or null.
package struct PricedActivity: JSONRepresentable {
    package let activity: Activity
    package let price: YearPrice?

    package init(activity: Activity, price: YearPrice?) {
        self.activity = activity
        self.price = price
    }

    package func write(to writer: inout JSONWriter) { activity.write(to: &writer, price: .some(price)) }
}

/// A list item: the activity, with a year's price when the request named one.
package struct ListedActivity: JSONRepresentable {
    package let activity: Activity
    package let price: YearPrice??

    package func write(to writer: inout JSONWriter) { activity.write(to: &writer, price: price) }
}

extension JSONWriter {
    /// `{"id", "code", "name"}`: how a response refers to an activity (docs/api.md#conventions).
    package mutating func activityReference(id: Int64, code: String, name: String) {
        beginObject()
        key("id"); int(id)
        key("code"); string(code)
        key("name"); string(name)
        endObject()
    }
}
