/// Reads RFC 4180 CSV (quoted fields, doubled quotes, CRLF, LF or CR line ends, an optional
/// UTF-8 byte-order mark). The separator is `,` or `;`, taken from the header row.
/// One pass over the input: it reads request bodies of up to the body limit.
package enum CSVReader {
    package struct Error: Swift.Error, Equatable {
        package let line: Int
        package let reason: String
    }

    package static func parse(_ bytes: [UInt8]) throws(Error) -> [[String]] {
        var input = bytes[...]
        if input.starts(with: [0xEF, 0xBB, 0xBF]) { input = input.dropFirst(3) }
        var table = Table()
        var inQuotes = false
        var line = 1
        let separator = separator(of: input)
        var index = input.startIndex
        while index < input.endIndex {
            let byte = input[index]
            if inQuotes {
                if byte == 0x22 {
                    let next = input.index(after: index)
                    if next < input.endIndex, input[next] == 0x22 {
                        table.field.append(0x22)
                        index = input.index(after: next)
                        continue
                    }
                    inQuotes = false
                } else {
                    if byte == 0x0A { line += 1 }
                    table.field.append(byte)
                }
            } else if byte == 0x22 {
                guard table.field.isEmpty, !table.fieldWasQuoted else { throw Error(line: line, reason: "a quote inside an unquoted field") }
                inQuotes = true
                table.fieldWasQuoted = true
            } else if byte == separator {
                table.endField()
            } else if byte == 0x0A || byte == 0x0D {
                if byte == 0x0D {
                    let next = input.index(after: index)
                    if next < input.endIndex, input[next] == 0x0A { index = next }
                }
                table.endRow()
                line += 1
            } else {
                guard !table.fieldWasQuoted else { throw Error(line: line, reason: "text after a closing quote") }
                table.field.append(byte)
            }
            index = input.index(after: index)
        }
        if inQuotes { throw Error(line: line, reason: "a quoted field is not closed") }
        if !table.field.isEmpty || !table.row.isEmpty || table.fieldWasQuoted { table.endRow() }
        return table.rows
    }

    /// The rows read so far and the one being read. A struct, not local functions over local
    /// variables: those captured variables were boxed on the heap, and under the fuzzer
    /// their allocations did not balance per input, so that libFuzzer heap-scanned for
    /// leaks after nearly every input (half the speed).
    private struct Table {
        var rows: [[String]] = []
        var row: [String] = []
        var field: [UInt8] = []
        var fieldWasQuoted = false

        mutating func endField() {
            row.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            fieldWasQuoted = false
        }

        /// A row that is one empty field (a blank line, or `""`) is skipped, at the end as elsewhere.
        mutating func endRow() {
            endField()
            if !(row.count == 1 && row[0].isEmpty) { rows.append(row) }
            row.removeAll()
        }
    }

    /// `;` when the header row has an unquoted `;` and no unquoted `,`. Quotes are followed
    /// so that a quoted header cell holding the other separator or a line break (which the
    /// reader accepts) does not decide it; stops at the first `,` or the end of the row.
    private static func separator(of input: ArraySlice<UInt8>) -> UInt8 {
        var inQuotes = false
        var sawSemicolon = false
        for byte in input {
            if byte == 0x22 {
                inQuotes.toggle()  // a doubled quote toggles twice, as it should
            } else if !inQuotes {
                if byte == UInt8(ascii: ",") { return byte }
                if byte == UInt8(ascii: ";") { sawSemicolon = true }
                if byte == 0x0A || byte == 0x0D { break }
            }
        }
        return sawSemicolon ? UInt8(ascii: ";") : UInt8(ascii: ",")
    }
}
