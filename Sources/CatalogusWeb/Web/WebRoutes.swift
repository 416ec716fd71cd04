import CatalogusAPI
import Foundation
import HTTPServer

/// The human-facing pages, served from files compiled into the binary. Each area of
/// work registers its own pages (one file per area, next to its pages).
package enum WebRoutes {
    package static func register(into router: inout RouterBuilder<AppContext>) {
        router.get("/", DashboardPage.handle)
        router.get("/report/{slug}/{year}", ReportPage.handle)
        router.get("/report/organisation/{year}", OrganisationReportPage.handle)
        router.get("/catalogue", CataloguePage.handle)
        router.get("/catalogue/{code}", ActivityPage.handle)
        router.get("/assets/{name}", asset)
        AccountPages.register(into: &router)
        PortalPages.register(into: &router)
        StaffPages.register(into: &router)
        AdminPages.register(into: &router)
    }

    /// `GET /assets/{name}`: an embedded file, or 404. With `--assets-dir` (development)
    /// the file is read from that folder instead, so that a changed script needs no rebuild.
    @Sendable package static func asset(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let name = context.parameters["name"] ?? ""
        guard var asset = WebAssets.named(name) else {
            var response = WebResponse.page(request, NotFoundPage.render(message: "Dit bestand bestaat niet."), status: 404)
            response.headers.set(name: "Cache-Control", value: "no-store")
            return response
        }
        if let folder = context.services.configuration.assetsDirectory,
           let bytes = FileManager.default.contents(atPath: folder + "/" + asset.name) {
            asset = WebAsset(name: asset.name, body: Array(bytes))
        }
        return WebResponse.asset(request, asset)
    }
}
