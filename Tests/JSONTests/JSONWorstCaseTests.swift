import JSON
import Testing

/// Hostile bodies that are under the body limit but were (or could be) superlinear to parse.
/// Sizes are chosen so that a quadratic implementation cannot finish: 200,000 keys are 2·10¹⁰
/// key comparisons (the old code ran for over 20 minutes without finishing), where the linear
/// code takes milliseconds. No time limit: on a loaded machine it would make them flaky.
@Suite("JSON parser: worst cases stay linear")
struct JSONWorstCaseTests {
    static let keyCount = 200_000

    static func manyKeys(_ count: Int, duplicateLast: Bool = false) -> [UInt8] {
        var text = "{"
        for index in 0..<count {
            if index > 0 { text += "," }
            text += "\"k\(duplicateLast && index == count - 1 ? 0 : index)\":\(index)"
        }
        return Array((text + "}").utf8)
    }

    static func members(_ count: Int) -> [(key: String, value: JSONValue)] {
        (0..<count).map { (key: "k\($0)", value: .integer($0)) }
    }

    @Test func parsesAnObjectWithManyKeys() throws {
        let value = try JSONParser.parse(Self.manyKeys(Self.keyCount))
        let object = try #require(value.objectValue)
        #expect(object.count == Self.keyCount)
        #expect(object["k0"] == .integer(0))
        #expect(object["k\(Self.keyCount - 1)"] == .integer(Self.keyCount - 1))
        #expect(object.keys.first == "k0" && object.keys.last == "k\(Self.keyCount - 1)", "member order is kept")
    }

    @Test func rejectsADuplicateAmongManyKeysWhereItStands() throws {
        let bytes = Self.manyKeys(Self.keyCount, duplicateLast: true)
        let keyOffset = try #require(bytes.lastIndex(of: UInt8(ascii: ",")).map { $0 + 1 })
        let error = parseError(bytes)
        #expect(error?.offset == keyOffset && error?.reason == "duplicate member name \"k0\"", "\(String(describing: error))")
    }

    @Test func looksUpEveryKeyOfALargeObject() {
        let object = JSONObject(Self.members(Self.keyCount))
        var found = 0
        for index in 0..<Self.keyCount where object["k\(index)"] == .integer(index) { found += 1 }
        #expect(found == Self.keyCount)
        #expect(object["absent"] == nil)
    }

    @Test func comparesLargeObjectsRegardlessOfOrder() {
        let forward = JSONObject(Self.members(Self.keyCount))
        let backward = JSONObject(Self.members(Self.keyCount).reversed())
        #expect(forward == backward)
        var changed = backward
        changed["k\(Self.keyCount / 2)"] = .null
        #expect(forward != changed)
    }

    @Test func writesAndReparsesALargeObject() throws {
        let value = JSONValue.object(JSONObject(Self.members(Self.keyCount)))
        let bytes = value.serialized
        #expect(try JSONParser.parse(bytes) == value)
        #expect(try JSONParser.parse(bytes).serialized == bytes)
    }

    @Test func quotesOnlyAnExcerptOfAHugeDuplicateName() {
        let name = String(repeating: "n", count: 500_000)
        let error = parseError(Array(#"{"\#(name)":1,"\#(name)":2}"#.utf8))
        #expect(error?.offset == name.utf8.count + 6)
        #expect(error?.reason == "duplicate member name \"\(String(repeating: "n", count: 40))…\"")
    }

    @Test func parsesLongStringsPlainAndEscaped() throws {
        let length = 1 << 20
        let plain = String(repeating: "é", count: length / 2)
        #expect(try JSONParser.parse("\"\(plain)\"") == .string(plain))
        let escaped = String(repeating: #"\u00e9\n\"\ud83d\ude00"#, count: length / 24)
        let expected = String(repeating: "é\n\"😀", count: length / 24)
        #expect(try JSONParser.parse("\"\(escaped)\"") == .string(expected))
    }

    @Test func parsesLongArraysOfSmallNumbers() throws {
        let count = 500_000
        let text = "[" + Array(repeating: "0", count: count).joined(separator: ",") + "]"
        let elements = try #require(JSONParser.parse(text).arrayValue)
        #expect(elements.count == count && elements.allSatisfy { $0 == .integer(0) })
        let mixed = "[" + (0..<count).map { "-\($0).5e-\($0 % 400)" }.joined(separator: ",") + "]"
        #expect(try JSONParser.parse(mixed).arrayValue?.count == count)
    }

    /// Digits and exponents that no fixed-width type holds must neither trap nor hang.
    @Test(arguments: [
        Sample("huge exponent", "1e999999999"), Sample("huge negative", "-1e999999999"),
        Sample("tiny exponent", "1e-999999999"), Sample("exponent beyond Int64", "1E+99999999999999999999999999"),
        Sample("a megabyte of digits", String(repeating: "9", count: 1 << 20)),
        Sample("a megabyte of fraction", "0." + String(repeating: "0", count: 1 << 20) + "1"),
        Sample("a megabyte of exponent", "1e" + String(repeating: "9", count: 1 << 20)),
        Sample("long mantissa and exponent", "-" + String(repeating: "1", count: 19) + "e-" + String(repeating: "1", count: 30)),
        Sample("Int64.max + 1", "9223372036854775808"), Sample("Int64.min - 1", "-9223372036854775809"),
    ])
    func parsesHugeNumbersWithoutTrapping(_ sample: Sample) throws {
        let value = try JSONParser.parse(sample.text)
        guard case .number(let number) = value else { Issue.record("not a number"); return }
        #expect(number.int64 == nil)
        #expect(number.double != nil)
        #expect(value == value)
        #expect(value.serialized == Array(sample.text.utf8))
    }

    @Test func boundsNestingExactlyAtTheLimit() throws {
        let limit = JSONParser.defaultMaxDepth
        for (open, close) in [("[", "]"), ("{\"a\":", "}")] {
            let atLimit = String(repeating: open, count: limit) + "0" + String(repeating: close, count: limit)
            _ = try JSONParser.parse(atLimit)
            let over = String(repeating: open, count: limit + 1) + "0" + String(repeating: close, count: limit + 1)
            let error = parseError(Array(over.utf8))
            #expect(error?.offset == limit * open.utf8.count && error?.reason == "nested too deeply", "\(String(describing: error))")
        }
    }

    /// A megabyte of openers must be refused at the limit, not recurse until the stack overflows.
    @Test func refusesAMegabyteOfOpeners() {
        for opener in ["[", "{\"\":"] {
            let text = String(repeating: opener, count: (1 << 20) / opener.utf8.count)
            #expect(throws: JSONParser.Error.self) { try JSONParser.parse(text) }
        }
    }
}

/// A test argument named briefly, so that a megabyte of input is not printed into the test log.
struct Sample: Sendable, CustomTestStringConvertible {
    let name: String
    let text: String
    init(_ name: String, _ text: String) { self.name = name; self.text = text }
    var testDescription: String { name }
}

/// The error a parse fails with, or nil when it succeeds.
func parseError(_ bytes: [UInt8]) -> JSONParser.Error? {
    do {
        _ = try JSONParser.parse(bytes)
        return nil
    } catch {
        return error
    }
}

@Suite("JSON object: an index kept in step with its members")
struct JSONObjectIndexTests {
    @Test func settingAndRemovingKeepsLookupsAndOrderRight() {
        var object = JSONObject([(key: "a", value: 1), (key: "b", value: 2), (key: "c", value: 3)])
        object["b"] = nil
        #expect(object.keys == ["a", "c"] && object["c"] == 3 && object["b"] == nil)
        object["b"] = 4
        object["a"] = 5
        #expect(object.keys == ["a", "c", "b"] && object["a"] == 5 && object["b"] == 4)
        object["a"] = nil
        object["c"] = nil
        #expect(object.keys == ["b"] && object["b"] == 4 && object["a"] == nil && object["c"] == nil)
    }

    @Test func aRepeatedNameFromALiteralResolvesToItsFirstMember() {
        var object = JSONObject([(key: "a", value: 1), (key: "a", value: 2)])
        #expect(object["a"] == 1)
        object["a"] = nil
        #expect(object["a"] == 2 && object.count == 1)
    }
}
