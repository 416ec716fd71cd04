import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import JSON
import Testing

/// `POST /api/v1/registrations/bulk`: a JSON array or CSV with a header row; all rows or
/// none; every bad row listed as `{row, field, message}` (rows from 1, header not counted).
@Suite struct RegistrationBulkTests {
    /// `count` valid CSV rows for Midden-Drenthe in 2024, spread over months and locations;
    /// row `n` (from 1) has `n % 40` participants so that sums are easy to predict.
    static func csvRows(_ count: Int, separator: String = ",") -> [String] {
        (1...count).map { n in
            let month = String(format: "%02d", n % 12 + 1)
            let day = String(format: "%02d", n % 28 + 1)
            return ["koffieochtend", "midden-drenthe", String(n % 3 + 1), "2024-\(month)-\(day)", String(n % 40)]
                .joined(separator: separator)
        }
    }

    static let csvHeader = "activity,municipality,location,date,participants"

    @Test func jsonArrayCreatesEveryRow() throws {
        try withDemoApp { app in
            let token = try registrationTestToken(app, .staff)
            let rows: JSONValue = [
                registrationTestBody(),
                registrationTestBody(["activity": "digisterker", "location": 2, "date": "2024-03-04", "participants": 9]),
                registrationTestBody(["municipality": "emmen", "location": .null, "partners": ["Stichting Lezen"]]),
            ]
            let response = try app.client().request("POST", "/api/v1/registrations/bulk", token: token, json: rows)
            try #require(response.status == 201, "\(response)")
            let body = try response.json()
            let ids = body["ids"]?.arrayValue?.compactMap(\.int64Value) ?? []
            #expect(body["created"]?.int64Value == 3)
            #expect(ids.count == 3 && Set(ids).count == 3)
            let stored = try registrationTestColumn(app, """
                SELECT r.municipality || '|' || a.code || '|' || r.participants || '|' || r.sessions || '|' || r.partners
                FROM registration r JOIN activity a ON a.id = r.activity_id WHERE r.id IN (?, ?, ?) ORDER BY r.id
                """, ids)
            #expect(stored == ["midden-drenthe|breicafe|11|1|[]", "midden-drenthe|digisterker|9|4|[]",
                               "emmen|breicafe|11|1|[\"Stichting Lezen\"]"])
            #expect(try registrationTestAggregateMismatches(app) == [])
        }
    }

    @Test func csvWithCommasCreatesEveryRow() throws {
        try withDemoApp { app in
            let token = try registrationTestToken(app, .staff)
            let csv = ([Self.csvHeader + ",partners,notes"] + [
                "breicafe,midden-drenthe,1,2024-02-01,12,Welzijnswerk|Humanitas,\"Met koffie, en taart\"",
                "36,assen,18,2024-02-02,3,,",
                "digisterker,midden-drenthe,,2024-02-03,8,,\"Zei \"\"top\"\"\"",
            ]).joined(separator: "\n") + "\n"
            let response = try app.client().request("POST", "/api/v1/registrations/bulk", token: token, body: csv, contentType: "text/csv")
            try #require(response.status == 201, "\(response)")
            let ids = try response.json()["ids"]?.arrayValue?.compactMap(\.int64Value) ?? []
            #expect(ids.count == 3)
            let stored = try registrationTestColumn(app, """
                SELECT r.municipality || '|' || a.code || '|' || coalesce(r.location_id, '-') || '|' || r.participants || '|' ||
                       r.partners || '|' || coalesce(r.notes, '-')
                FROM registration r JOIN activity a ON a.id = r.activity_id WHERE r.id IN (?, ?, ?) ORDER BY r.id
                """, ids)
            #expect(stored == ["midden-drenthe|breicafe|1|12|[\"Welzijnswerk\",\"Humanitas\"]|Met koffie, en taart",
                               "assen|breicafe|18|3|[]|-",
                               "midden-drenthe|digisterker|-|8|[]|Zei \"top\""])
        }
    }

    @Test func csvWithSemicolonsBOMAndCRLFIsRead() throws {
        try withDemoApp { app in
            let token = try registrationTestToken(app, .staff)
            let rows = [Self.csvHeader.replacingOccurrences(of: ",", with: ";") + ";notes"]
                + Self.csvRows(4, separator: ";").map { $0 + ";Café in Smilde, gezellig" }
            let csv = "\u{FEFF}" + rows.joined(separator: "\r\n") + "\r\n"
            let response = try app.client().request("POST", "/api/v1/registrations/bulk", token: token, body: csv,
                                                    contentType: "text/csv; charset=utf-8")
            try #require(response.status == 201, "\(response)")
            let ids = try response.json()["ids"]?.arrayValue?.compactMap(\.int64Value) ?? []
            #expect(ids.count == 4)
            let notes = try registrationTestColumn(app, "SELECT DISTINCT notes FROM registration WHERE id >= ?", [ids.min() ?? 0])
            #expect(notes == ["Café in Smilde, gezellig"])
            let participants = try registrationTestCount(app, "SELECT sum(participants) FROM registration WHERE id >= ?", [ids.min() ?? 0])
            #expect(participants == (1...4).reduce(0) { $0 + Int64($1 % 40) })
        }
    }

    /// A file headed like the download for people (`;`, Dutch names) is read as well: each
    /// field under the Dutch name of the download's column that carries it.
    @Test func csvWithTheDownloadsDutchHeadersIsRead() throws {
        try withDemoApp { app in
            let token = try registrationTestToken(app, .staff)
            let download = try app.client().request("GET", "/api/v1/registrations?municipality=midden-drenthe&output=csv&sep=%3B&limit=1", token: token)
            try #require(download.status == 200, "\(download)")
            let downloaded = download.text.replacingOccurrences(of: "\u{FEFF}", with: "")
                .split(whereSeparator: \.isNewline).first.map { $0.split(separator: ";").map(String.init) } ?? []
            let dutch = ["Activiteitcode", "Gemeente", "Locatienummer", "Datum", "Deelnemers", "Dagdelen", "Bestelling", "Partners", "Notitie"]
            #expect(Set(dutch).isSubset(of: Set(downloaded)), "\(downloaded)")
            #expect(RegistrationBulkInput.headers.map(\.dutch).sorted() == dutch.sorted())

            let csv = ["\u{FEFF}Activiteitcode;Gemeente;Locatienummer;Datum;Deelnemers;dagdelen;Partners;Notitie",
                       "breicafe;midden-drenthe;1;2024-02-01;12;2;Welzijnswerk|Humanitas;Met de Nederlandse kop",
                       "digisterker;assen;;2024-02-02;3;;;"].joined(separator: "\r\n") + "\r\n"
            let response = try app.client().request("POST", "/api/v1/registrations/bulk", token: token, body: csv, contentType: "text/csv")
            try #require(response.status == 201, "\(response)")
            let ids = try response.json()["ids"]?.arrayValue?.compactMap(\.int64Value) ?? []
            let stored = try registrationTestColumn(app, """
                SELECT r.municipality || '|' || a.code || '|' || coalesce(r.location_id, '-') || '|' || r.participants || '|' ||
                       r.sessions || '|' || r.partners || '|' || coalesce(r.notes, '-')
                FROM registration r JOIN activity a ON a.id = r.activity_id WHERE r.id IN (?, ?) ORDER BY r.id
                """, ids)
            #expect(stored == ["midden-drenthe|breicafe|1|12|2|[\"Welzijnswerk\",\"Humanitas\"]|Met de Nederlandse kop",
                               "assen|digisterker|-|3|4|[]|-"])

            // One field under both its names is a column twice; a column the upload does not read is unknown.
            let twice = try app.client().request("POST", "/api/v1/registrations/bulk", token: token,
                                                 body: "activity;Activiteitcode;Gemeente;Datum;Deelnemers;Programma\nbreicafe;breicafe;assen;2024-02-01;1;x\n",
                                                 contentType: "text/csv")
            #expect(twice.status == 422, "\(twice)")
            let errors = try twice.json()["errors"]?.arrayValue ?? []
            let found = Set(errors.map { "\($0["field"]?.stringValue ?? "") \($0["code"]?.stringValue ?? "")" })
            #expect(found == ["activity bulk.column_twice", "Programma bulk.unknown_column"], "\(twice)")

            // The upload page says so, with the same names.
            let staff = try app.signedInPerson(email: "upload@x.nl", role: "staff")
            let page = try app.client().get("/registrations/upload", headers: staff.readHeaders).text
            #expect(page.contains("<code>activity</code> of <code>Activiteitcode</code>"), "\(page)")
            #expect(page.contains("<code>Activiteitcode,<wbr>Gemeente,<wbr>Locatienummer,<wbr>Datum,<wbr>Deelnemers,<wbr>Dagdelen,<wbr>"), "\(page)")
        }
    }

    @Test func oneBadRowOutOfTenThousandLeavesNothingBehind() throws {
        try withDemoApp { app in
            let token = try registrationTestToken(app, .staff)
            var rows = Self.csvRows(10_000)
            rows[9_998] = "koffieochtend,midden-drenthe,1,2024-02-31,5"  // row 9,999: no such day
            let csv = ([Self.csvHeader] + rows).joined(separator: "\n")
            let registrations = try registrationTestCount(app, "SELECT count(*) FROM registration")
            let cached = try registrationTestCount(app, "SELECT sum(registrations) FROM registration_month")
            let audits = try registrationTestCount(app, "SELECT count(*) FROM audit_log")

            let response = try app.patientClient().request("POST", "/api/v1/registrations/bulk", token: token, body: csv, contentType: "text/csv")
            #expect(response.status == 422, "\(response.status) \(response.text.prefix(500))")
            let errors = try response.json()["errors"]?.arrayValue ?? []
            #expect(errors.count == 1, "\(errors.prefix(5))")
            #expect(errors.first?["row"]?.int64Value == 9_999)
            #expect(errors.first?["field"]?.stringValue == "date")
            #expect(errors.first?["detail"]?.stringValue?.isEmpty == false)
            #expect(errors.first?["code"]?.stringValue == "field.not_date")

            #expect(try registrationTestCount(app, "SELECT count(*) FROM registration") == registrations)
            #expect(try registrationTestCount(app, "SELECT sum(registrations) FROM registration_month") == cached)
            #expect(try registrationTestCount(app, "SELECT count(*) FROM audit_log") == audits)
        }
    }

    @Test func everyBadRowIsListedWithItsNumberAndField() throws {
        try withDemoApp { app in
            let token = try registrationTestToken(app, .staff)
            var rows = Self.csvRows(8)
            rows[1] = "koffieochtend,midden-drenthe,18,2024-03-01,5"       // row 2: Assen's location
            rows[4] = "no-such-thing,midden-drenthe,1,2024-03-01,5"        // row 5: unknown activity
            rows[6] = "koffieochtend,atlantis,,2024-03-01,-4"              // row 7: municipality and participants
            let csv = ([Self.csvHeader] + rows).joined(separator: "\n") + "\n"
            let response = try app.patientClient().request("POST", "/api/v1/registrations/bulk", token: token, body: csv, contentType: "text/csv")
            #expect(response.status == 422, "\(response)")
            let errors = try response.json()["errors"]?.arrayValue ?? []
            let listed = Set(errors.map { "\($0["row"]?.int64Value ?? 0):\($0["field"]?.stringValue ?? "")" })
            #expect(listed == ["2:location", "5:activity", "7:municipality", "7:participants"], "\(errors)")

            // The same rules and numbering for a JSON array.
            let json: JSONValue = [registrationTestBody(), registrationTestBody(["date": "tomorrow"]), registrationTestBody(["x": 1])]
            let jsonResponse = try app.client().request("POST", "/api/v1/registrations/bulk", token: token, json: json)
            #expect(jsonResponse.status == 422, "\(jsonResponse)")
            let jsonErrors = try jsonResponse.json()["errors"]?.arrayValue ?? []
            let jsonListed = Set(jsonErrors.map { "\($0["row"]?.int64Value ?? 0):\($0["field"]?.stringValue ?? "")" })
            #expect(jsonListed == ["2:date", "3:x"], "\(jsonErrors)")
            #expect(try registrationTestCount(app, "SELECT count(*) FROM registration WHERE date = '2024-03-01'") == 0)
        }
    }

    @Test func tenThousandCSVRowsAreImportedQuickly() throws {
        try withDemoApp { app in
            let token = try registrationTestToken(app, .staff)
            let rows = Self.csvRows(10_000)
            let csv = ([Self.csvHeader] + rows).joined(separator: "\n") + "\n"
            let before = try registrationTestCount(app, "SELECT count(*) FROM registration")
            let response = try app.patientClient().request("POST", "/api/v1/registrations/bulk", token: token, body: csv, contentType: "text/csv")
            // No time bound here (a test must not depend on the machine's load); bench/stats.sh measures it.
            try #require(response.status == 201, "\(response.status) \(response.text.prefix(300))")
            let body = try response.json()
            #expect(body["created"]?.int64Value == 10_000)
            let ids = body["ids"]?.arrayValue?.compactMap(\.int64Value) ?? []
            #expect(ids.count == 10_000 && Set(ids).count == 10_000)
            #expect(try registrationTestCount(app, "SELECT count(*) FROM registration") == before + 10_000)
            let participants = try registrationTestCount(app, "SELECT sum(participants) FROM registration WHERE id >= ?", [ids.min() ?? 0])
            #expect(participants == (1...10_000).reduce(0) { $0 + Int64($1 % 40) })
            #expect(try registrationTestAggregateMismatches(app) == [])
        }
    }
}
