import CXlsxWriter
import Foundation

/// A libxlsxwriter call that failed: which step, and the library's own error code.
/// `ErrorMapping` answers it with 500 (nothing in a client's request can cause it).
package struct WorkbookError: Error, CustomStringConvertible {
    package let step: String
    package let code: UInt32

    package var description: String {
        let reason = lxw_strerror(lxw_error(rawValue: code)).map { String(cString: $0) } ?? "unknown"
        return "libxlsxwriter \(step) failed: \(reason) (\(code))"
    }
}

/// An Excel workbook (`.xlsx`) of tables, one sheet each, through libxlsxwriter. The C
/// interop stays in this file and `WorkbookSheet`: callers hand in `Table`s and get bytes.
///
/// Every sheet has a bold, frozen header row and columns as wide as their content;
/// text is always written as a string cell (never a formula, whatever it starts with).
package enum Workbook {
    package static let contentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

    /// The document's creation time, fixed: the same tables give the same bytes, so that
    /// the weak ETag of the body holds and an unchanged download answers 304. (Excel shows
    /// it as "created"; the data's own dates are in the cells.)
    package static let fixedCreationTime: time_t = 1_735_689_600  // 2025-01-01T00:00:00Z

    package static func bytes(_ tables: [Table]) throws -> [UInt8] {
        try build(constantMemory: false) { add in
            for table in tables {
                var sheet = try add(table.name)
                try sheet.write(table)
            }
        }
    }

    /// One sheet whose rows arrive in chunks (a list's whole result, read page by page):
    /// `rows` calls `append` for each row in order. In libxlsxwriter's constant-memory
    /// mode the rows go to a temporary file as they come, so the sheet's size costs disk,
    /// not memory.
    package static func streamed(_ name: String, header: [String],
                                 rows: (_ append: ([TableCell]) throws -> Void) throws -> Void) throws -> [UInt8] {
        try build(constantMemory: true) { add in
            var sheet = try add(name)
            try sheet.header(header)
            try rows { try sheet.append($0) }
            try sheet.finish()
        }
    }

    /// Makes a workbook in a private temporary file and returns its bytes. `body` adds the
    /// sheets (`add(name)` gives a sheet to write; its formats are the workbook's).
    private static func build(constantMemory: Bool,
                              _ body: (_ add: (String) throws -> WorkbookSheet) throws -> Void) throws -> [UInt8] {
        // 1.1.4 has no in-memory output (`output_buffer` came in 1.1.5): a private file of
        // our own (mkstemp: 0600, a name nobody can guess) that is read back and removed.
        var template = Array((FileManager.default.temporaryDirectory.path + "/catalogus-xlsx-XXXXXX").utf8CString)
        let descriptor = mkstemp(&template)
        guard descriptor >= 0 else { throw WorkbookError(step: "mkstemp", code: UInt32(errno)) }
        close(descriptor)
        let path = String(cString: template)
        defer { unlink(path) }

        // The library's own temporary files (constant-memory rows) go to the system's
        // temporary directory; no `tmpdir` pointer whose lifetime the library would have to honour.
        var options = lxw_workbook_options()
        options.constant_memory = constantMemory ? UInt8(LXW_TRUE.rawValue) : UInt8(LXW_FALSE.rawValue)
        guard let workbook = workbook_new_opt(path, &options) else { throw WorkbookError(step: "workbook_new", code: LXW_ERROR_CREATING_XLSX_FILE.rawValue) }
        var closed = false
        // A failed write still has to close (and free) the workbook.
        defer { if !closed { workbook_close(workbook) } }

        var properties = lxw_doc_properties()
        properties.created = fixedCreationTime
        try check(workbook_set_properties(workbook, &properties), "workbook_set_properties")

        let formats = WorkbookFormats(workbook)
        var used: [String] = []
        try body { wanted in
            let name = sheetName(wanted, avoiding: used)
            used.append(name)
            try check(workbook_validate_sheet_name(workbook, name), "workbook_validate_sheet_name")
            guard let worksheet = workbook_add_worksheet(workbook, name) else {
                throw WorkbookError(step: "workbook_add_worksheet", code: LXW_ERROR_MEMORY_MALLOC_FAILED.rawValue)
            }
            return WorkbookSheet(worksheet: worksheet, formats: formats)
        }
        closed = true
        try check(workbook_close(workbook), "workbook_close")

        guard let data = FileManager.default.contents(atPath: path) else {
            throw WorkbookError(step: "read back", code: LXW_ERROR_CREATING_TMPFILE.rawValue)
        }
        return [UInt8](data)
    }

    package static func check(_ error: lxw_error, _ step: String) throws {
        guard error == LXW_NO_ERROR else { throw WorkbookError(step: step, code: error.rawValue) }
    }

    /// Excel's rules for a sheet name: at most 31 characters, none of `[]:*?/\`, not
    /// starting or ending with `'`, unique in the workbook regardless of case.
    package static func sheetName(_ wanted: String, avoiding used: [String]) -> String {
        let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]
        // "Drenthe leest: leesbevordering" reads best as "Drenthe leest leesbevordering".
        var base = String(wanted.map { forbidden.contains($0) ? " " : $0 })
            .split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        while base.hasPrefix("'") { base.removeFirst() }
        while base.hasSuffix("'") { base.removeLast() }
        if base.trimmingCharacters(in: .whitespaces).isEmpty { base = "Blad" }
        let taken = Set(used.map { $0.lowercased() })
        // Cutting at 31 may leave a trailing `'` (or a space before the suffix).
        // A name that does not fit loses whole words ("Drenthe leest werken aan
        // geletterdheid" → "Drenthe leest werken aan"), never half of one.
        func cut(_ length: Int) -> String {
            var cut = String(base.prefix(length))
            if cut.count < base.count, let space = cut.lastIndex(of: " "),
               base[base.index(base.startIndex, offsetBy: cut.count)] != " " {
                cut = String(cut[..<space])
            }
            while cut.hasSuffix("'") || cut.hasSuffix(" ") { cut.removeLast() }
            return cut.isEmpty ? "Blad" : cut
        }
        var candidate = cut(31)
        var number = 2
        while taken.contains(candidate.lowercased()) {
            let suffix = " (\(number))"
            candidate = cut(31 - suffix.count) + suffix
            number += 1
        }
        return candidate
    }
}

/// The cell formats of one workbook (libxlsxwriter owns and frees them with the workbook),
/// shared by its sheets.
package final class WorkbookFormats {
    package let header: UnsafeMutablePointer<lxw_format>
    package let money: UnsafeMutablePointer<lxw_format>
    package let date: UnsafeMutablePointer<lxw_format>
    package let percent: UnsafeMutablePointer<lxw_format>
    package let wholePercent: UnsafeMutablePointer<lxw_format>
    package let count: UnsafeMutablePointer<lxw_format>
    private let workbook: UnsafeMutablePointer<lxw_workbook>
    private var decimals: [Int: UnsafeMutablePointer<lxw_format>] = [:]

    // Format codes are stored locale-free (`,` groups, `.` is the decimal point); a Dutch
    // Excel or LibreOffice shows them as `€ 1.234,56`, `176.762`, `20,5%` and `14-5-2024`.
    package static let moneyFormat = "€ #,##0.00"
    package static let dateFormat = "d-m-yyyy"
    package static let percentFormat = "0.0%"
    package static let wholePercentFormat = "0%"
    package static let countFormat = "#,##0"

    package init(_ workbook: UnsafeMutablePointer<lxw_workbook>) {
        self.workbook = workbook
        header = workbook_add_format(workbook)
        format_set_bold(header)
        money = workbook_add_format(workbook)
        format_set_num_format(money, Self.moneyFormat)
        date = workbook_add_format(workbook)
        format_set_num_format(date, Self.dateFormat)
        percent = workbook_add_format(workbook)
        format_set_num_format(percent, Self.percentFormat)
        wholePercent = workbook_add_format(workbook)
        format_set_num_format(wholePercent, Self.wholePercentFormat)
        count = workbook_add_format(workbook)
        format_set_num_format(count, Self.countFormat)
    }

    /// `0.0`, `0.000`, …: a decimal shows the places it has.
    package func decimal(scale: Int) -> UnsafeMutablePointer<lxw_format>? {
        guard scale > 0 else { return nil }
        if let format = decimals[scale] { return format }
        let format = workbook_add_format(workbook)
        format_set_num_format(format, "0." + String(repeating: "0", count: scale))
        decimals[scale] = format
        return format
    }
}
