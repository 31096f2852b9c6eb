internal import CPangoCairo
public import Foundation
import NodQRCode

/// What the printed certificate says, already in words: the page layout knows nothing of
/// certificates beyond these lines. Welsh is the first column, as Welsh public bodies set it.
public struct CertificateSheet: Sendable {
    /// One language's column: a heading and labelled lines.
    public struct Column: Sendable {
        public var heading: String
        public var awardedTo: String
        public var level: String
        public var lines: [(label: String, value: String)]
        public init(heading: String, awardedTo: String, level: String, lines: [(label: String, value: String)]) {
            self.heading = heading
            self.awardedTo = awardedTo
            self.level = level
            self.lines = lines
        }
    }

    public var organisation: String
    public var number: String
    public var welsh: Column
    public var english: Column
    /// Under the QR code, in both languages.
    public var checkLine: String
    public var registerURL: String
    /// The PDF's creation date, so the same certificate always makes the same file.
    public var created: String

    public init(organisation: String, number: String, welsh: Column, english: Column, checkLine: String, registerURL: String, created: String) {
        self.organisation = organisation
        self.number = number
        self.welsh = welsh
        self.english = english
        self.checkLine = checkLine
        self.registerURL = registerURL
        self.created = created
    }
}

/// Draws a `CertificateSheet` on one A4 page with cairo's PDF surface, the text set by pango
/// (real fonts embedded with their Unicode mapping, so the text is selectable and searchable,
/// ŵ and ŷ included). Text is always set as plain text, never as pango markup.
public enum CertificatePDF {
    static let pageWidth = 595.276, pageHeight = 841.89, margin = 48.0

    public static func render(_ sheet: CertificateSheet) -> Data? {
        let sink = Sink()
        let box = Unmanaged.passRetained(sink)
        defer { box.release() }
        guard let surface = cairo_pdf_surface_create_for_stream({ closure, data, length in
            guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
            Unmanaged<Sink>.fromOpaque(closure).takeUnretainedValue().bytes.append(data, count: Int(length))
            return CAIRO_STATUS_SUCCESS
        }, box.toOpaque(), pageWidth, pageHeight) else { return nil }
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, "\(sheet.welsh.heading) / \(sheet.english.heading) \(sheet.number)")
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "nod")
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, sheet.created)
        let cr = cairo_create(surface)
        draw(sheet, on: cr)
        cairo_destroy(cr)
        cairo_surface_finish(surface)
        let status = cairo_surface_status(surface)
        cairo_surface_destroy(surface)
        return status == CAIRO_STATUS_SUCCESS ? sink.bytes : nil
    }

    private final class Sink { var bytes = Data() }

    private static func draw(_ sheet: CertificateSheet, on cr: OpaquePointer?) {
        // A border, as certificates have.
        cairo_set_source_rgb(cr, 0.0, 0.29, 0.27)
        cairo_set_line_width(cr, 3)
        cairo_rectangle(cr, 24, 24, pageWidth - 48, pageHeight - 48)
        cairo_stroke(cr)
        cairo_set_source_rgb(cr, 0.1, 0.1, 0.1)

        let columnWidth = (pageWidth - 2 * margin - 24) / 2
        var top = margin + 12
        top += text(cr, sheet.organisation, x: margin, y: top, width: pageWidth - 2 * margin, size: 22, bold: true, centred: true) + 18
        let left = column(cr, sheet.welsh, x: margin, y: top, width: columnWidth)
        let right = column(cr, sheet.english, x: margin + columnWidth + 24, y: top, width: columnWidth)
        // The rule between the columns.
        cairo_set_line_width(cr, 0.75)
        cairo_move_to(cr, pageWidth / 2, top)
        cairo_line_to(cr, pageWidth / 2, top + max(left, right))
        cairo_stroke(cr)

        var bottom = pageHeight - margin - 16
        bottom -= text(cr, sheet.registerURL, x: margin, y: bottom - 14, width: pageWidth - 2 * margin, size: 9, bold: false, centred: true, measureOnly: true)
        _ = text(cr, sheet.registerURL, x: margin, y: bottom, width: pageWidth - 2 * margin, size: 9, bold: false, centred: true)
        let checkHeight = text(cr, sheet.checkLine, x: margin, y: 0, width: pageWidth - 2 * margin, size: 10, bold: false, centred: true, measureOnly: true)
        bottom -= checkHeight + 4
        _ = text(cr, sheet.checkLine, x: margin, y: bottom, width: pageWidth - 2 * margin, size: 10, bold: false, centred: true)
        if let code = QRCode(sheet.registerURL) {
            let side = 120.0, module = side / Double(code.width)
            let x = (pageWidth - side) / 2, y = bottom - side - 10
            cairo_set_source_rgb(cr, 0, 0, 0)
            for run in code.darkRuns {
                cairo_rectangle(cr, x + Double(run.x) * module, y + Double(run.y) * module, Double(run.length) * module, module)
            }
            cairo_fill(cr)
        }
    }

    /// One language's column; returns its height.
    private static func column(_ cr: OpaquePointer?, _ column: CertificateSheet.Column, x: Double, y: Double, width: Double) -> Double {
        var at = y
        at += text(cr, column.heading, x: x, y: at, width: width, size: 17, bold: true) + 10
        at += text(cr, column.awardedTo, x: x, y: at, width: width, size: 11, bold: false) + 4
        at += text(cr, column.level, x: x, y: at, width: width, size: 15, bold: true) + 14
        for line in column.lines {
            at += text(cr, line.label, x: x, y: at, width: width, size: 9, bold: false, grey: true) + 1
            at += text(cr, line.value, x: x, y: at, width: width, size: 11, bold: false) + 8
        }
        return at - y
    }

    /// Sets `value` as plain text at (x, y) wrapped to `width`; returns its height.
    @discardableResult
    private static func text(_ cr: OpaquePointer?, _ value: String, x: Double, y: Double, width: Double, size: Double, bold: Bool,
                             centred: Bool = false, grey: Bool = false, measureOnly: Bool = false) -> Double {
        guard let layout = pango_cairo_create_layout(cr) else { return 0 }
        defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
        let font = pango_font_description_new()
        pango_font_description_set_family(font, "DejaVu Sans")
        pango_font_description_set_weight(font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        pango_font_description_set_absolute_size(font, size * Double(PANGO_SCALE))
        pango_layout_set_font_description(layout, font)
        pango_font_description_free(font)
        pango_layout_set_width(layout, Int32(width * Double(PANGO_SCALE)))
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
        if centred { pango_layout_set_alignment(layout, PANGO_ALIGN_CENTER) }
        let plain = String(value.unicodeScalars.filter { $0.value >= 0x20 || $0 == "\n" }.map(Character.init))
        pango_layout_set_text(layout, plain, -1)
        var pixelWidth: Int32 = 0, pixelHeight: Int32 = 0
        pango_layout_get_pixel_size(layout, &pixelWidth, &pixelHeight)
        if !measureOnly {
            if grey { cairo_set_source_rgb(cr, 0.35, 0.35, 0.35) } else { cairo_set_source_rgb(cr, 0.1, 0.1, 0.1) }
            cairo_move_to(cr, x, y)
            pango_cairo_show_layout(cr, layout)
        }
        return Double(pixelHeight)
    }
}
