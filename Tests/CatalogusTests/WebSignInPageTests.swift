@testable import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import Testing

/// The pages for work need a signed-in person of the right role.
@Suite struct WebAccessTests {
    @Test func aWorkPageSendsNobodyToSignInAndTheWrongRoleGets403() throws {
        try withDemoApp { app in
            let nobody = try app.client().get("/orders?year=2026")
            #expect(nobody.status == 303)
            #expect(nobody.header("Location") == "/login?next=%2Forders%3Fyear%3D2026")
            let staff = try app.signedInPerson(email: "m@x.nl", name: "Mees Medewerker", role: "staff")
            let wrong = try app.client().get("/admin", headers: staff.readHeaders)
            #expect(wrong.status == 403)
            let right = try app.client().get("/registrations", headers: staff.readHeaders)
            #expect(right.status == 200)
            #expect(right.text.contains("Mees Medewerker"))
            #expect(right.text.contains("<meta name=\"csrf-token\" content=\"\(staff.csrf)\">"))
            // Back after "Afmelden" must not bring it back from any cache (issue 20, item 9).
            #expect(right.header("Cache-Control") == "no-store")
        }
    }

    @Test func theHeaderEscapesThePersonsName() throws {
        try withDemoApp { app in
            let person = try app.signedInPerson(email: "x@x.nl", name: "<script>alert(1)</script>", role: "viewer")
            let page = try app.client().get("/", headers: person.readHeaders)
            #expect(page.status == 200)
            #expect(!page.text.contains("<script>alert(1)</script>"))
            #expect(page.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        }
    }
}
