// swift-tools-version: 6.0
import PackageDescription

// Dependencies point one way:
//   CSQLite (+ Crypto) → SQLite ─┐
//   JSON → CatalogusDomain ──────┴→ CatalogusStorage (records and SQL, no HTTP) ─┐
//   HTTPParser → HTTPServer (+ CZlib) ───────────────────────────────────────────┴→ CatalogusServices
//     → CatalogusAPI → CatalogusWeb → Catalogus → catalogus (executable)
let package = Package(
    name: "catalogus",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "catalogus", targets: ["catalogus"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // Excel workbooks (issue 14): a well-kept writer of OOXML instead of our own zip + XML.
        .systemLibrary(
            name: "CXlsxWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        // Webhook deliveries (issue 20): libcurl itself rather than URLSession, which cannot be
        // told which address to connect to, so a receiver's name would be resolved again.
        .systemLibrary(
            name: "CCurl",
            pkgConfig: "libcurl",
            providers: [.apt(["libcurl4-openssl-dev"])]
        ),
        // epoll and eventfd, which the Glibc module does not export.
        .systemLibrary(name: "CLinux"),
        .target(
            name: "SQLite",
            dependencies: [
                "CSQLite",
                // SHA-256 of the migrations, the same implementation as the app's.
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(name: "JSON"),
        .target(name: "HTTPParser"),
        .target(name: "HTTPServer", dependencies: ["HTTPParser", "JSON", "CZlib", "CLinux"]),
        // The application, in layers: each target imports only those above it in this list,
        // so the compiler keeps the direction (issue 21). README "Layout" says what each holds.
        // No SQL and no HTTP: the domain depends on JSON and the workbook writer only.
        .target(name: "CatalogusDomain", dependencies: ["JSON", "CXlsxWriter",
                                                        .product(name: "Crypto", package: "swift-crypto")]),
        // Online backups, their schedule and checks, and restore: SQLite's backup API and files,
        // nothing of the domain.
        .target(name: "CatalogusBackup", dependencies: ["SQLite", "HTTPServer"]),
        .target(name: "CatalogusStorage", dependencies: ["CatalogusDomain", "SQLite", "JSON",
                                                         .product(name: "_CryptoExtras", package: "swift-crypto"),
                                                         .product(name: "Crypto", package: "swift-crypto")]),
        .target(
            name: "CatalogusServices",
            dependencies: [
                "CatalogusDomain", "CatalogusStorage", "CatalogusBackup", "SQLite", "JSON", "HTTPParser", "HTTPServer", "CCurl",
                .product(name: "Crypto", package: "swift-crypto"),
                // scrypt for people's passwords (issue 11): BoringSSL's, through swift-crypto.
                .product(name: "_CryptoExtras", package: "swift-crypto"),
            ]
        ),
        .target(name: "CatalogusAPI", dependencies: ["CatalogusDomain", "CatalogusStorage", "CatalogusBackup", "CatalogusServices",
                                                     "SQLite", "JSON", "HTTPParser", "HTTPServer",
                                                     .product(name: "Crypto", package: "swift-crypto")]),
        .target(
            name: "CatalogusWeb",
            dependencies: ["CatalogusDomain", "CatalogusStorage", "CatalogusServices", "CatalogusAPI",
                           "SQLite", "JSON", "HTTPParser", "HTTPServer"],
            resources: [.embedInCode("Web/Assets")]
        ),
        .target(
            name: "Catalogus",
            dependencies: ["CatalogusDomain", "CatalogusStorage", "CatalogusServices", "CatalogusAPI", "CatalogusWeb",
                           "SQLite", "JSON", "HTTPParser", "HTTPServer"]
        ),
        .executableTarget(
            name: "catalogus",
            dependencies: [
                "Catalogus", "CatalogusDomain", "CatalogusStorage", "CatalogusBackup", "CatalogusServices", "CatalogusAPI", "CatalogusWeb",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The child process that the kill -9 durability test starts and kills.
        .executableTarget(
            name: "sqlite-crash-writer",
            dependencies: ["SQLite"],
            path: "Tests/Support/SQLiteCrashWriter"
        ),
        // What more than one test target needs: gunzip, and the raw socket calls of test clients.
        .target(name: "TestSupport", dependencies: ["CZlib"], path: "Tests/TestSupport"),
        .testTarget(name: "JSONTests", dependencies: ["JSON"]),
        .testTarget(name: "SQLiteTests", dependencies: ["SQLite"]),
        .testTarget(name: "HTTPParserTests", dependencies: ["HTTPParser"]),
        .testTarget(name: "HTTPServerTests", dependencies: ["HTTPServer", "HTTPParser", "JSON", "CZlib", "TestSupport"]),
        .testTarget(name: "CatalogusTests", dependencies: [
            "Catalogus", "CatalogusDomain", "CatalogusStorage", "CatalogusBackup", "CatalogusServices", "CatalogusAPI", "CatalogusWeb",
            "SQLite", "JSON", "HTTPServer", "CZlib", "TestSupport",
            // The webhook receiver checks signatures as a receiver would, with its own HMAC.
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
    ],
    swiftLanguageModes: [.v6]
)
