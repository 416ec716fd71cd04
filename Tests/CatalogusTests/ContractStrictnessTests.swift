import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import Foundation
import JSON
import Testing

/// The server refuses what `/openapi.json` forbids and accepts what it allows (issue 22
/// item 6): the places where the two had parted.
@Suite struct ContractStrictnessTests {
    private func codes(_ response: TestResponse) throws -> [String] {
        try response.json()["errors"]?.arrayValue?.compactMap { $0["code"]?.stringValue } ?? []
    }

    /// The schema says a slug of at most 64 characters; a filter without that form is a
    /// 422, also where an unknown one used to pass as "no such rows".
    @Test func aMunicipalityFilterMustHaveASlugsForm() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            let long = String(repeating: "a", count: Municipality.maxSlugLength + 1)
            for path in ["/api/v1/budgets?year=2026&municipality=\(long)", "/api/v1/registrations?municipality=Midden_Drenthe",
                         "/api/v1/orders?municipality=", "/api/v1/locations?municipality=-assen"] {
                let response = try api.asAdmin("GET", path)
                #expect(response.status == 422, "\(path): \(response)")
                #expect(try codes(response) == [MessageCode.municipalitySlugFormat.rawValue], "\(path): \(response)")
            }
            let fine = try api.asAdmin("GET", "/api/v1/budgets?year=2026&municipality=\(long.dropLast())")
            #expect(fine.status == 200, "\(fine)")
        }
    }

    /// A cursor is unpadded base64url; an empty one, or another alphabet, is 422.
    @Test func aCursorIsBase64URL() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            for cursor in ["", "a%2Bb", "YQ%3D%3D"] {
                let response = try api.asAdmin("GET", "/api/v1/activities?cursor=\(cursor)")
                #expect(try codes(response) == [MessageCode.pageBadCursor.rawValue], "\(cursor): \(response)")
            }
        }
    }

    /// An If-Match that names no entity tag (empty, or a bare number) is treated as
    /// missing: 428, not a 412 that would say a version was compared.
    @Test func anIfMatchWithoutAnEntityTagIsMissing() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            for header in ["If-Match: ", "If-Match: 1", "If-Match: \"1"] {
                let response = try api.asAdmin("PATCH", "/api/v1/activities/breicafe", json: ["max_participants": 21], headers: [header])
                #expect(response.status == 428, "\(header): \(response)")
                #expect(try response.json()["code"]?.stringValue == MessageCode.requestIfMatchRequired.rawValue)
            }
            let stale = try api.asAdmin("PATCH", "/api/v1/activities/breicafe", json: ["max_participants": 21], headers: ["If-Match: \"99\""])
            #expect(stale.status == 412, "\(stale)")
        }
    }

    /// The patterns the schemas carry say what the validators decide, sample by sample.
    @Test func schemaPatternsAgreeWithTheValidators() {
        for text in ["3.2", "-99.9999", "-100", "-549.0480", "999.9999", "1000", "-099", "+5", "5.", "-0", "1.23456", ""] {
            #expect((DecimalPercent(text) != nil) == text.matchesWhole(DecimalPercent.pattern), "\(text)")
        }
        for text in ["Biebfabriek", "tab\there", "line\nbreak", "del\u{7F}", "c1\u{85}", "café ☕", ""] {
            #expect(!FieldValidator.hasControlCharacters(text, multiline: false) == text.matchesWhole(FieldValidator.oneLinePattern), "\(text)")
            #expect(!FieldValidator.hasControlCharacters(text, multiline: true) == text.matchesWhole(FieldValidator.freeTextPattern), "\(text)")
        }
    }

    /// JSON Schema's integer includes `324.0`: the server reads it as 324.
    @Test func aWholeNumberWithAFractionIsAnInteger() throws {
        try withDemoApp { app in
            let api = try CatalogueAPI(app)
            let response = try api.call("PUT", "/api/v1/municipalities/midden-drenthe/budgets/2031", token: api.admin,
                                        body: #"{"net_cents": 3240000.0}"#, contentType: "application/json")
            #expect([200, 201].contains(response.status), "\(response)")
            #expect(try response.json()["net_cents"]?.int64Value == 3_240_000, "\(response)")
        }
    }
}
