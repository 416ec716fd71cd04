import SQLite

/// What a service needs of the request it serves: who asks, this thread's read connection
/// and the one writer (the HTTP layer's `AppContext` stays above the services).
struct Caller {
    let principal: Principal?
    /// This thread's read-only connection: used only on the thread that runs the request.
    let reader: Connection
    let writer: DatabaseWriter

    /// Whether the caller may act for the municipality `slug` (`Principal.actsFor`); nobody is nobody's.
    func actsFor(municipality slug: String) -> Bool {
        principal?.actsFor(municipality: slug) ?? false
    }
}
