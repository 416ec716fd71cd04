@testable import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Testing

/// The byte-bounded LRU map under the representation cache, against a plain model.
@Suite struct LRUByteStoreTests {
    @Test func dropsTheLeastRecentlyUsedToStayWithinTheBudget() {
        var store = LRUByteStore<String, Int>(capacity: 100)
        #expect(store.insert(1, for: "a", cost: 40) == 0)
        #expect(store.insert(2, for: "b", cost: 40) == 0)
        #expect(store.value(for: "a") == 1)  // a is now newer than b
        #expect(store.insert(3, for: "c", cost: 40) == 1)
        #expect(store.value(for: "b") == nil)
        #expect(store.keysByRecency == ["c", "a"])
        #expect(store.totalCost == 80)
    }

    @Test func aValueLargerThanTheBudgetIsRefusedAndChangesNothing() {
        var store = LRUByteStore<String, Int>(capacity: 100)
        store.insert(1, for: "a", cost: 100)
        #expect(store.insert(2, for: "b", cost: 101) == nil)
        #expect(store.keysByRecency == ["a"])
        #expect(store.totalCost == 100)
        var off = LRUByteStore<String, Int>(capacity: 0)
        #expect(off.insert(1, for: "a", cost: 1) == nil)
    }

    @Test func replacingAKeyChargesOnlyItsNewCost() {
        var store = LRUByteStore<String, Int>(capacity: 100)
        store.insert(1, for: "a", cost: 60)
        store.insert(2, for: "b", cost: 30)
        #expect(store.insert(3, for: "a", cost: 70) == 0)
        #expect(store.value(for: "a") == 3)
        #expect(store.totalCost == 100)
        #expect(store.keysByRecency == ["a", "b"])
        store.removeValue(for: "a")
        #expect(store.totalCost == 30)
        store.removeAll()
        #expect(store.count == 0 && store.totalCost == 0 && store.value(for: "b") == nil)
    }

    /// 20,000 random operations (fixed seed) against a model that keeps recency in a
    /// plain array: the same hits, the same evictions, the same order, within budget.
    @Test func agreesWithAPlainModelOverManyOperations() {
        var random = SplitMix64(seed: 13)  // the product's seeded generator
        let capacity = 1_000
        var store = LRUByteStore<Int, Int>(capacity: capacity)
        var model: [(key: Int, value: Int, cost: Int)] = []  // newest first
        for step in 0..<20_000 {
            let key = Int(random.next() % 40)
            switch random.next() % 4 {
            case 0, 1:
                let found = model.firstIndex { $0.key == key }
                let expected = found.map { model[$0].value }
                if let found { model.insert(model.remove(at: found), at: 0) }
                #expect(store.value(for: key) == expected, "step \(step)")
            case 2:
                let cost = Int(random.next() % 300)
                model.removeAll { $0.key == key }
                var evicted = 0
                while model.reduce(0, { $0 + $1.cost }) > capacity - cost, !model.isEmpty {
                    model.removeLast()
                    evicted += 1
                }
                model.insert((key, step, cost), at: 0)
                #expect(store.insert(step, for: key, cost: cost) == evicted, "step \(step)")
            default:
                model.removeAll { $0.key == key }
                store.removeValue(for: key)
            }
            #expect(store.keysByRecency == model.map(\.key), "step \(step)")
            #expect(store.totalCost == model.reduce(0) { $0 + $1.cost } && store.totalCost <= capacity, "step \(step)")
        }
    }
}
