import Catalogus
import CatalogusAPI
import CatalogusDomain
@testable import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import JSON
import SQLite
import Testing

/// Issue 23: the reminders the server sends by itself. Decided from the date it is given,
/// so every day of the calendar can be tried; each goes out once, to the people who want it.
@Suite(.serialized) struct ReminderJobTests {
    static func withReminderApp(_ body: (RunningApp, ReminderJob, Connection) throws -> Void) throws {
        try withDemoApp(configure: {
            $0.mail.transport = MailOutboxTests.FlakyTransport(failures: 0)
            $0.publicURL = "https://catalogus.example.nl"
        }) { app in
            let mailer = try #require(app.services.accounts.mailer)
            let reader = try Connection(path: app.services.configuration.databasePath, mode: .readOnly)
            defer { reader.close() }
            try body(app, ReminderJob(writer: app.writer, mailer: mailer), reader)
        }
    }

    static func outbox(_ app: RunningApp) throws -> [String] {
        try registrationTestColumn(app, "SELECT kind || ' ' || json_extract(recipients, '$[0]') || ' ' || subject FROM mail_outbox ORDER BY id")
    }

    @Test func stagesHoldUntilTheNextIsDue() {
        #expect(ReminderJob.stage(daysLeft: 15) == nil)
        #expect((4...14).allSatisfy { ReminderJob.stage(daysLeft: $0) == 14 })
        #expect((1...3).allSatisfy { ReminderJob.stage(daysLeft: $0) == 3 })
        #expect(ReminderJob.stage(daysLeft: 0) == nil)
        #expect(ReminderJob.stage(daysLeft: -2) == nil)
        #expect(CalendarDate.dayNumber("2027-03-01")! - CalendarDate.dayNumber("2027-02-28")! == 1)
        #expect(CalendarDate.dayNumber("2028-03-01")! - CalendarDate.dayNumber("2028-02-28")! == 2)
        #expect(CalendarDate.dayNumber("1970-01-01") == 0)
    }

    @Test func theDeadlineRemindsEachMunicipalityOncePerStageUntilItSubmits() throws {
        try Self.withReminderApp { app, job, reader in
            _ = try app.invite(email: "mila@middendrenthe.nl", name: "Mila Midden", role: "municipality", municipality: "midden-drenthe")
            let quiet = try app.signedInPerson(email: "stil@middendrenthe.nl", name: "Stil Midden", role: "municipality", municipality: "midden-drenthe")
            _ = try app.invite(email: "alex@assen.nl", name: "Alex Assen", role: "municipality", municipality: "assen")
            let off = try app.client().request("PUT", "/api/v1/users/\(quiet.userID)/mail-preferences", json: ["orders": true, "reminders": false],
                                               headers: quiet.changeHeaders)
            #expect(off.status == 200, "\(off)")
            try app.execute("DELETE FROM budget")
            try app.execute("INSERT INTO budget (municipality, year, net_cents, order_deadline, updated_at) VALUES ('midden-drenthe', 2027, 100000000, '2027-03-31', 'x'), ('assen', 2027, 100000000, '2027-03-31', 'x')")
            // Assen has submitted: it is not reminded.
            try app.execute("INSERT INTO purchase_order (number, municipality, year, status, created_at, updated_at) VALUES ('2027-900', 'assen', 2027, 'submitted', 'x', 'x')")

            #expect(try job.run(today: "2027-03-16", reader: reader) == 0, "15 days ahead: nothing yet")
            #expect(try job.run(today: "2027-03-17", reader: reader) == 1)
            #expect(try job.run(today: "2027-03-17", reader: reader) == 0, "the same day again: nothing")
            #expect(try job.run(today: "2027-03-20", reader: reader) == 0, "the 14-day stage is done")
            #expect(try job.run(today: "2027-03-29", reader: reader) == 1, "the 3-day stage, two days late: caught up")
            #expect(try job.run(today: "2027-03-30", reader: reader) == 0)
            #expect(try job.run(today: "2027-03-31", reader: reader) == 0, "not on the day itself")
            let mails = try Self.outbox(app)
            #expect(mails == [
                "reminder.deadline mila@middendrenthe.nl Nog 14 dagen: bestel de activiteiten van Midden-Drenthe voor 2027",
                "reminder.deadline mila@middendrenthe.nl Nog 2 dagen: bestel de activiteiten van Midden-Drenthe voor 2027",
            ], "\(mails)")
            #expect(try registrationTestColumn(app, "SELECT kind || ' ' || period || ' ' || subject FROM mail_reminder ORDER BY kind DESC")
                    == ["deadline.3 2027 midden-drenthe", "deadline.14 2027 midden-drenthe"])
        }
    }

    @Test func januaryRemindsStaffOfTheKeyFiguresOnce() throws {
        try Self.withReminderApp { app, job, reader in
            _ = try app.invite(email: "sam@biblionet.nl", name: "Sam Medewerker", role: "staff")
            _ = try app.invite(email: "kijk@biblionet.nl", name: "Kim Kijker", role: "viewer")
            _ = try app.invite(email: "mila@middendrenthe.nl", name: "Mila Midden", role: "municipality", municipality: "midden-drenthe")
            try app.execute("DELETE FROM budget")
            #expect(try job.run(today: "2026-12-31", reader: reader) == 0)
            #expect(try job.run(today: "2027-01-01", reader: reader) == 1)
            #expect(try job.run(today: "2027-01-15", reader: reader) == 0)
            #expect(try job.run(today: "2027-02-01", reader: reader) == 0)
            #expect(try Self.outbox(app) == ["reminder.key_figures sam@biblionet.nl Voer de kerncijfers van 2026 in"])
            let rendered = try #require(try registrationTestColumn(app, "SELECT rendered FROM mail_outbox").first)
            // Quoted-printable: soft line breaks and "=" encoded.
            let text = rendered.replacingOccurrences(of: "=\r\n", with: "").replacingOccurrences(of: "=3D", with: "=")
            #expect(text.contains("https://catalogus.example.nl/registrations/figures?year=2026"))
            #expect(try job.run(today: "2028-01-02", reader: reader) == 1, "next year, the next year's figures")
        }
    }
}
