import Foundation
import Testing
@testable import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb

/// The plain-Swift replacements of `String(format:)` and `trimmingCharacters(in:)`
/// give what the Foundation calls gave.
struct TextTrimmingTests {
    @Test func timestampsAreZeroPaddedRFC3339() {
        #expect(Timestamp.format(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00Z")
        #expect(Timestamp.format(Date(timeIntervalSince1970: 1_780_000_000.9)) == "2026-05-28T20:26:40Z")
        #expect(Timestamp.format(Date(timeIntervalSince1970: 1_709_251_199)) == "2024-02-29T23:59:59Z")
    }

    @Test func amsterdamDatesAreZeroPadded() {
        // 2024-01-05 23:30 UTC is 00:30 on the 6th in Amsterdam (CET, +1).
        #expect(CalendarDate.todayInAmsterdam(Date(timeIntervalSince1970: 1_704_497_400)) == "2024-01-06")
    }

    @Test(arguments: ["  a b \t", "\n\u{00A0}x\u{2003}\r\n", "", "   ", "plain", "\u{3000}日本\u{3000}"])
    func trimmingMatchesFoundation(_ text: String) {
        #expect(String(text.trimmingWhitespace()) == text.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
