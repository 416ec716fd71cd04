import Foundation
import HTTPServer
import JSON
import Testing
@testable import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb

/// The one vocabulary of errors: every code has Dutch text that is complete and not
/// English, every place that raises a code passes the facts its text names, and the
/// server layer's own codes are worded too.
@Suite struct MessageCatalogueTests {
    /// Words of an English sentence that a Dutch one does not use ("is", "of", "in" are Dutch too).
    static let englishWords: Set<String> = [
        "the", "must", "be", "and", "to", "this", "has", "with", "only", "may", "cannot", "not", "please", "retry",
        "your", "you", "already", "exists", "invalid", "required", "allowed", "should", "there", "from", "would",
        "than", "send", "try", "again", "there", "no", "unknown", "too", "many", "an",
    ]
    /// Every Dutch sentence of the catalogue has at least one of these.
    static let dutchWords: Set<String> = [
        "de", "het", "een", "is", "niet", "u", "uw", "dit", "deze", "van", "op", "te", "er", "zijn", "en", "met",
        "voor", "kies", "vul", "geef", "geen", "hier", "heeft", "kan", "mag", "bij", "al", "gebruik", "hoogstens", "minstens",
    ]

    static func placeholders(_ text: String) -> [String] {
        var names: [String] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }

    static func words(_ text: String) -> [String] {
        text.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
    }

    /// Each code rendered with every placeholder filled.
    static func rendered(_ code: MessageCode) -> String {
        let params = JSONObject(placeholders(DutchMessages.template(code)).map { (key: $0, value: JSONValue.integer(7)) })
        return Message(code, params).detail
    }

    @Test(arguments: MessageCode.allCases)
    func everyCodeHasCompleteDutchText(_ code: MessageCode) {
        Self.expectDutchSentence(Self.rendered(code), code.rawValue)
    }

    /// The server layer knows no Dutch; each of its codes is worded by the catalogue.
    @Test(arguments: ServerProblemCode.allCases)
    func everyServerCodeHasDutchText(_ code: ServerProblemCode) {
        Self.expectDutchSentence(ServerProblemWording.dutch(code), code.rawValue)
        let worded = Problem.inDutch(Problem(status: 400, detail: "English reason", code: code.rawValue,
                                             params: JSONObject([(key: "reason", value: "English reason")])))
        #expect(worded.detail == ServerProblemWording.dutch(code))
        #expect(worded.params["reason"]?.stringValue == "English reason", "the reason stays for programs and logs")
    }

    static func expectDutchSentence(_ text: String, _ code: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!text.isEmpty, sourceLocation: sourceLocation)
        #expect(!text.contains("{") && !text.contains("}"), "an unfilled placeholder in \(code): \(text)", sourceLocation: sourceLocation)
        #expect(text.first?.isUppercase == true || text.first?.isNumber == true, "\(code): \(text)", sourceLocation: sourceLocation)
        #expect([".", "?"].contains(text.last), "\(code) is not a sentence: \(text)", sourceLocation: sourceLocation)
        let words = Set(Self.words(text))
        #expect(words.isDisjoint(with: Self.englishWords), "\(code) reads English: \(words.intersection(Self.englishWords))",
                sourceLocation: sourceLocation)
        #expect(!words.isDisjoint(with: Self.dutchWords), "\(code) has no Dutch word: \(text)", sourceLocation: sourceLocation)
    }

    @Test func theTestsWouldCatchEnglish() {
        let english = Set(Self.words("You cannot disable your own account or take away your own admin role."))
        #expect(!english.isDisjoint(with: Self.englishWords))
        #expect(Self.placeholders("Er is geen gemeente {slug}.") == ["slug"])
    }

    /// Echoed values are cut by characters, not bytes, in lists and objects too.
    @Test func echoedValuesAreCut() {
        let emoji = String(repeating: "🦆", count: 60)  // 240 bytes, 60 characters: kept whole
        let message = Message(.activityUnknown, ["reference": .string(String(repeating: "é", count: 150)), "emoji": .string(emoji),
                                                  "list": .array((0..<50).map { .integer(Int64($0)) })])
        #expect(message.params["reference"]?.stringValue == String(repeating: "é", count: 100) + "…")
        #expect(message.params["emoji"]?.stringValue == emoji)
        #expect(message.params["list"]?.arrayValue?.count == Message.maxEchoedItems)
    }

    @Test func codesAreDottedAndDistinct() {
        let codes = MessageCode.allCases.map(\.rawValue) + ServerProblemCode.allCases.map(\.rawValue)
        #expect(Set(codes).count == codes.count)
        for code in codes {
            let parts = code.split(separator: ".", omittingEmptySubsequences: false)
            #expect(parts.count == 2 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isLowercase || $0 == "_" } }, "\(code)")
        }
    }

    @Test func theServerLayersBusyIsWordedWithItsCode() {
        let busy = Problem.inDutch(.server(status: 503, reason: "The server is busy; try again shortly."))
        #expect(busy.code == "http.busy" && busy.detail == ServerProblemWording.dutch(.busy))
    }

    /// Every place in the sources that raises a code with a placeholder passes the fact
    /// by that name (`.activityUnknown, ["reference": …]`); a missing one would show as
    /// `{reference}` to a person.
    @Test func everyRaiseGivesTheFactsItsTextNames() throws {
        let byName = Dictionary(uniqueKeysWithValues: MessageCode.allCases.map { (String(describing: $0), $0) })
        // Every module of the application (`Sources/Catalogus…`).
        let sources = RepositoryLayout.root.appendingPathComponent("Sources")
        let files = try FileManager.default.subpathsOfDirectory(atPath: sources.path)
            .filter { $0.hasPrefix("Catalogus") && $0.hasSuffix(".swift") && !$0.hasSuffix("DutchMessages.swift") && !$0.hasSuffix("MessageCode.swift") }
        // `.name` not followed by a labelled argument (`Outbox.record(.pricesPublished, id: …)` is an event).
        let pattern = try NSRegularExpression(pattern: #"\.([a-zA-Z]+)\b(?!\s*,\s*[a-zA-Z_]+:)(\s*,\s*\[([^\]]*))?"#)
        var checked = 0
        for file in files {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                guard let nameRange = Range(match.range(at: 1), in: text), let code = byName[String(text[nameRange])] else { continue }
                // A switch over another enum with a case of the same name (`case .pricesPublished:`
                // of a webhook event's label) names no message.
                if text[..<nameRange.lowerBound].hasSuffix("case .") { continue }
                let needed = Self.placeholders(DutchMessages.template(code))
                guard !needed.isEmpty else { continue }
                let given = Range(match.range(at: 3), in: text).map { String(text[$0]) } ?? ""
                checked += 1
                for name in needed {
                    #expect(given.contains("\"\(name)\":"), "\(file): .\(code) without \"\(name)\"")
                }
            }
        }
        #expect(checked > 40)
    }

    @Test func paramsAreSaidTheDutchWay() {
        let message = Message(.orderOverBudget, ["municipality": "assen", "year": 2026, "total_cents": 123_456_78,
                                                 "exceeded_by_cents": 5_00, "budget_cents": 123_451_78])
        #expect(message.detail.contains("€ 123.456,78"))
        #expect(message.detail.contains("€ 5,00"))
        #expect(message.detail.contains("voor 2026"))
        // The municipality reads this refusal: it is its own budget, and it says what it can do.
        #expect(message.detail.contains("uw budget voor 2026"))
        #expect(message.detail.contains("Verlaag de aantallen"))
        #expect(!message.detail.contains("vraag de gemeente"))
        #expect(Message(.orderDeadlinePassed, ["municipality": "assen", "year": 2026, "deadline": "2026-03-01"]).detail
            .contains("1 maart 2026"))
        #expect(Message(.fieldNotOneOf, ["allowed": ["a", "b", "c"]]).detail == "Kies een van deze waarden: a, b of c.")
    }
}
