import Foundation

/// Where the repository's files and this build's products are, found from this
/// source file and from the running test binary (no working-directory assumptions).
enum RepositoryLayout {
    /// The repository root: this file is `Tests/CatalogusTests/RepositoryLayout.swift`.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The real `migrations/` folder the product ships with.
    static var migrations: String { root.appendingPathComponent("migrations").path }

    /// The migration files (`NNNN_name.sql`) of `directory`, sorted by name.
    static func migrationFiles(in directory: String = migrations) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory)
            .filter { $0.hasSuffix(".sql") && $0.first?.isNumber == true }
            .sorted()
    }

    /// An executable built by the same `swift build` as this test binary. Under
    /// `swift test` on Linux `CommandLine.arguments[0]` is
    /// `<scratch>/<triple>/debug/<package>PackageTests.xctest`, beside the
    /// executables; `Bundle.main` is tried too (on macOS the binary sits inside
    /// `X.xctest/Contents/MacOS`, hence the walk up a few levels). On Linux
    /// `Bundle.main.bundleURL` is the products folder itself, not its parent.
    static func executable(named name: String) throws -> URL {
        var starts = [URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()]
        if let executable = Bundle.main.executableURL { starts.append(executable.deletingLastPathComponent()) }
        starts.append(Bundle.main.bundleURL)
        for start in starts {
            var directory = start
            for _ in 0..<4 {
                let candidate = directory.appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
                directory = directory.deletingLastPathComponent()
            }
        }
        throw LayoutError(message: "\(name) not found near \(starts.map(\.path)); run `swift build` first")
    }

    struct LayoutError: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }
}
