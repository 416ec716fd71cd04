import HTTPParser
import Testing

@Suite("HTTPHeaders")
struct HTTPHeadersTests {
    static func make(_ pairs: [(name: String, value: String)] = [("Host", "a"), ("Accept", "*/*"), ("accept", "text/plain")]) -> HTTPHeaders {
        HTTPHeaders(pairs)
    }

    @Test func lookupIsCaseInsensitiveAndReturnsTheFirstValue() {
        let headers = Self.make()
        #expect(headers["ACCEPT"] == "*/*")
        #expect(headers["host"] == "a")
        #expect(headers["Missing"] == nil)
    }

    @Test func valuesKeepsDuplicatesInOrder() {
        #expect(Self.make().values(for: "Accept") == ["*/*", "text/plain"])
        #expect(Self.make().values(for: "X") == [])
    }

    @Test func containsIgnoresCase() {
        #expect(Self.make().contains("HOST"))
        #expect(!Self.make().contains("Hos"))
    }

    @Test func addAppendsWithoutReplacing() {
        var headers = Self.make()
        headers.add(name: "Host", value: "b")
        #expect(headers.values(for: "host") == ["a", "b"])
        #expect(headers.count == 4)
    }

    @Test func setReplacesAllWithOneInThePlaceOfTheFirst() {
        var headers = Self.make([("A", "1"), ("Accept", "x"), ("B", "2"), ("ACCEPT", "y")])
        headers.set(name: "accept", value: "z")
        #expect(Array(headers).map(\.name) == ["A", "Accept", "B"])
        #expect(headers.values(for: "Accept") == ["z"])
        headers.set(name: "C", value: "3")
        #expect(Array(headers).last?.name == "C")
    }

    @Test func removeDropsEveryMatch() {
        var headers = Self.make()
        headers.remove(name: "accept")
        #expect(headers.count == 1)
        #expect(!headers.contains("Accept"))
    }

    @Test func emptyAndCount() {
        var headers = HTTPHeaders()
        #expect(headers.isEmpty && headers.count == 0)
        headers.add(name: "X", value: "1")
        #expect(!headers.isEmpty && headers.count == 1)
    }

    @Test func dictionaryLiteralKeepsOrderAndIteratesAsPairs() {
        let headers: HTTPHeaders = ["B": "2", "A": "1"]
        #expect(headers.map(\.name) == ["B", "A"])
        #expect(headers.map(\.value) == ["2", "1"])
    }

    @Test func lookupDoesNotFoldNonASCII() {
        // Only ASCII letters fold: "É" and "é" are different names.
        let headers = Self.make([("X-É", "1")])
        #expect(headers["x-é"] == nil)
        #expect(headers["x-É"] == "1")
    }
}
