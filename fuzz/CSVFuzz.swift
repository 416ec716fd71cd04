// libFuzzer target for CSVReader; built by fuzz/run.sh from Sources/CatalogusDomain/Support/CSVReader.swift
// alone (it needs nothing but the stdlib) into one module with this file.
//
// Properties checked on every input (a violation traps, which libFuzzer reports as a crash):
// - a failure names a line that exists;
// - no row is a lone empty field (those are skipped);
// - the rows, written back as RFC 4180 CSV, read back as the same rows.
// The time limit in run.sh catches superlinear reading: max_len admits 256 KiB inputs.

@_cdecl("LLVMFuzzerTestOneInput")
public func csvFuzzTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let rows: [[String]]
    do {
        rows = try CSVReader.parse(bytes)
    } catch {
        let lineEnds = bytes.reduce(0) { $0 + ($1 == 0x0A || $1 == 0x0D ? 1 : 0) }
        precondition(error.line >= 1 && error.line <= lineEnds + 1, "error line outside the input")
        return 0
    }
    precondition(!rows.contains { $0 == [""] }, "a lone empty field came back as a row")
    do {
        let reread = try CSVReader.parse(write(rows))
        precondition(reread == rows, "rows written back read differently")
    } catch {
        preconditionFailure("rows written back do not read: \(error)")
    }
    return 0
}

/// Like the app's CSVWriter (which cannot be built alone: it shares a file with HTTP
/// negotiation), but quoting a cell that holds either separator, so that whichever
/// separator the reader takes from the header row reads the same cells, and a cell that
/// starts with a byte-order mark, which the reader would strip at the start of the file.
private func write(_ rows: [[String]]) -> [UInt8] {
    var bytes: [UInt8] = []
    for row in rows {
        for (index, field) in row.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            let utf8 = field.utf8
            let special = utf8.contains { $0 == 0x2C || $0 == 0x3B || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
            if special || utf8.starts(with: [0xEF, 0xBB, 0xBF]) {
                bytes.append(0x22)
                for byte in utf8 {
                    if byte == 0x22 { bytes.append(0x22) }
                    bytes.append(byte)
                }
                bytes.append(0x22)
            } else {
                bytes.append(contentsOf: utf8)
            }
        }
        bytes.append(contentsOf: [0x0D, 0x0A])
    }
    return bytes
}
