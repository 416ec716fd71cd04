import CatalogusDomain
import CatalogusStorage
import HTTPServer

/// Typed path parameters. The router matched the route's shape only; a value that is
/// not of its kind is the client's mistake (422 for a year, 404 for an id that cannot
/// exist).
extension AppContext {
    /// A `{year}` segment within `Vocabulary.years`.
    package func pathYear(_ name: String = "year") throws -> Int64 {
        guard let text = parameters[name], let year = Int64(text), Vocabulary.years.contains(year) else {
            throw AppError.validation([.init(field: name, QueryDecoder.yearMessage)])
        }
        return year
    }

    /// A segment as given (the router guarantees it is there for its own route).
    package func pathText(_ name: String) -> String { parameters[name] ?? "" }
}
