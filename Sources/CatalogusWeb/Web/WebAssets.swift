import Crypto

/// One file of `Web/Assets`, compiled into the binary by SwiftPM's `.embedInCode`
/// (the Docker image ships the executable and migrations/ only).
package struct WebAsset: Sendable {
    package let name: String
    package let contentType: String
    package let body: [UInt8]
    /// A strong validator (RFC 9110 §8.8.3): the file's SHA-256, so it changes exactly when the bytes do.
    package let etag: String

    package init(name: String, body: [UInt8]) {
        self.name = name
        self.body = body
        contentType = Self.contentType(of: name)
        etag = "\"" + SHA256.hash(data: body).prefix(16).map { String($0, radix: 16).leftPadded(to: 2) }.joined() + "\""
    }

    /// By extension; `charset` for text, since the files are UTF-8 (RFC 9239 for JavaScript).
    package static func contentType(of name: String) -> String {
        switch name.split(separator: ".").last {
        case "css": "text/css; charset=utf-8"
        case "js": "text/javascript; charset=utf-8"
        case "svg": "image/svg+xml"
        default: "application/octet-stream"
        }
    }
}

/// Every embedded file, by the name it is served under (`/assets/{name}`).
package enum WebAssets {
    /// Listed by hand because SwiftPM names the generated constants after the files;
    /// WebAssetTests checks that this list and the folder agree.
    package static let all: [String: WebAsset] = Dictionary(uniqueKeysWithValues: [
        WebAsset(name: "app.css", body: PackageResources.app_css),
        WebAsset(name: "icon.svg", body: PackageResources.icon_svg),
        WebAsset(name: "api.js", body: PackageResources.api_js),
        WebAsset(name: "session.js", body: PackageResources.session_js),
        WebAsset(name: "forms.js", body: PackageResources.forms_js),
        WebAsset(name: "dom.js", body: PackageResources.dom_js),
        WebAsset(name: "format.js", body: PackageResources.format_js),
        WebAsset(name: "vocabulary.js", body: PackageResources.vocabulary_js),
        WebAsset(name: "charts.js", body: PackageResources.charts_js),
        WebAsset(name: "figures.js", body: PackageResources.figures_js),
        WebAsset(name: "explain.js", body: PackageResources.explain_js),
        WebAsset(name: "dashboard.js", body: PackageResources.dashboard_js),
        WebAsset(name: "report.js", body: PackageResources.report_js),
        WebAsset(name: "report-organisation.js", body: PackageResources.report_organisation_js),
        WebAsset(name: "access.js", body: PackageResources.access_js),
        WebAsset(name: "signin.js", body: PackageResources.signin_js),
        WebAsset(name: "login.js", body: PackageResources.login_js),
        WebAsset(name: "welcome.js", body: PackageResources.welcome_js),
        WebAsset(name: "password-reset.js", body: PackageResources.password_reset_js),
        WebAsset(name: "account.js", body: PackageResources.account_js),
        WebAsset(name: "account.css", body: PackageResources.account_css),
        WebAsset(name: "portal.css", body: PackageResources.portal_css),
        WebAsset(name: "basket.js", body: PackageResources.basket_js),
        WebAsset(name: "catalogue.js", body: PackageResources.catalogue_js),
        WebAsset(name: "order-labels.js", body: PackageResources.order_labels_js),
        WebAsset(name: "order-lines.js", body: PackageResources.order_lines_js),
        WebAsset(name: "order-budget.js", body: PackageResources.order_budget_js),
        WebAsset(name: "order-new.js", body: PackageResources.order_new_js),
        WebAsset(name: "order.js", body: PackageResources.order_js),
        WebAsset(name: "orders.js", body: PackageResources.orders_js),
        WebAsset(name: "admin.css", body: PackageResources.admin_css),
        WebAsset(name: "admin-home.js", body: PackageResources.admin_home_js),
        WebAsset(name: "admin-labels.js", body: PackageResources.admin_labels_js),
        WebAsset(name: "admin-money.js", body: PackageResources.admin_money_js),
        WebAsset(name: "admin-activities.js", body: PackageResources.admin_activities_js),
        WebAsset(name: "admin-prices.js", body: PackageResources.admin_prices_js),
        WebAsset(name: "admin-orders.js", body: PackageResources.admin_orders_js),
        WebAsset(name: "admin-budgets.js", body: PackageResources.admin_budgets_js),
        WebAsset(name: "admin-users.js", body: PackageResources.admin_users_js),
        WebAsset(name: "staff.css", body: PackageResources.staff_css),
        WebAsset(name: "staff-text.js", body: PackageResources.staff_text_js),
        WebAsset(name: "activity-picker.js", body: PackageResources.activity_picker_js),
        WebAsset(name: "registration-form.js", body: PackageResources.registration_form_js),
        WebAsset(name: "record.js", body: PackageResources.record_js),
        WebAsset(name: "story.js", body: PackageResources.story_js),
        WebAsset(name: "registrations.js", body: PackageResources.registrations_js),
        WebAsset(name: "upload.js", body: PackageResources.upload_js),
        WebAsset(name: "figure-totals.js", body: PackageResources.figure_totals_js),
        WebAsset(name: "keyfigures.js", body: PackageResources.keyfigures_js),
    ].map { ($0.name, $0) })

    package static func named(_ name: String) -> WebAsset? { all[name] }
}
