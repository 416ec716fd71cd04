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
        // SplitMix64 with a fixed seed: the same 100,000 words every run, so a failure reproduces.
        var state: UInt64 = 0x5EED_2026
        for _ in 0..<100_000 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var word = state
            word = (word ^ (word >> 30)) &* 0xBF58_476D_1CE4_E5B9
            word = (word ^ (word >> 27)) &* 0x94D0_49BB_1331_11EB
            word ^= word >> 31
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
