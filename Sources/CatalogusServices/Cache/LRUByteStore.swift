/// A map that holds at most `capacity` bytes of values (each value's cost is given with
/// it) and makes room by dropping the least recently used. Not synchronised: its owner
/// guards it. Entries live in one array linked by indices, so that a hit moves two
/// indices and allocates nothing.
package struct LRUByteStore<Key: Hashable, Value> {
    private struct Slot {
        var key: Key
        var value: Value
        var cost: Int
        var newer: Int
        var older: Int
    }

    package let capacity: Int
    package private(set) var totalCost = 0
    private var index: [Key: Int] = [:]
    private var slots: [Slot?] = []
    private var freeSlots: [Int] = []
    /// Most and least recently used slot; `none` when empty.
    private var newest = none
    private var oldest = none
    private static var none: Int { -1 }

    package init(capacity: Int) { self.capacity = max(0, capacity) }

    package var count: Int { index.count }

    /// The value, marked as just used.
    package mutating func value(for key: Key) -> Value? {
        guard let position = index[key], let slot = slots[position] else { return nil }
        moveToNewest(position)
        return slot.value
    }

    /// Stores `value` (replacing one under the same key) and drops the least recently
    /// used until the costs fit; returns how many others were dropped. A value that
    /// alone exceeds the capacity is not stored (and nil is returned).
    @discardableResult
    package mutating func insert(_ value: Value, for key: Key, cost: Int) -> Int? {
        guard cost >= 0, cost <= capacity else { return nil }
        removeValue(for: key)
        var evicted = 0
        while totalCost > capacity - cost, oldest != Self.none {
            unlink(oldest)
            evicted += 1
        }
        let slot = Slot(key: key, value: value, cost: cost, newer: Self.none, older: newest)
        let position: Int
        if let free = freeSlots.popLast() {
            position = free
            slots[position] = slot
        } else {
            position = slots.count
            slots.append(slot)
        }
        if newest != Self.none { slots[newest]?.newer = position }
        newest = position
        if oldest == Self.none { oldest = position }
        index[key] = position
        totalCost += cost
        return evicted
    }

    package mutating func removeValue(for key: Key) {
        if let position = index[key] { unlink(position) }
    }

    package mutating func removeAll() {
        index.removeAll(keepingCapacity: true)
        slots.removeAll(keepingCapacity: true)
        freeSlots.removeAll(keepingCapacity: true)
        newest = Self.none
        oldest = Self.none
        totalCost = 0
    }

    /// Keys from the most to the least recently used (for tests).
    package var keysByRecency: [Key] {
        var keys: [Key] = []
        var position = newest
        while position != Self.none, let slot = slots[position] {
            keys.append(slot.key)
            position = slot.older
        }
        return keys
    }

    private mutating func detach(_ position: Int) {
        guard let slot = slots[position] else { return }
        if slot.newer != Self.none { slots[slot.newer]?.older = slot.older } else { newest = slot.older }
        if slot.older != Self.none { slots[slot.older]?.newer = slot.newer } else { oldest = slot.newer }
    }

    private mutating func moveToNewest(_ position: Int) {
        guard position != newest else { return }
        detach(position)
        slots[position]?.older = newest
        slots[position]?.newer = Self.none
        if newest != Self.none { slots[newest]?.newer = position }
        newest = position
        if oldest == Self.none { oldest = position }
    }

    private mutating func unlink(_ position: Int) {
        guard let slot = slots[position] else { return }
        detach(position)
        index[slot.key] = nil
        totalCost -= slot.cost
        slots[position] = nil
        freeSlots.append(position)
    }
}
