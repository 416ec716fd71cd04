@testable import Catalogus
@testable import CatalogusAPI
@testable import CatalogusDomain
@testable import CatalogusServices
@testable import CatalogusStorage
@testable import CatalogusWeb
import Testing

/// Money in integer cents: VAT and indexation rounded half away from zero, overflow
/// refused. Every expected value is worked out by hand in its comment.
@Suite struct MoneyTests {
    @Test(arguments: [
        // (net, rate, VAT)
        (250, 21, 53),        // 52.5 → 53
        (50, 9, 5),           // 4.5 → 5
        (150, 9, 14),         // 13.5 → 14
        (249, 21, 52),        // 52.29 → 52
        (238, 21, 50),        // 49.98 → 50
        (1, 9, 0),            // 0.09 → 0
        (6, 9, 1),            // 0.54 → 1
        (100, 0, 0),
        (0, 21, 0),
        (19_500, 9, 1_755),
        (-250, 21, -53),      // a credit: -52.5 → -53, away from zero
        (-50, 9, -5),         // -4.5 → -5
        (-249, 21, -52),      // -52.29 → -52
    ] as [(Int64, Int64, Int64)])
    func vatRoundsHalfAwayFromZero(net: Int64, rate: Int64, vat: Int64) throws {
        #expect(try Money.vat(net: net, ratePercent: rate) == vat)
    }

    @Test func divideRoundedAtTheHalf() {
        #expect(Money.divideRounded(5, by: 10) == 1)
        #expect(Money.divideRounded(4, by: 10) == 0)
        #expect(Money.divideRounded(-5, by: 10) == -1)
        #expect(Money.divideRounded(-4, by: 10) == 0)
        #expect(Money.divideRounded(15, by: 10) == 2)
        #expect(Money.divideRounded(25, by: 10) == 3)  // not banker's rounding (which gives 2)
        #expect(Money.divideRounded(Int64.max, by: 1) == Int64.max)
        #expect(Money.divideRounded(Int64.max, by: 2) == Int64.max / 2 + 1)
    }

    @Test func multiplyAndAddRefuseOverflow() {
        #expect(throws: Money.Overflow.self) { try Money.multiply(100_000_000_000, 1_000_000_000) }
        #expect(throws: Money.Overflow.self) { try Money.add(Int64.max, 1) }
        #expect(throws: Money.Overflow.self) { try Money.vat(net: 9_000_000_000_000_000_000, ratePercent: 21) }
        #expect(throws: Money.Overflow.self) { try Money.multiply(Int64.min, -1) }
        #expect((try? Money.multiply(999_999_999, 1_000)) == 999_999_999_000)
        #expect((try? Money.add(Int64.max - 1, 1)) == Int64.max)
    }

    @Test(arguments: [
        // (percent, cents, raised)
        ("3.2", 1234, 1273),     // 1273.488 → 1273
        ("2", 1250, 1275),       // exactly 1275
        ("2", 25, 26),           // 25.5 → 26
        ("2.0", 25, 26),
        ("3.2", 25, 26),         // 25.8 → 26
        ("0", 1234, 1234),
        ("-2.5", 1234, 1203),    // 1203.15 → 1203
        ("-2.5", 1250, 1219),    // 1218.75 → 1219
        ("-2", 25, 25),          // 24.5 → 25 (half away from zero, up for a positive price)
        ("-2.5", 25, 24),        // 24.375 → 24
        ("+1", 100, 101),
        ("0.0405", 1250, 1251),  // 1250.50625 → 1251
        ("0.0004", 1250, 1250),  // 1250.005 → 1250
        ("100", 1234, 2468),
        ("999.9999", 100, 1_100),    // 100 × 10.999999 = 1,099.9999 → 1,100
    ] as [(String, Int64, Int64)])
    func indexationRoundsHalfAwayFromZero(percent: String, cents: Int64, raised: Int64) throws {
        let parsed = try #require(DecimalPercent(percent))
        #expect(try parsed.apply(to: cents) == raised, "\(percent) % of \(cents)")
    }

    @Test(arguments: ["3,2", "abc", "3.21234", "-100", "-100.0", "-250", "1e2", "", ".5", "5.", "1000", "3.2%", " 3.2", "--1", "+-1", "1.2.3"])
    func invalidPercentagesAreRefused(text: String) {
        #expect(DecimalPercent(text) == nil, "\(text)")
    }

    @Test func percentagesReadBackExactly() throws {
        #expect(try #require(DecimalPercent("3.2")).description == "3.2")
        #expect(try #require(DecimalPercent("-0.05")).description == "-0.05")
        #expect(try #require(DecimalPercent("-99.9999")).description == "-99.9999")
        #expect(try #require(DecimalPercent("007")).description == "7")
    }

    @Test func indexationOfTheLargestPriceDoesNotOverflow() throws {
        // 10^11 × (10^6 + 9,999,999) fits in 64 bits: the largest legal price at the largest percentage.
        let percent = try #require(DecimalPercent("999.9999"))
        #expect(try percent.apply(to: 100_000_000_000) == 1_099_999_900_000)
        #expect(throws: Money.Overflow.self) { try percent.apply(to: Int64.max / 2) }
    }

    @Test func lineAmountsForEachUnit() throws {
        let session = Order.FrozenPrice(unit: "session", unitPriceCents: 6_500, vatRate: 9, inhabitants: nil)
        let sessionLine = try LinePricing.amounts(quantity: 3, price: session)
        // 3 × 6,500 = 19,500; 9 % = 1,755.
        #expect(sessionLine.net == 19_500 && sessionLine.vat == 1_755 && sessionLine.gross == 21_255)

        let perHead = Order.FrozenPrice(unit: "inhabitant", unitPriceCents: 22, vatRate: 21, inhabitants: 34_021)
        let headLine = try LinePricing.amounts(quantity: 2, price: perHead)
        // 2 × 22 × 34,021 = 1,496,924; 21 % = 314,354.04 → 314,354.
        #expect(headLine.net == 1_496_924 && headLine.vat == 314_354 && headLine.gross == 1_811_278)

        // The inhabitants count only for the inhabitant unit.
        let ignored = Order.FrozenPrice(unit: "year", unitPriceCents: 22, vatRate: 0, inhabitants: 34_021)
        #expect(try LinePricing.amounts(quantity: 2, price: ignored).net == 44)

        let big = Order.FrozenPrice(unit: "course", unitPriceCents: 1_000, vatRate: 21, inhabitants: nil)
        let bigLine = try LinePricing.amounts(quantity: 999_999_999, price: big)
        // 999,999,999,000 net; 21 % = 209,999,999,790; gross 1,209,999,998,790.
        #expect(bigLine.net == 999_999_999_000 && bigLine.vat == 209_999_999_790 && bigLine.gross == 1_209_999_998_790)

        // One line may reach Money.maxLineCents exactly, not one cent more.
        let capped = Order.FrozenPrice(unit: "activity", unitPriceCents: Money.maxLineCents, vatRate: 0, inhabitants: nil)
        #expect(try LinePricing.amounts(quantity: 1, price: capped).net == Money.maxLineCents)
        let overCap = Order.FrozenPrice(unit: "activity", unitPriceCents: Money.maxLineCents + 1, vatRate: 0, inhabitants: nil)
        #expect(throws: Money.Overflow.self) { try LinePricing.amounts(quantity: 1, price: overCap) }

        let huge = Order.FrozenPrice(unit: "inhabitant", unitPriceCents: 100_000_000_000, vatRate: 0, inhabitants: 100_000_000)
        #expect(throws: Money.Overflow.self) { try LinePricing.amounts(quantity: 1, price: huge) }
    }

    @Test func totalsAreTheSumsOfTheLines() throws {
        func line(_ no: Int, net: Int64, vat: Int64) -> PricedLine {
            PricedLine(lineNo: no, activityID: Int64(no), activityCode: "a\(no)", activityName: "A\(no)", quantity: 1, unit: "activity",
                       unitPriceCents: net, vatRate: 21, inhabitants: nil, netCents: net, vatCents: vat, grossCents: net + vat)
        }
        // Per line 250 → 53 twice and 50 → 5: 111 (21 % of the summed 550 would be 116).
        let totals = try Totals([line(1, net: 250, vat: 53), line(2, net: 50, vat: 5), line(3, net: 250, vat: 53)])
        #expect(totals.netCents == 550 && totals.vatCents == 111 && totals.grossCents == 661)
        #expect(try Totals([]).grossCents == 0)
        let half = Int64.max / 2 + 1
        #expect(throws: Money.Overflow.self) { try Totals([line(1, net: half, vat: 0), line(2, net: half, vat: 0)]) }
    }
}
