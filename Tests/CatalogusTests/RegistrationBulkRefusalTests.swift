import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import JSON
import Testing

/// Bulk bodies that must be refused whole: malformed CSV or JSON, too many rows, items
/// that are not registrations, rows wider than their header.
@Suite struct RegistrationBulkRefusalTests {
    @Test func malformedBulkBodiesAreRefused() throws {
        try withDemoApp { app in
            let token = try registrationTestToken(app, .staff)
            let client = try app.client()
            let unknownColumn = "activity,municipality,date,participants,visitor_name\nbreicafe,midden-drenthe,2024-01-02,3,Jan\n"
            let unknown = try client.request("POST", "/api/v1/registrations/bulk", token: token, body: unknownColumn, contentType: "text/csv")
            #expect(unknown.status == 422, "\(unknown)")
            #expect(try registrationTestFieldErrors(unknown).map(\.field).contains("visitor_name"))
            #expect(try client.request("POST", "/api/v1/registrations/bulk", token: token, json: []).status == 422)
            #expect(try client.request("POST", "/api/v1/registrations/bulk", token: token, body: RegistrationBulkTests.csvHeader + "\n",
                                       contentType: "text/csv").status == 422)
            #expect(try client.request("POST", "/api/v1/registrations/bulk", token: token, json: registrationTestBody()).status == 422)
            #expect(try client.request("POST", "/api/v1/registrations/bulk", token: token, json: [1]).status == 422)
            let badQuote = RegistrationBulkTests.csvHeader + "\nbreicafe,\"midden-drenthe,1,2024-01-02,3\n"
            #expect(try client.request("POST", "/api/v1/registrations/bulk", token: token, body: badQuote, contentType: "text/csv").status == 400)
            #expect(try registrationTestCount(app, "SELECT count(*) FROM registration WHERE date = '2024-01-02'") == 0)
        }
    }

    /// A header that names a field twice is refused before any row is read: repeated
    /// 100,000 times it would multiply the work of every row (issue 10).
    @Test func aHeaderNamingAFieldTwiceIsRefused() throws {
        try withDemoApp { app in
            let token = try registrationTestToken(app, .staff)
            let twice = "activity,municipality,date,participants,participants\nbreicafe,midden-drenthe,2024-01-02,3,4\n"
            let response = try app.client().request("POST", "/api/v1/registrations/bulk", token: token, body: twice, contentType: "text/csv")
            #expect(response.status == 422, "\(response)")
            #expect(try registrationTestFieldErrors(response).map(\.code).contains("bulk.column_twice"))
            let wide = RegistrationBulkTests.csvHeader + String(repeating: ",participants", count: 50_000) + "\n"
                + String(repeating: String(repeating: ",", count: 100) + "\n", count: 1000)
            let refused = try app.client().request("POST", "/api/v1/registrations/bulk", token: token, body: wide, contentType: "text/csv")
            #expect(refused.status == 422)
            #expect(try registrationTestFieldErrors(refused).count <= 20, "a bounded list of errors")
        }
    }

    @Test func moreThanTenThousandRowsAreRefusedWhole() throws {
        try withDemoApp { app in
            let token = try registrationTestToken(app, .staff)
            let csv = ([RegistrationBulkTests.csvHeader] + RegistrationBulkTests.csvRows(10_001)).joined(separator: "\n") + "\n"
            let before = try registrationTestCount(app, "SELECT count(*) FROM registration")
            let response = try app.patientClient().request("POST", "/api/v1/registrations/bulk", token: token, body: csv, contentType: "text/csv")
            #expect(response.status == 422, "\(response.status) \(response.text.prefix(300))")
            #expect(try registrationTestCount(app, "SELECT count(*) FROM registration") == before)
        }
    }

    /// Items of a JSON array that are not objects are bad rows like any other: numbered
    /// from 1 in `{row, field, message}`, all of them listed.
    @Test func jsonItemsThatAreNotObjectsAreReportedAsNumberedRows() throws {
        try withDemoApp { app in
            let token = try registrationTestToken(app, .staff)
            let rows: JSONValue = [registrationTestBody(), 5, registrationTestBody(["participants": -1]), "x"]
            let response = try app.client().request("POST", "/api/v1/registrations/bulk", token: token, json: rows)
            #expect(response.status == 422, "\(response)")
            let errors = try response.json()["errors"]?.arrayValue ?? []
            let numbered = Set(errors.compactMap { $0["row"]?.int64Value })
            #expect(numbered == [2, 3, 4], "every bad row by its number from 1: \(errors)")
        }
    }

    /// A row with more cells than the header (typically an unquoted comma in `notes`) must
    /// be refused, not cut to the header's width: the cut cells would be lost silently.
    @Test func csvRowWithMoreCellsThanTheHeaderIsRefused() throws {
        try withDemoApp { app in
            let token = try registrationTestToken(app, .staff)
            let before = try registrationTestCount(app, "SELECT count(*) FROM registration")
            let csv = "activity,municipality,date,participants,notes\n"
                + "breicafe,midden-drenthe,2024-01-02,3,Goed\n"
                + "breicafe,midden-drenthe,2024-01-03,3,Met koffie, en taart\n"
            let response = try app.patientClient().request("POST", "/api/v1/registrations/bulk", token: token, body: csv, contentType: "text/csv")
            #expect([400, 422].contains(response.status), "\(response)")
            if response.status == 422 {
                #expect(try response.json()["errors"]?.arrayValue?.contains { $0["row"]?.int64Value == 2 } == true, "\(response)")
            }
            // The demo data holds registrations on these dates too: nothing may be added.
            #expect(try registrationTestCount(app, "SELECT count(*) FROM registration") == before)
        }
    }
}
