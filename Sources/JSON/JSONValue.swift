/// A parsed JSON document. Numbers keep their text so that integers (cents!) stay exact;
/// objects keep their members' order for output but compare as unordered maps.
public enum JSONValue: Sendable {
    case null
    case bool(Bool)
    case number(JSONNumber)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)

    public static func integer(_ value: Int64) -> JSONValue { .number(JSONNumber(value)) }
    public static func integer(_ value: Int) -> JSONValue { .number(JSONNumber(Int64(value))) }

    public var isNull: Bool { if case .null = self { true } else { false } }
    public var stringValue: String? { if case .string(let s) = self { s } else { nil } }
    public var boolValue: Bool? { if case .bool(let b) = self { b } else { nil } }
    public var objectValue: JSONObject? { if case .object(let o) = self { o } else { nil } }
    public var arrayValue: [JSONValue]? { if case .array(let a) = self { a } else { nil } }
    /// The value as an exact integer, when it is a number without fraction or exponent that fits.
    public var int64Value: Int64? { if case .number(let n) = self { n.int64 } else { nil } }

    /// A short name of the kind, for validation messages ("expected an integer, got string").
    public var kindName: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }

    public subscript(key: String) -> JSONValue? {
        if case .object(let object) = self { object[key] } else { nil }
    }
}

extension JSONValue: Equatable {
    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case (.bool(let a), .bool(let b)): a == b
        case (.number(let a), .number(let b)): a == b
        case (.string(let a), .string(let b)): a == b
        case (.array(let a), .array(let b)): a == b
        case (.object(let a), .object(let b)): a == b
        default: false
        }
    }
}

/// A JSON number as written. Equality is numeric: `1` equals `1.0`.
public struct JSONNumber: Sendable, Equatable, CustomStringConvertible {
    public let text: String

    public init(_ value: Int64) { text = String(value) }
    public init(text: String) { self.text = text }

    /// Set when the number is an integer within Int64. JSON Schema counts `324.0` and
    /// `3.24e2` as integers too (a zero fraction), so they are read here, exactly, from
    /// the digits; never through a Double, which would round large ones.
    public var int64: Int64? {
        text.utf8.contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") })
            ? Self.integral(text) : Int64(text)
    }

    /// A number with a fraction or an exponent whose value is whole; nil otherwise.
    /// Linear in the text, however many digits a body sends.
    private static func integral(_ text: String) -> Int64? {
        var bytes = Array(text.utf8)
        var exponent = 0
        if let mark = bytes.firstIndex(where: { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) {
            // Int64 has 19 digits: a larger exponent could only make a zero or overflow.
            guard let value = Int(String(decoding: bytes[(mark + 1)...], as: UTF8.self)), abs(value) <= 40 else { return nil }
            exponent = value
            bytes.removeSubrange(mark...)
        }
        let negative = bytes.first == UInt8(ascii: "-")
        if negative { bytes.removeFirst() }
        if let dot = bytes.firstIndex(of: UInt8(ascii: ".")) {
            exponent -= bytes.count - dot - 1
            bytes.remove(at: dot)
        }
        while exponent < 0, bytes.count > 1, bytes.last == UInt8(ascii: "0") {
            bytes.removeLast()
            exponent += 1
        }
        guard exponent >= 0, exponent <= 40, !bytes.isEmpty, bytes.count <= 40,
              bytes.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else { return nil }
        bytes += repeatElement(UInt8(ascii: "0"), count: exponent)
        return Int64((negative ? "-" : "") + String(decoding: bytes, as: UTF8.self))
    }

    public var double: Double? { Double(text) }
    public var description: String { text }

    public static func == (lhs: JSONNumber, rhs: JSONNumber) -> Bool {
        if lhs.text == rhs.text { return true }
        if let a = lhs.int64, let b = rhs.int64 { return a == b }
        if let a = lhs.double, let b = rhs.double { return a == b }
        return false
    }
}

/// Object members in their written order, with an index from each name to its first
/// member: a body may hold 100,000 names, and linear lookups made parsing and comparing
/// such an object quadratic (seconds of CPU per request).
public struct JSONObject: Sendable, Sequence {
    public private(set) var members: [(key: String, value: JSONValue)]
    /// Swift's String hashing is seeded per process, so a body cannot be built to collide.
    private var positions: [String: Int]

    public init(_ members: [(key: String, value: JSONValue)] = []) {
        self.members = members
        positions = Self.index(members)
    }

    private static func index(_ members: [(key: String, value: JSONValue)]) -> [String: Int] {
        var positions = [String: Int](minimumCapacity: members.count)
        // Names repeated by a caller's literal resolve to the first, as linear search did.
        for (offset, member) in members.enumerated() where positions[member.key] == nil {
            positions[member.key] = offset
        }
        return positions
    }

    public subscript(key: String) -> JSONValue? {
        get { positions[key].map { members[$0].value } }
        set {
            if let index = positions[key] {
                if let newValue {
                    members[index].value = newValue
                } else {
                    members.remove(at: index)
                    positions = Self.index(members)
                }
            } else if let newValue {
                append(key: key, value: newValue)
            }
        }
    }

    /// Whether a member has this name; the parser's duplicate check.
    func contains(key: String) -> Bool { positions[key] != nil }

    /// Appends without looking for an existing member; the caller has checked `contains(key:)`.
    mutating func append(key: String, value: JSONValue) {
        positions[key] = members.count
        members.append((key, value))
    }

    public var keys: [String] { members.map(\.key) }
    public var count: Int { members.count }
    public func makeIterator() -> IndexingIterator<[(key: String, value: JSONValue)]> { members.makeIterator() }
}

extension JSONObject: Equatable {
    /// Unordered comparison, linear through the index.
    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        guard lhs.members.count == rhs.members.count else { return false }
        for (key, value) in lhs.members {
            guard let other = rhs[key], other == value else { return false }
        }
        return true
    }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByNilLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(integerLiteral value: Int64) { self = .integer(value) }
    public init(nilLiteral: ()) { self = .null }
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(JSONObject(elements.map { (key: $0.0, value: $0.1) }))
    }
}
