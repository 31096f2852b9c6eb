package import Foundation
import CXLSXWriter

/// A workbook of plain tables for people who work in a spreadsheet program: a regulator's
/// portfolio exported as XLSX. Written by libxlsxwriter (the one library here that writes the
/// format), never by hand.
///
/// Every text is written as a string cell, so a co-op's name that starts with `=` stays text
/// and never becomes a formula; characters XML cannot hold are shown as U+FFFD. The header row
/// is bold, frozen and filterable.
package struct Spreadsheet: Sendable {
    /// One cell's value.
    package enum Cell: Sendable, Equatable {
        case text(String)
        case number(Double)
        case empty
    }

    /// One sheet: a header row, then rows.
    package struct Sheet: Sendable {
        package var name: String
        package var header: [String]
        package var rows: [[Cell]]

        package init(name: String, header: [String], rows: [[Cell]]) {
            self.name = name
            self.header = header
            self.rows = rows
        }
    }

    /// Why a workbook could not be written.
    package struct Failure: Error, CustomStringConvertible {
        package var description: String
    }

    package var sheets: [Sheet]

    package init(sheets: [Sheet]) {
        self.sheets = sheets
    }

    /// The workbook's bytes (`application/vnd.openxmlformats-officedocument.spreadsheetml.sheet`).
    package func xlsx() throws(Failure) -> Data {
        // libxlsxwriter writes to a file; a private temporary one, read back and removed.
        let path = NSTemporaryDirectory() + "nod-\(UUID().uuidString).xlsx"
        defer { unlink(path) }
        guard let workbook = workbook_new(path) else { throw Failure(description: "the workbook could not be started") }
        let bold = workbook_add_format(workbook)
        format_set_bold(bold)
        var used = Set<String>()
        for (index, sheet) in sheets.enumerated() {
            var name = Self.sheetName(sheet.name, index: index)
            while !used.insert(name.lowercased()).inserted { name = String(name.prefix(28)) + "\(index)" }
            guard let worksheet = workbook_add_worksheet(workbook, name) else {
                workbook_close(workbook)
                throw Failure(description: "the sheet '\(name)' could not be added")
            }
            for (column, title) in sheet.header.enumerated() {
                worksheet_write_string(worksheet, 0, lxw_col_t(column), Self.cellText(title), bold)
            }
            for (offset, row) in sheet.rows.enumerated() {
                let line = lxw_row_t(offset + 1)
                for (column, cell) in row.enumerated() {
                    switch cell {
                    case .text(let text): worksheet_write_string(worksheet, line, lxw_col_t(column), Self.cellText(text), nil)
                    case .number(let number): worksheet_write_number(worksheet, line, lxw_col_t(column), number, nil)
                    case .empty: break
                    }
                }
            }
            if !sheet.header.isEmpty {
                worksheet_set_column(worksheet, 0, lxw_col_t(sheet.header.count - 1), 18, nil)
                worksheet_freeze_panes(worksheet, 1, 0)
                worksheet_autofilter(worksheet, 0, 0, lxw_row_t(sheet.rows.count), lxw_col_t(sheet.header.count - 1))
            }
        }
        let closed = workbook_close(workbook)
        guard closed == LXW_NO_ERROR else {
            throw Failure(description: "the workbook could not be written: \(String(cString: lxw_strerror(closed)))")
        }
        guard let data = FileManager.default.contents(atPath: path) else { throw Failure(description: "the workbook could not be read back") }
        return data
    }

    /// A sheet's name as the format allows: at most 31 characters, none of `[]:*?/\`.
    static func sheetName(_ name: String, index: Int) -> String {
        let cleaned = String(name.filter { !"[]:*?/\\'".contains($0) && !$0.isNewline }.prefix(31))
        return cleaned.isEmpty ? "Sheet\(index + 1)" : cleaned
    }

    /// Text a cell may hold: XML's characters only (tab and line ends kept), at most 32 767.
    static func cellText(_ text: String) -> String {
        let scalars = text.unicodeScalars.map { scalar -> Unicode.Scalar in
            let value = scalar.value
            let allowed = value == 0x9 || value == 0xA || value == 0xD || (0x20...0xD7FF).contains(value)
                || (0xE000...0xFFFD).contains(value) || (0x10000...0x10FFFF).contains(value)
            return allowed ? scalar : "\u{FFFD}"
        }
        return String(String.UnicodeScalarView(scalars.prefix(32_767)))
    }
}
