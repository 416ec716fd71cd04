@testable import Catalogus
import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import CatalogusWeb
import Foundation
import Testing

/// The embedded files under /assets: all of them served, byte for byte, with their
/// type, a strong ETag and 304 on a match; the scripts' imports all resolve.
@Suite struct WebAssetTests {
    static let folder = RepositoryLayout.root.appendingPathComponent("Sources/CatalogusWeb/Web/Assets")

    static func files() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".") }.sorted()
    }

    static func expectedType(_ name: String) -> String? {
        switch (name as NSString).pathExtension {
        case "css": "text/css; charset=utf-8"
        case "js": "text/javascript; charset=utf-8"
        case "svg": "image/svg+xml"
        default: nil
        }
    }

    @Test func everyFileOfTheFolderIsEmbeddedAndServedAsItIs() throws {
        let files = try Self.files()
        #expect(files.count >= 9)
        #expect(Set(WebAssets.all.keys) == Set(files), "WebAssets.all must list exactly the files of Web/Assets")
        try withRunningApp { app in
            let client = try app.client()
            for name in files {
                let response = try client.get("/assets/\(name)")
                #expect(response.status == 200, "\(name)")
                #expect(response.header("Content-Type") == Self.expectedType(name), "\(name)")
                #expect(response.header("Cache-Control") == "no-cache", "\(name)")
                let onDisk = try [UInt8](Data(contentsOf: Self.folder.appendingPathComponent(name)))
                #expect(response.body == onDisk, "\(name) differs from the file in Web/Assets")
            }
        }
    }

    @Test func assetsHaveStrongTagsAndAnswerIfNoneMatch() throws {
        try withRunningApp { app in
            let first = try app.client().get("/assets/app.css")
            let etag = try #require(first.header("ETag"))
            #expect(etag.hasPrefix("\"") && !etag.hasPrefix("W/"), "a strong tag: \(etag)")
            #expect(try app.client().get("/assets/charts.js").header("ETag") != etag)

            for header in [etag, "W/" + etag, "\"other\", \(etag)", "*"] {
                let again = try app.client().get("/assets/app.css", headers: ["If-None-Match: \(header)", "Connection: close"])
                #expect(again.status == 304, "\(header)")
                #expect(again.body.isEmpty)
                #expect(again.header("ETag") == etag)
            }
            let stale = try app.client().get("/assets/app.css", headers: ["If-None-Match: \"0123\""])
            #expect(stale.status == 200)
            #expect(stale.body == first.body)
        }
    }

    @Test func textAssetsAreCompressedWhenTheBrowserAsks() throws {
        try withRunningApp { app in
            let response = try app.client().get("/assets/figures.js", headers: ["Accept-Encoding: gzip"])
            #expect(response.status == 200)
            #expect(response.header("Content-Encoding") == "gzip")
            #expect(response.body.count < WebAssets.named("figures.js")!.body.count / 2)
        }
    }

    /// A module that imports a file we do not ship would fail in the browser only.
    @Test func everyScriptImportAndPreloadNamesAnEmbeddedModule() throws {
        let names = Set(try Self.files())
        for name in names where name.hasSuffix(".js") {
            let source = try String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8)
            let imports = try NSRegularExpression(pattern: #"from '\./([a-z]+\.js)'"#)
                .matches(in: source, range: NSRange(source.startIndex..., in: source))
                .compactMap { Range($0.range(at: 1), in: source).map { String(source[$0]) } }
            for imported in imports { #expect(names.contains(imported), "\(name) imports \(imported)") }
            #expect(!source.contains("innerHTML"), "\(name) must build the DOM with textContent/createElement")
            #expect(!source.contains("insertAdjacentHTML") && !source.contains("document.write"), "\(name)")
        }
        try withDemoApp { app in
            let client = try app.client()
            for page in ["/", "/report/midden-drenthe/2024", "/catalogue"] {
                let html = try client.get(page).text
                let expression = try NSRegularExpression(pattern: #"(?:href|src)="(/assets/[^"]+)""#)
                let references = expression.matches(in: html, range: NSRange(html.startIndex..., in: html))
                    .compactMap { Range($0.range(at: 1), in: html).map { String(html[$0]) } }
                #expect(!references.isEmpty)
                for reference in references { #expect(try client.get(reference).status == 200, "\(page) → \(reference)") }
            }
        }
    }
}
