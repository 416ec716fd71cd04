import Foundation

extension Migrator {
    /// Reads the migration files `NNNN_name.sql` of `directory`, sorted by
    /// version. Hidden files and files not ending in `.sql` (any case) are
    /// ignored; a `.sql` file named otherwise is an error, not silently skipped.
    public static func load(directory: String) throws -> [Migration] {
        let files = try FileManager.default.contentsOfDirectory(atPath: directory)
        var migrations: [Migration] = []
        for file in files.sorted() where !file.hasPrefix(".") && file.lowercased().hasSuffix(".sql") {
            guard let (version, name) = parseFileName(file) else { throw MigrationError.badFileName(file) }
            let path = (directory as NSString).appendingPathComponent(file)
            let sql = try String(contentsOfFile: path, encoding: .utf8)
            migrations.append(Migration(version: version, name: name, sql: sql))
        }
        migrations.sort { $0.version < $1.version }
        for (earlier, later) in zip(migrations, migrations.dropFirst()) where earlier.version == later.version {
            throw MigrationError.duplicateVersion(later.version)
        }
        return migrations
    }

    /// `0002_add_orders.sql` → (2, "add_orders"); nil for anything else.
    static func parseFileName(_ file: String) -> (version: Int, name: String)? {
        let bytes = Array(file.utf8)
        let isDigit = { (byte: UInt8) in byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        let isNameByte = { (byte: UInt8) in
            isDigit(byte) || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
                || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
        }
        let suffix = Array(".sql".utf8)
        guard bytes.count > 4 + 1 + suffix.count,
            bytes[0..<4].allSatisfy(isDigit),
            bytes[4] == UInt8(ascii: "_"),
            Array(bytes.suffix(suffix.count)) == suffix
        else { return nil }
        let nameBytes = bytes[5..<(bytes.count - suffix.count)]
        guard nameBytes.allSatisfy(isNameByte) else { return nil }
        let version = bytes[0..<4].reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
        return (version, String(decoding: nameBytes, as: UTF8.self))
    }
}
