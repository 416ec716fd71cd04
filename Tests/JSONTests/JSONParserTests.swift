import JSON
import Testing

@Suite("JSON parser: strict RFC 8259")
struct JSONParserTests {
    @Test(arguments: [
        ("{}", JSONValue.object(JSONObject())),
        ("[1, -2, 3.5, 1e3]", JSONValue.array([.integer(1), .integer(-2), .number(JSONNumber(text: "3.5")), .number(JSONNumber(text: "1e3"))])),
        (#"{"a": "caf\u00e9 \ud83d\ude00", "b": [true, false, null]}"#, JSONValue.object(JSONObject([
            (key: "a", value: .string("café 😀")), (key: "b", value: .array([.bool(true), .bool(false), .null])),
        ]))),
        (#"" \" \\ \/ \n \t ""#, JSONValue.string(" \" \\ / \n \t ")),
        ("  9223372036854775807 ", JSONValue.integer(Int64.max)),
    ])
    func parsesValidDocuments(_ text: String, _ expected: JSONValue) throws {
        #expect(try JSONParser.parse(text) == expected)
    }

    @Test(arguments: [
        "", "{", "[1,]", "{\"a\":1,}", "01", "-", "1.", ".5", "1e", "+1", "tru", "nul", "'a'",
        "\"a\u{01}b\"", "\"\\x\"", "\"\\ud800\"", "{\"a\":1,\"a\":2}", "[1] [2]", "{a:1}", "\"unterminated",
        "NaN", "Infinity", "[1 2]", "{\"a\" 1}",
    ])
    func rejectsMalformedDocuments(_ text: String) {
        #expect(throws: JSONParser.Error.self) { try JSONParser.parse(text) }
    }

    @Test func rejectsInvalidUTF8() {
        #expect(throws: JSONParser.Error.self) { try JSONParser.parse([0x22, 0xC3, 0x28, 0x22]) }
    }

    @Test func boundsNesting() throws {
        let deep = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        #expect(throws: JSONParser.Error.self) { try JSONParser.parse(deep) }
        let fine = String(repeating: "[", count: 20) + String(repeating: "]", count: 20)
        _ = try JSONParser.parse(fine)
    }

    @Test func integersStayExactAndFractionsAreNotIntegers() throws {
        #expect(try JSONParser.parse("123456789012345678").int64Value == 123_456_789_012_345_678)
        #expect(try JSONParser.parse("1.5").int64Value == nil)
        #expect(try JSONParser.parse("99999999999999999999").int64Value == nil)
    }

    /// JSON Schema's `integer` is a number with a zero fraction: `324.0` and `3.24e2` are
    /// 324, read from the digits (a Double would round the large one).
    @Test func wholeNumbersWithAFractionOrExponentAreIntegers() throws {
        #expect(try JSONParser.parse("324.0").int64Value == 324)
        #expect(try JSONParser.parse("3.24e2").int64Value == 324)
        #expect(try JSONParser.parse("-1.50E+1").int64Value == -15)
        #expect(try JSONParser.parse("-0.0").int64Value == 0)
        #expect(try JSONParser.parse("9007199254740993.0").int64Value == 9_007_199_254_740_993)
        #expect(try JSONParser.parse("1e18").int64Value == 1_000_000_000_000_000_000)
        #expect(try JSONParser.parse("1e19").int64Value == nil)
        #expect(try JSONParser.parse("3.25e1").int64Value == nil)
        #expect(try JSONParser.parse("1e-1").int64Value == nil)
        #expect(try JSONParser.parse("1e400").int64Value == nil)
    }

    @Test func objectsCompareAsUnorderedMapsAndNumbersNumerically() throws {
        #expect(try JSONParser.parse(#"{"a":1,"b":[1,2]}"#) == JSONParser.parse(#"{"b":[1,2.0],"a":1}"#))
        #expect(try JSONParser.parse(#"{"a":1}"#) != JSONParser.parse(#"{"a":1,"b":null}"#))
        #expect(try JSONParser.parse("[1,2]") != JSONParser.parse("[2,1]"))
    }

    @Test func reportsWhereItFailed() {
        do {
            _ = try JSONParser.parse(#"{"a": tru}"#)
            Issue.record("expected a failure")
        } catch {
            #expect(error.offset == 6)
        }
    }
}

@Suite("JSON writer")
struct JSONWriterTests {
    @Test func escapesWhatRFC8259Requires() throws {
        let text = "quote \" backslash \\ newline \n tab \t bell \u{07} é 😀 </script>"
        let bytes = JSONValue.string(text).serialized
        #expect(String(decoding: bytes, as: UTF8.self)
            == #""quote \" backslash \\ newline \n tab \t bell \u0007 é 😀 </script>""#)
        #expect(try JSONParser.parse(bytes) == .string(text))
    }

    @Test func writesContainersWithCommas() {
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("a"); writer.int(-12)
        writer.key("b"); writer.beginArray(); writer.int(Int64.min); writer.null(); writer.bool(true); writer.endArray()
        writer.key("c"); writer.string(nil as String?)
        writer.key("d"); writer.beginObject(); writer.endObject()
        writer.endObject()
        #expect(String(decoding: writer.bytes, as: UTF8.self) == #"{"a":-12,"b":[-9223372036854775808,null,true],"c":null,"d":{}}"#)
    }

    @Test func roundTripsAnyParsedDocument() throws {
        let text = #"{"z":[1,2.50,{"y":null}],"x":"\u00e9","w":false}"#
        let value = try JSONParser.parse(text)
        #expect(try JSONParser.parse(value.serialized) == value)
    }
}
