@testable import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import SQLite
import Testing

/// A bulk import's rows are checked before its turn on the writer, and in the turn only
/// the lookups they rested on are confirmed (issue 20, item 8): a change in between to
/// anything looked up must send the import back to checking every row.
@Suite struct RegistrationLookupsRecheckTests {
    /// Runs `body` in a transaction on the demo database that is rolled back afterwards.
    private func inRolledBackTransaction(_ body: (Connection, RegistrationRepository, RegistrationLookups) throws -> Void) throws {
        try withDemoApp { app in
            try app.writer.withConnection { db in
                try db.execute("BEGIN IMMEDIATE")
                defer { try? db.execute("ROLLBACK") }
                let repository = RegistrationRepository(db: db)
                try body(db, repository, try RegistrationLookups(repository))
            }
        }
    }

    @Test func lookupsNoLongerHoldOnceWhatTheyReadChanged() throws {
        try inRolledBackTransaction { db, repository, lookups in
            let owner = try #require(try lookups.locationMunicipality(1))
            #expect(try lookups.activity("koffieochtend") != nil)
            #expect(try lookups.municipalityExists("midden-drenthe"))
            #expect(try lookups.orderMunicipality(987_654) == nil)
            #expect(try lookups.stillHold(in: repository))

            // The location moves to another municipality between the checks and the turn.
            try db.run("UPDATE location SET municipality = ? WHERE id = 1", owner == "assen" ? "emmen" : "assen")
            #expect(try !lookups.stillHold(in: repository))
        }
    }

    @Test func aNewActivityCodeAlsoCounts() throws {
        try inRolledBackTransaction { db, repository, lookups in
            #expect(try lookups.activity("koffieochtend") != nil)
            #expect(try lookups.stillHold(in: repository))
            try db.run("UPDATE activity SET code = 'koffieochtend-oud' WHERE code = 'koffieochtend'")
            #expect(try !lookups.stillHold(in: repository))
        }
    }
}
