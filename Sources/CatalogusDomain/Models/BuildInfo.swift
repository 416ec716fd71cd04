import Foundation

/// What is running, for `catalogus_build_info` and the OpenAPI document: the API's
/// version, and the commit it was built from when the build says so (`CATALOGUS_COMMIT`,
/// set by the Docker image and `make run`).
package enum BuildInfo {
    package static let version = "1.0.0"

    package static var commit: String {
        ProcessInfo.processInfo.environment["CATALOGUS_COMMIT"].flatMap { $0.isEmpty ? nil : $0 } ?? "unknown"
    }
}
