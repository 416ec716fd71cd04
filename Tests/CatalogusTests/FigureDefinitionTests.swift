import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import JSON
import Testing

/// `GET /api/v1/figure-definitions`: every key figure of docs/domain.md#key-figures has a
/// definition with the right unit, scope and whether it is computed.
@Suite struct FigureDefinitionTests {
    /// The figures of docs/domain.md#key-figures: (code, unit, scope, computed). Totals and ratios are computed,
    /// and so are the counts taken from registrations; the rest are stored raw.
    static let domainFigures: [(code: String, unit: String, scope: String, computed: Bool)] = [
        // De cijfers
        ("platform_activities", "count", "municipality", true),
        ("platform_participants", "count", "municipality", true),
        ("visitors_library", "count", "municipality", false),
        ("visitors_website", "count", "municipality", false),
        ("members_paying", "count", "municipality", false),
        ("members_youth", "count", "municipality", false),
        ("members_start", "count", "municipality", false),
        ("members_other", "count", "municipality", false),
        ("members_total", "count", "municipality", true),
        ("inhabitants", "count", "municipality", true),
        ("participation_rate", "percent", "municipality", true),
        ("dbos_pupils", "count", "municipality", false),
        ("ebook_accounts_active", "count", "municipality", false),
        ("loans_books", "count", "municipality", false),
        ("loans_avm", "count", "municipality", false),
        ("loans_magazines", "count", "municipality", false),
        ("loans_physical_total", "count", "municipality", true),
        ("loans_dbos", "count", "municipality", false),
        // Per programme area
        ("digital_courses", "count", "municipality", true),
        ("digital_course_sessions", "count", "municipality", true),
        ("ido_office_hours", "count", "municipality", true),
        ("ido_questions", "count", "municipality", false),
        ("boekstart_childcare_locations", "count", "municipality", false),
        ("boekstart_baby_kits", "count", "municipality", false),
        ("dbos_primary_schools", "count", "municipality", false),
        ("dbos_secondary_schools", "count", "municipality", false),
        // BiebPanel survey: percentages
        ("survey_staff", "percent", "municipality", false),
        ("survey_opening_hours", "percent", "municipality", false),
        ("survey_building", "percent", "municipality", false),
        ("survey_atmosphere", "percent", "municipality", false),
        ("survey_workspaces", "percent", "municipality", false),
        ("survey_catering", "percent", "municipality", false),
        ("survey_practical", "percent", "municipality", false),
        // Biblionet Drenthe and the province
        ("loans_ebooks", "count", "organisation", false),
        ("loans_audiobooks", "count", "organisation", false),
        ("loans_online_total", "count", "organisation", true),
        ("online_members_active", "count", "organisation", false),
        ("province_ebook_loans", "count", "organisation", false),
        ("province_audiobook_loans", "count", "organisation", false),
        ("goodhabitz_courses", "count", "organisation", false),
        ("soofos_courses", "count", "organisation", false),
    ]

    @Test func everyDomainFigureIsDefined() throws {
        try withRunningApp { app in
            let response = try app.client().request("GET", "/api/v1/figure-definitions")
            try #require(response.status == 200, "\(response)")
            let items = try response.json()["items"]?.arrayValue ?? []
            var byCode: [String: JSONValue] = [:]
            for item in items { byCode[item["code"]?.stringValue ?? ""] = item }
            #expect(byCode.count == items.count, "codes are not unique")
            for figure in Self.domainFigures {
                let definition = try #require(byCode[figure.code], "no definition for \(figure.code)")
                #expect(definition["unit"]?.stringValue == figure.unit, "\(figure.code)")
                #expect(definition["scope"]?.stringValue == figure.scope, "\(figure.code)")
                #expect(definition["computed"]?.boolValue == figure.computed, "\(figure.code)")
                #expect(definition["label"]?.stringValue?.isEmpty == false, "\(figure.code)")
                #expect(definition["group"]?.stringValue?.isEmpty == false, "\(figure.code)")
            }
            for item in items {
                #expect(["count", "percent"].contains(item["unit"]?.stringValue ?? ""), "\(item)")
                #expect(["municipality", "organisation"].contains(item["scope"]?.stringValue ?? ""), "\(item)")
            }
        }
    }
}
