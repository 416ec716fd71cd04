import HTTPParser
import Testing

@Suite("HTTPParseError")
struct HTTPParseErrorTests {
    @Test(arguments: [
        (HTTPParseError.malformed("x"), 400),
        (.requestLineTooLong, 414),
        (.headerSectionTooLarge, 431),
        (.tooManyHeaders, 431),
        (.bodyTooLarge, 413),
        (.unsupportedVersion, 505),
        (.expectationFailed, 417),
    ])
    func statusCodes(_ error: HTTPParseError, _ status: Int) {
        #expect(error.status == status)
        #expect(!error.reason.isEmpty)
    }

    @Test func malformedReasonCarriesTheFixedPhrase() {
        #expect(HTTPParseError.malformed("obs-fold is not allowed").reason.contains("obs-fold is not allowed"))
    }
}
