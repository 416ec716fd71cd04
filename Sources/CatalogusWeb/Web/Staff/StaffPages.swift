import CatalogusAPI
import CatalogusDomain
import HTTPServer

/// The staff workspace: registering what was held (one at a time or a CSV file at once),
/// the list of registrations with corrections, and the yearly key figures. For library
/// workers (and admins), often on a phone: the pages are phone first.
package enum StaffPages {
    package static func register(into router: inout RouterBuilder<AppContext>) {
        router.get("/registrations", WebAccess.gate(permission, RegistrationListPage.handle))
        router.get("/registrations/new", WebAccess.gate(permission, RegistrationFormPage.new))
        router.get("/registrations/{id}/edit", WebAccess.gate(permission, RegistrationFormPage.edit))
        router.get("/registrations/upload", WebAccess.gate(permission, RegistrationUploadPage.handle))
        router.get("/registrations/voorbeeld.csv", WebAccess.gate(permission, RegistrationUploadPage.example))
        router.get("/registrations/figures", WebAccess.gate(permission, KeyFiguresPage.handle))
        router.get("/registrations/story", WebAccess.gate(.highlightsWrite, StoryPage.handle))
    }

    package static let permission = WebLayout.Section.registrations.permission

    /// The four tasks of the area, so that each is one tap away from every other.
    package enum Task: CaseIterable {
        case record, list, upload, figures

        package var path: String {
            switch self {
            case .record: "/registrations/new"
            case .list: "/registrations"
            case .upload: "/registrations/upload"
            case .figures: "/registrations/figures"
            }
        }

        package var label: String {
            switch self {
            case .record: "Registreren"
            case .list: "Overzicht"
            case .upload: "CSV uploaden"
            case .figures: "Kerncijfers"
            }
        }
    }

    package static func taskNavigation(current: Task?) -> HTML {
        let items: [HTML] = Task.allCases.map { task in
            task == current
                ? "<li><a href=\"\(task.path)\" aria-current=\"page\">\(task.label)</a></li>"
                : "<li><a href=\"\(task.path)\">\(task.label)</a></li>"
        }
        return "<nav class=\"staff-tasks\" aria-label=\"Registraties\"><ul>\(items)</ul></nav>\n"
    }

    /// A staff page: the task navigation above `main`, staff.css, and the page's script.
    package static func page(_ request: HTTPRequest, viewer: WebViewer, title: String, description: String, task: Task?,
                     script: String, preload: [String], main: HTML) -> HTTPResponse {
        let layout = WebLayout(title: title, description: description, section: .registrations, script: script,
                               preload: preload, bodyClass: "page-staff", styles: ["staff.css"])
        return WebResponse.page(request, layout.render(taskNavigation(current: task) + main, for: viewer))
    }

    /// `<option>`s with one of them selected.
    package static func options(_ choices: [(value: String, label: String)], selected: String?) -> [HTML] {
        choices.map { choice in
            choice.value == selected
                ? "<option value=\"\(choice.value)\" selected>\(choice.label)</option>"
                : "<option value=\"\(choice.value)\">\(choice.label)</option>"
        }
    }
}
