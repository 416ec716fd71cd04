/// A sum or product of values that clients can grow did not fit in 64 bits. Writes
/// refuse such values before they are stored; on a read it means stored data broke
/// those bounds, and the request fails with a problem instead of trapping.
package struct ArithmeticOverflow: Error, Sendable {
    package init() {}
}

extension Int64 {
    /// `self += value`, refusing overflow. Every sum the statistics make of stored
    /// values uses this (Swift's `+=` traps, and a trap takes the whole server down).
    package mutating func add(_ value: Int64) throws(ArithmeticOverflow) {
        let (sum, overflow) = addingReportingOverflow(value)
        if overflow { throw ArithmeticOverflow() }
        self = sum
    }

    /// `self × factor`, refusing overflow.
    package func times(_ factor: Int64) throws(ArithmeticOverflow) -> Int64 {
        let (product, overflow) = multipliedReportingOverflow(by: factor)
        if overflow { throw ArithmeticOverflow() }
        return product
    }
}

extension Optional where Wrapped == Int64 {
    /// Adds `value` when there is one; nil + nil stays nil (a figure nobody reported).
    package mutating func add(_ value: Int64?) throws(ArithmeticOverflow) {
        guard let value else { return }
        var sum = self ?? 0
        try sum.add(value)
        self = sum
    }
}
