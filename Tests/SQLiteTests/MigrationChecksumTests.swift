import Foundation
import SQLite
import Testing

/// Migration checksums are SHA-256 (swift-crypto's, as the app uses) of the SQL with
/// CRLF normalised to LF, in lowercase hex. Databases in the field store them, so these
/// known values must never change.
@Suite struct MigrationChecksumTests {
    private func checksum(of sql: String) -> String {
        Migration(version: 1, name: "digest", sql: sql).checksum
    }

    /// FIPS 180-2's examples; the non-ASCII one computed with coreutils' sha256sum.
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        ("Gemeente Midden-Drenthe — één bibliotheek, 🚀",
         "42107011241bf54277abcfa39665ceb264351896bd00c0d9fff25e8ad599b21f"),
        (String(repeating: "a", count: 1000), "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3"),
    ])
    func knownMessages(_ message: String, _ digest: String) {
        #expect(checksum(of: message) == digest)
    }

    @Test func crlfHashesAsLF() {
        #expect(checksum(of: "CREATE TABLE t (x);\r\nCREATE TABLE u (y);\r\n")
            == checksum(of: "CREATE TABLE t (x);\nCREATE TABLE u (y);\n"))
    }

    /// The checksums recorded in databases migrated by earlier versions of catalogus
    /// (read back from `schema_migrations`): the shipped migrations must still match
    /// them, or every existing database would refuse to start.
    @Test func shippedMigrationsKeepTheirRecordedChecksums() throws {
        let recorded: [Int: String] = [
            1: "6fab7840ae49142386bfb972ae6150f47ce06a01bd918d8412d1148523725c0f",
            2: "53356929aba1c6236d13bbb5d8ae54f2d928058e59a48589de34c4efa1b2a3e3",
            3: "3ad9e4923260feb3c565e3a53ba14fb517bae5991d88e2094adacba50b95951a",
            4: "31a6881d0c5aa990c2c63d997173e28305be42110ed436f36d42bc7c59221f77",
            5: "b4934b89b813f26fbd5f62eed7ca7c0c7867e3f6a072f086036ab9be67e88760",
            6: "8c781fd08a679a0531859ff2324d9a515a49254875e99fd76fc994262563529c",
            7: "eee591b15edc90c6f53faf17cd84e5263b0afe276219affb1b3da6930531d451",
            8: "fee5f6db210124e95f580bed6cd04952ba6cd1b61cee49f74a5b032f53d22703",
            9: "38eeb376a1e96a9d1b90da54f9188423881aa312973fed9dbdf00e6251cbb57f",
            10: "3982375ee0e4c7347a9dc5b06abc6f33bdeea8c3bc22b0a1ab37ab01f4a838af",
            11: "0ecea801a06f9eebcd67309f1af7ce52a41ff19aee02ac2331022043259bdd10",
            12: "451d4c1a37ab20524b9098c469a75fbd0b0de73f0501b2f3b55d570175c26826",
        ]
        // This file is Tests/SQLiteTests/MigrationChecksumTests.swift.
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let shipped = try Migrator.load(directory: root.appendingPathComponent("migrations").path)
        let byVersion = Dictionary(uniqueKeysWithValues: shipped.map { ($0.version, $0.checksum) })
        for (version, checksum) in recorded.sorted(by: { $0.key < $1.key }) {
            #expect(byVersion[version] == checksum, "migration \(version)")
        }
    }
}
