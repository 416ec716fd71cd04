import HTTPServer

/// The human-facing pages, served from files compiled into the binary.
enum WebRoutes {
    static func register(into router: inout RouterBuilder<AppContext>) {}
}
