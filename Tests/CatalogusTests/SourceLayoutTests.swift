import Foundation
import Testing

/// Rules about the source tree itself: comments point at documentation that exists, and
/// SQL lives in repositories (issue 21).
@Suite struct SourceLayoutTests {
    /// Every `docs/….md` path cited in Sources, Tests or the README names a file that
    /// exists and, with a `#section`, one of its headings.
    @Test func citedDocumentationExists() throws {
        let citation = try NSRegularExpression(pattern: #"docs/([A-Za-z0-9_-]+\.md)(#[a-z0-9-]+)?"#)
        var problems: [String] = []
        var cited = 0
        for file in try Self.files(under: ["Sources", "Tests"], ending: ".swift") + ["README.md"] {
            let text = try String(contentsOf: RepositoryLayout.root.appendingPathComponent(file), encoding: .utf8)
            for match in citation.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                cited += 1
                let name = String(text[Range(match.range(at: 1), in: text)!])
                let document = RepositoryLayout.root.appendingPathComponent("docs").appendingPathComponent(name)
                guard let contents = try? String(contentsOf: document, encoding: .utf8) else {
                    problems.append("\(file): docs/\(name) does not exist")
                    continue
                }
                if let range = Range(match.range(at: 2), in: text) {
                    let anchor = String(text[range].dropFirst())
                    if !Self.anchors(of: contents).contains(anchor) { problems.append("\(file): docs/\(name) has no section #\(anchor)") }
                }
            }
        }
        #expect(cited > 20, "the comments cite the docs; did the pattern stop matching?")
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }

    /// SQL statements appear only in `*Repository.swift` files, the SQLite module and the
    /// few files that build or load SQL wholesale (the record-column builder, the demo and
    /// synthetic data loaders); everything else calls a repository.
    @Test func sqlLivesInRepositories() throws {
        let allowed: Set<String> = [
            "Sources/CatalogusStorage/Storage/RecordColumns.swift",
            "Sources/CatalogusStorage/Database/DemoData.swift",
            "Sources/CatalogusStorage/Database/SyntheticData.swift",
        ]
        let statement = try NSRegularExpression(pattern: #"SELECT\s.*\sFROM\s|INSERT INTO\s|UPDATE\s+[a-z_]+\s+SET\s|DELETE FROM\s"#)
        var offenders: [String] = []
        for file in try Self.files(under: ["Sources"], ending: ".swift")
        where !file.hasPrefix("Sources/SQLite/") && !file.hasSuffix("Repository.swift") && !allowed.contains(file) {
            let text = try String(contentsOf: RepositoryLayout.root.appendingPathComponent(file), encoding: .utf8)
            if statement.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil { offenders.append(file) }
        }
        #expect(offenders.isEmpty, "SQL outside a repository: \(offenders)")
    }

    /// The application is split into modules by layer (Package.swift: each imports only the
    /// ones below it, which the compiler enforces); none may grow past 7,000 lines, where a
    /// module stops being something one person holds in mind.
    @Test func noModuleIsTooLarge() throws {
        let modules = try FileManager.default.contentsOfDirectory(atPath: RepositoryLayout.root.appendingPathComponent("Sources").path)
        var sizes: [String: Int] = [:]
        for module in modules {
            for file in try Self.files(under: ["Sources/" + module], ending: ".swift") {
                let text = try String(contentsOf: RepositoryLayout.root.appendingPathComponent(file), encoding: .utf8)
                sizes[module, default: 0] += text.split(separator: "\n", omittingEmptySubsequences: false).count
            }
        }
        #expect(sizes.count >= 8 && sizes["CatalogusStorage", default: 0] > 1000, "\(sizes)")
        let large = sizes.filter { $0.value > 7000 }
        #expect(large.isEmpty, "modules over 7,000 lines: \(large)")
    }

    /// GitHub's anchors of a Markdown file's headings: lower case, punctuation dropped,
    /// spaces to hyphens.
    static func anchors(of markdown: String) -> Set<String> {
        var anchors: Set<String> = []
        for line in markdown.split(separator: "\n") where line.hasPrefix("#") {
            let title = line.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces).lowercased()
            let kept = title.unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) || $0 == " " || $0 == "-" || $0 == "_" }
            anchors.insert(String(String.UnicodeScalarView(kept)).replacingOccurrences(of: " ", with: "-"))
        }
        return anchors
    }

    /// Paths relative to the repository root, sorted.
    static func files(under folders: [String], ending suffix: String) throws -> [String] {
        var found: [String] = []
        for folder in folders {
            let base = RepositoryLayout.root.appendingPathComponent(folder)
            guard let walker = FileManager.default.enumerator(atPath: base.path) else { continue }
            while let path = walker.nextObject() as? String {
                if path.hasSuffix(suffix) { found.append(folder + "/" + path) }
            }
        }
        return found.sorted()
    }
}
