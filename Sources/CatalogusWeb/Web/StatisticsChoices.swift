import CatalogusDomain
import CatalogusStorage
import SQLite

/// The choices the statistics pages offer (municipalities, years with data) and what
/// they say to a reader who is not signed in. Municipalities and years are public; the
/// figures are not, so the pages fetch those in the browser with the person's session.
package enum StatisticsChoices {
    package struct Municipality {
        package let slug: String
        package let name: String
    }

    package static func municipalities(in db: Connection) throws -> [Municipality] {
        try MunicipalityRepository.all(in: db).map { Municipality(slug: $0.slug, name: $0.name) }
    }

    /// Years with key figures or registrations, newest first.
    package static func dataYears(in db: Connection) throws -> [Int64] {
        try StatisticsRepository(db: db).dataYears().filter { Vocabulary.years.contains($0) }.sorted(by: >)
    }

    /// The years to choose from: those with data, and last year (the one being reported on).
    package static func offeredYears(_ dataYears: [Int64], current: Int64) -> [Int64] {
        Array(Set(dataYears + [current - 1])).sorted(by: >)
    }

    /// The year a report is most likely wanted for: the newest year with data up to now.
    package static func defaultYear(_ dataYears: [Int64], current: Int64) -> Int64 {
        dataYears.first { $0 <= current } ?? current - 1
    }

    /// The municipality with the most recent key figures, so the first view is not empty.
    package static func defaultMunicipality(_ municipalities: [Municipality], in db: Connection) throws -> String? {
        let busiest = try StatisticsRepository(db: db).busiestFigureArea()
        if let busiest, municipalities.contains(where: { $0.slug == busiest }) { return busiest }
        return municipalities.first?.slug
    }

    /// What a signed-out reader sees instead of the figures: a way to sign in that comes
    /// back to this page (access.js writes the same when a session has ended meanwhile).
    package static func signInPrompt(returningTo target: String) -> HTML {
        "Meld u aan om de cijfers te zien. <a href=\"/login?next=\(QueryEncoding.encode(target))\">Aanmelden</a>"
    }
}
