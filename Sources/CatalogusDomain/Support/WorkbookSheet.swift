import CXlsxWriter

/// Writes one `Table` into a worksheet: the header bold and frozen, each cell by its
/// kind, and the columns sized to what they hold.
package struct WorkbookSheet {
    package let worksheet: UnsafeMutablePointer<lxw_worksheet>
    package let formats: WorkbookFormats

    /// Excel's limits: 1,048,576 rows, 16,384 columns.
    package static let maxRows = 1_048_576
    package static let maxColumns = 16_384
    /// Column widths in characters: never narrower than a short number, never wider than
    /// a screen (long notes wrap in Excel's edit bar instead).
    package static let widthRange = 6...60

    /// Column widths in characters so far, from the header and the rows written.
    private var widths: [Int] = []
    /// Rows written below the header.
    package private(set) var rowCount = 0
    private var columnCount = 0

    package init(worksheet: UnsafeMutablePointer<lxw_worksheet>, formats: WorkbookFormats) {
        self.worksheet = worksheet
        self.formats = formats
    }

    package mutating func write(_ table: Table) throws {
        try header(table.header)
        for cells in table.rows { try append(cells) }
        try finish()
    }

    /// The header row, bold; first.
    package mutating func header(_ names: [String]) throws {
        guard names.count <= Self.maxColumns else {
            throw WorkbookError(step: "sheet size", code: LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE.rawValue)
        }
        for (column, name) in Self.labels(names).enumerated() {
            try Workbook.check(worksheet_write_string(worksheet, 0, lxw_col_t(column), name, formats.header), "worksheet_write_string")
            fit(column, name.count)
        }
        columnCount = max(columnCount, names.count)
    }

    /// One row below the last; rows only ever go down, so a sheet in libxlsxwriter's
    /// constant-memory mode keeps one row in memory at a time.
    package mutating func append(_ cells: [TableCell]) throws {
        guard rowCount + 1 < Self.maxRows, cells.count <= Self.maxColumns else {
            throw WorkbookError(step: "sheet size", code: LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE.rawValue)
        }
        rowCount += 1
        let row = lxw_row_t(rowCount)
        for (column, cell) in cells.enumerated() {
            fit(column, try write(cell, row: row, column: lxw_col_t(column)))
        }
        columnCount = max(columnCount, cells.count)
    }

    /// Column widths, frozen header and print set-up, once every row is written.
    package mutating func finish() throws {
        var total = 0
        for (column, width) in widths.enumerated() {
            let characters = min(max(width + 2, Self.widthRange.lowerBound), Self.widthRange.upperBound)
            total += characters
            try Workbook.check(worksheet_set_column(worksheet, lxw_col_t(column), lxw_col_t(column), Double(characters), nil),
                               "worksheet_set_column")
        }
        worksheet_freeze_panes(worksheet, 1, 0)
        try setUpForPrint(width: total)
    }

    /// A workbook is for people: each column under its Dutch name (`unit_price_cents` →
    /// "Prijs per eenheid (€)", since the workbook writes money in euros).
    package static func labels(_ names: [String]) -> [String] { names.map(Vocabulary.columnTerms.label) }

    package static func headerNames(_ table: Table) -> [String] { labels(table.header) }

    private mutating func fit(_ column: Int, _ characters: Int) {
        while widths.count <= column { widths.append(0) }
        widths[column] = max(widths[column], characters)
    }

    /// Characters of column width that an A4 page holds upright at Excel's default
    /// margins; a wider table prints on its side.
    package static let portraitWidth = 95

    /// Printed, a sheet is A4, as wide as one page (landscape when the table is wider than
    /// a portrait page), with the header row on every page, a filter on every column and
    /// the page number in the footer.
    private func setUpForPrint(width: Int) throws {
        worksheet_set_paper(worksheet, 9)  // A4
        if width > Self.portraitWidth { worksheet_set_landscape(worksheet) }
        worksheet_fit_to_pages(worksheet, 1, 0)  // one page wide, as many tall as it takes
        try Workbook.check(worksheet_repeat_rows(worksheet, 0, 0), "worksheet_repeat_rows")
        try Workbook.check(worksheet_set_footer(worksheet, "&L&A&RPagina &P van &N"), "worksheet_set_footer")
        if columnCount > 0 {
            try Workbook.check(worksheet_autofilter(worksheet, 0, 0, lxw_row_t(rowCount), lxw_col_t(columnCount - 1)),
                               "worksheet_autofilter")
        }
    }

    /// Writes a cell; returns how many characters it shows (for the column width).
    private mutating func write(_ cell: TableCell, row: lxw_row_t, column: lxw_col_t) throws -> Int {
        switch cell {
        case .text(let text), .code(_, label: let text):
            guard !text.isEmpty else { return 0 }
            // Always a string cell: text typed as `=HYPERLINK(…)` stays text, never a formula.
            try Workbook.check(worksheet_write_string(worksheet, row, column, text, nil), "worksheet_write_string")
            return text.count
        case .heading(let text):
            try Workbook.check(worksheet_write_string(worksheet, row, column, text, formats.header), "worksheet_write_string")
            return text.count
        case .integer(let value):
            guard let value else { return 0 }
            try number(Double(value), row, column, formats.count)
            // digits and a thousands separator per three
            let digits = String(value.magnitude).count
            return digits + (digits - 1) / 3 + (value < 0 ? 1 : 0)
        case .decimal(let units, let scale):
            guard let units else { return 0 }
            try number(Self.double(units, scale: scale), row, column, formats.decimal(scale: scale))
            return TableCell.decimalText(units, scale: scale).count
        case .money(let cents):
            guard let cents else { return 0 }
            try number(Self.double(cents, scale: 2), row, column, formats.money)
            // "€ " + digits + thousands separators + ",00"
            let euros = String((cents / 100).magnitude).count
            return 2 + euros + (euros - 1) / 3 + 3 + (cents < 0 ? 1 : 0)
        case .percent(let units, let scale):
            guard let units else { return 0 }
            try number(Self.double(units, scale: scale + 2), row, column, scale == 0 ? formats.wholePercent : formats.percent)
            return TableCell.decimalText(units, scale: scale == 0 ? 0 : 1).count + 1
        case .ratio(let units, let scale):
            guard let units else { return 0 }
            try number(Self.double(units, scale: scale), row, column, formats.percent)
            return TableCell.decimalText(units, scale: max(scale - 1, 0)).count + 1
        case .date(let text):
            guard let date = CalendarDate.parse(text) else {
                try Workbook.check(worksheet_write_string(worksheet, row, column, text, nil), "worksheet_write_string")
                return text.count
            }
            var datetime = lxw_datetime(year: Int32(date.year), month: Int32(date.month), day: Int32(date.day), hour: 0, min: 0, sec: 0)
            try Workbook.check(worksheet_write_datetime(worksheet, row, column, &datetime, formats.date), "worksheet_write_datetime")
            return 10
        }
    }

    private func number(_ value: Double, _ row: lxw_row_t, _ column: lxw_col_t, _ format: UnsafeMutablePointer<lxw_format>?) throws {
        try Workbook.check(worksheet_write_number(worksheet, row, column, value, format), "worksheet_write_number")
    }

    /// `units / 10^scale` as the nearest double, through its exact decimal text (so that
    /// 34479 cents is 344.79, not 344.79000000000002).
    package static func double(_ units: Int64, scale: Int) -> Double {
        Double(TableCell.decimalText(units, scale: scale)) ?? Double(units)
    }
}
