import CatalogusDomain
import CatalogusStorage
import Foundation
import SQLite

/// The reminders the server sends by itself, once a day (`MailWorker` runs it every hour
/// and at start; running it more often changes nothing):
/// - the order deadline, 14 and 3 days ahead, to the people of each municipality without
///   a submitted or confirmed order for that year;
/// - in January, the key figures of the year just ended, to those who enter them.
///
/// Each reminder is claimed by a row in `mail_reminder` in the same transaction as its
/// mails, so it goes out at most once whatever restarts happen; a day the server was down
/// is caught up at the next run while the reminder is still in its window (a 14-day
/// reminder until the 3-day one is due). Everything is decided from `today`, a Dutch
/// calendar date, so a test can run any day.
package struct ReminderJob {
    /// Days before the deadline, longest first; each holds until the next one is due.
    package static let deadlineStages = [14, 3]

    package let writer: DatabaseWriter
    package let mailer: Mailer

    package init(writer: DatabaseWriter, mailer: Mailer) {
        self.writer = writer
        self.mailer = mailer
    }

    /// A reminder that is due and not yet sent.
    struct Due {
        let kind: String
        let period: String
        let subject: String
        let queue: (Connection) throws -> Void
    }

    /// Sends what is due on `today`; the number of reminders claimed. Asks `reader` first:
    /// a day without reminders writes nothing.
    @discardableResult
    package func run(today: String, reader: Connection) throws -> Int {
        guard let day = CalendarDate.dayNumber(today) else { return 0 }
        var due = try deadlineReminders(day: day, today: today, in: reader)
        due += try keyFiguresReminder(today: today, in: reader)
        guard !due.isEmpty else { return 0 }
        let now = Timestamp.now()
        return try writer.write { db in
            var claimed = 0
            for reminder in due where try MailRecipientRepository.claimReminder(kind: reminder.kind, period: reminder.period,
                                                                                 subject: reminder.subject, now: now, in: db) {
                try reminder.queue(db)
                claimed += 1
            }
            return claimed
        }
    }

    private func deadlineReminders(day: Int, today: String, in reader: Connection) throws -> [Due] {
        var due: [Due] = []
        for deadline in try MailRecipientRepository.deadlines(onOrAfter: today, in: reader) where !deadline.hasSubmitted {
            guard let end = CalendarDate.dayNumber(deadline.deadline) else { continue }
            let daysLeft = end - day
            guard let stage = Self.stage(daysLeft: daysLeft) else { continue }
            let kind = "deadline.\(stage)"
            let (period, subject) = (String(deadline.year), deadline.municipality)
            if try MailRecipientRepository.reminderSent(kind: kind, period: period, subject: subject, in: reader) { continue }
            let link = mailer.link(deadline.hasDraft ? "/orders?year=\(deadline.year)" : "/orders/new?year=\(deadline.year)")
            due.append(Due(kind: kind, period: period, subject: subject) { [mailer] db in
                let people = try MailRecipientRepository.people(holding: .ordersSubmit, wanting: .reminders,
                                                                 municipality: deadline.municipality, in: db)
                for person in people {
                    let content = MailTexts.deadlineReminder(name: person.name, municipalityName: deadline.municipalityName,
                                                             year: deadline.year, deadline: deadline.deadline, daysLeft: daysLeft,
                                                             hasDraft: deadline.hasDraft, link: link)
                    try mailer.queue(content, kind: .deadlineReminder, to: person.name, address: person.email, in: db)
                }
            })
        }
        return due
    }

    /// The stage whose window holds `daysLeft`: 14 for 4…14 days, 3 for 1…3; none on the day itself.
    package static func stage(daysLeft: Int) -> Int? {
        guard daysLeft >= 1 else { return nil }
        return deadlineStages.last { daysLeft <= $0 }
    }

    private func keyFiguresReminder(today: String, in reader: Connection) throws -> [Due] {
        guard let date = CalendarDate.parse(today), date.month == 1 else { return [] }
        let year = Int64(date.year - 1)
        let (kind, period, subject) = ("key_figures", String(year), "staff")
        if try MailRecipientRepository.reminderSent(kind: kind, period: period, subject: subject, in: reader) { return [] }
        let link = mailer.link("/registrations/figures?year=\(year)")
        return [Due(kind: kind, period: period, subject: subject) { [mailer] db in
            for person in try MailRecipientRepository.people(holding: .figuresWrite, wanting: .reminders, municipality: nil, in: db) {
                try mailer.queue(MailTexts.keyFiguresReminder(name: person.name, year: year, link: link), kind: .keyFiguresReminder,
                                 to: person.name, address: person.email, in: db)
            }
        }]
    }
}
