import CCurl

/// libcurl's process-wide setup, done once.
///
/// `curl_global_init` must run before any other libcurl call and, in libcurl builds
/// without the `threadsafe` feature, while no other thread uses libcurl or the TLS
/// library it initialises. `catalogus serve` therefore calls `prepare()` first thing,
/// before it starts a thread; a Swift `static let` runs its initialiser exactly once even
/// when several threads ask at once (tests start workers in parallel), and Debian's
/// libcurl 7.88 is built thread-safe (`curl -V` lists `threadsafe`) for that case.
package enum CurlLibrary {
    private static let initialised: CURLcode = ccurl_global_init()

    /// True when libcurl is ready; safe to call any number of times.
    @discardableResult
    package static func prepare() -> Bool { initialised == CURLE_OK }
}
