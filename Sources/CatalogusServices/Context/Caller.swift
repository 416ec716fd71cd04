import CatalogusDomain
import SQLite

/// What a service needs of the request it serves: who asks, this thread's read connection
/// and the one writer (the HTTP layer's `AppContext` stays above the services).
package struct Caller {
    package let principal: Principal?
    /// This thread's read-only connection: used only on the thread that runs the request.
    package let reader: Connection
    package let writer: DatabaseWriter
    /// Queues the mail a change causes, in the change's transaction; nil sends none.
    package let mailer: Mailer?

    package init(principal: Principal?, reader: Connection, writer: DatabaseWriter, mailer: Mailer? = nil) {
        self.principal = principal
        self.reader = reader
        self.writer = writer
        self.mailer = mailer
    }

    /// Whether the caller may act for the municipality `slug` (`Principal.actsFor`); nobody is nobody's.
    package func actsFor(municipality slug: String) -> Bool {
        principal?.actsFor(municipality: slug) ?? false
    }
}
