import SQLite

/// The choices the statistics pages offer (municipalities, years with data) and the
/// token field they share. Municipalities and years are public; the figures are not,
/// so the pages fetch those in the browser with the person's token.
enum StatisticsChoices {
    struct Municipality {
        let slug: String
        let name: String
    }

    static func municipalities(in db: Connection) throws -> [Municipality] {
        try db.query("SELECT slug, name FROM municipality ORDER BY name, slug").map {
            Municipality(slug: try $0.column(0), name: try $0.column(1))
        }
    }

    /// Years with key figures or registrations, newest first.
    static func dataYears(in db: Connection) throws -> [Int64] {
        let rows = try db.query("""
            SELECT DISTINCT year FROM figure_value
            UNION SELECT DISTINCT CAST(substr(month, 1, 4) AS INTEGER) FROM registration_month
            """)
        return try rows.map { try $0.column(0, as: Int64.self) }.filter { Vocabulary.years.contains($0) }.sorted(by: >)
    }

    /// The years to choose from: those with data, and last year (the one being reported on).
    static func offeredYears(_ dataYears: [Int64], current: Int64) -> [Int64] {
        Array(Set(dataYears + [current - 1])).sorted(by: >)
    }

    /// The year a report is most likely wanted for: the newest year with data up to now.
    static func defaultYear(_ dataYears: [Int64], current: Int64) -> Int64 {
        dataYears.first { $0 <= current } ?? current - 1
    }

    /// The municipality with the most recent key figures, so the first view is not empty.
    static func defaultMunicipality(_ municipalities: [Municipality], in db: Connection) throws -> String? {
        let busiest: String? = try db.scalar("""
            SELECT area FROM figure_value WHERE area <> 'organisation'
            GROUP BY area ORDER BY max(year) DESC, count(*) DESC, area LIMIT 1
            """)
        if let busiest, municipalities.contains(where: { $0.slug == busiest }) { return busiest }
        return municipalities.first?.slug
    }

    /// The token input. It has no `name`, so a form submitted without script never puts
    /// the token into a URL (where logs and history would keep it).
    static func tokenField(id: String = "token") -> HTML {
        """
        <div class="field field-token">
        <label for="\(id)">Token</label>
        <input id="\(id)" type="password" autocomplete="off" spellcheck="false" autocapitalize="off" aria-describedby="\(id)-uitleg">
        <p class="hint" id="\(id)-uitleg">Statistieken vragen een token (viewer, staff, admin of gemeente). Het blijft alleen in dit tabblad bewaard.</p>
        </div>
        """
    }
}
