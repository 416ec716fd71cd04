// swift-tools-version: 6.0
import PackageDescription

// A Hummingbird 2 server serving the same two catalogue endpoints as catalogus, from
// the same SQLite file, written the way a Hummingbird user typically would. Used only
// by bench/catalogue.sh; it shares no code with the main package on purpose.
let package = Package(
    name: "hummingbird-peer",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
    ],
    targets: [
        .systemLibrary(name: "CSQLitePeer", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        .executableTarget(
            name: "HummingbirdPeer",
            dependencies: [
                "CSQLitePeer",
                .product(name: "Hummingbird", package: "hummingbird"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
