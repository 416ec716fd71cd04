@testable import HTTPParser
import Testing

/// The bitmap byte classes and the 8-byte scan shortcut, checked against their definitions.
@Suite("Byte classes")
struct ByteClassTests {
    static let tchars = Set("!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".utf8)

    @Test func tokenIsTcharFromRFC9110() {
        for byte in UInt8.min...UInt8.max {
            #expect(ByteClass.isToken(byte) == Self.tchars.contains(byte), "byte \(byte)")
        }
    }

    @Test func targetIsVisibleASCIIWithoutHash() {
        for byte in UInt8.min...UInt8.max {
            #expect(ByteClass.isTarget(byte) == (byte >= 0x21 && byte <= 0x7E && byte != 0x23), "byte \(byte)")
        }
    }

    @Test func controlIsCTLOrDEL() {
        for byte in UInt8.min...UInt8.max {
            #expect(ByteClass.isControl(byte) == (byte < 0x20 || byte == 0x7F), "byte \(byte)")
        }
    }

    @Test func wordScanFlagsEveryControlByteInEveryPosition() {
        let fillers: [UInt8] = [0x20, 0x41, 0x7E, 0x80, 0xFF]
        for filler in fillers {
            for position in 0..<8 {
                for byte in UInt8.min...UInt8.max {
                    var word = UInt64(0)
                    for index in 0..<8 {
                        word |= UInt64(index == position ? byte : filler) << (8 * index)
                    }
                    #expect(
                        LineScanner.mayContainControl(word) == ByteClass.isControl(byte),
                        "byte \(byte) at \(position) among \(filler)")
                }
            }
        }
    }

    @Test func wordScanMatchesBytewiseOnRandomWords() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<100_000 {
            let word = UInt64.random(in: .min ... .max, using: &generator)
            let bytewise = (0..<8).contains { ByteClass.isControl(UInt8(truncatingIfNeeded: word >> (8 * $0))) }
            #expect(LineScanner.mayContainControl(word) == bytewise, "word \(String(word, radix: 16))")
        }
    }

    @Test func hexValues() {
        for byte in UInt8.min...UInt8.max {
            let expected = Int(String(UnicodeScalar(byte)), radix: 16)
            #expect(ASCII.hexValue(byte) == expected, "byte \(byte)")
        }
    }
}
