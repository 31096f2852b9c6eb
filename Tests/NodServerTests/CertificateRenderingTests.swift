import Foundation
import NodCore
import NodPDF
import NodQRCode
import NodReport
@testable import NodServer
import Testing

/// The certificate's QR code and PDF, with hostile names: what a scanner reads is the address
/// given, and what a PDF reader selects is the text given, never markup.
struct CertificateRenderingTests {
    static let url = "https://nod.example.org/register/NOD-2026-0042"

    @Test func theQRCodeIsASquareThatAScannerReadsBackToTheAddress() throws {
        let code = try #require(QRCode(Self.url))
        #expect(code.width >= 21 && (code.width - 17) % 4 == 0 && code.modules.count == code.width * code.width)
        // The three finder patterns' corners are dark.
        #expect(code.isDark(x: 0, y: 0) && code.isDark(x: code.width - 1, y: 0) && code.isDark(x: 0, y: code.width - 1))
        #expect(QRCode("") == nil && QRCode(String(repeating: "x", count: 5000)) == nil)
        let svg = code.svg(label: "<script>\"x\"")
        #expect(svg.hasPrefix("<svg") && !svg.contains("<script>") && svg.contains("&lt;script&gt;&quot;x&quot;"))
        // Read it back with a scanner, through the PDF (as a person's phone would read the print).
        let text = try Self.scan(CertificatePDF.render(Self.sheet(organisation: "Cwmni Prawf Cyf."))!)
        #expect(text == Self.url)
    }

    @Test func aNameWithMarkupAndControlCharactersIsPlainTextInThePDF() throws {
        let hostile = "Tŷ <b>Bold</b> &amp; \u{1B}[31mRed\u{1B}[0m Cyf."
        let pdf = try #require(CertificatePDF.render(Self.sheet(organisation: hostile)))
        let text = try PDFText.extract(pdf)
        #expect(text.contains("Tŷ <b>Bold</b> &amp; [31mRed[0m") && text.contains("Cyf."))
        #expect(!text.contains("\u{1B}"))
        // The same certificate makes the same file.
        #expect(CertificatePDF.render(Self.sheet(organisation: hostile)) == pdf)
    }

    static func sheet(organisation: String) -> CertificateSheet {
        let column = CertificateSheet.Column(heading: "Tystysgrif", awardedTo: "Dyfarnwyd i", level: "Sylfaen",
                                             lines: [("Rhif", "NOD-2026-0042"), ("Yn ddilys tan", "30 Mehefin 2029")])
        return CertificateSheet(organisation: organisation, number: "NOD-2026-0042", welsh: column, english: column,
                                checkLine: "Gwiriwch · Check", registerURL: url, created: "2026-06-30T00:00:00Z")
    }

    /// The QR code on the PDF's page, read by zbarimg (installed by Scripts/setup.sh --for-tests).
    static func scan(_ pdf: Data) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nod-qr-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try pdf.write(to: folder.appendingPathComponent("c.pdf"))
        for (tool, arguments) in [("/usr/bin/pdftoppm", ["-png", "-r", "150", "-singlefile", "c.pdf", "page"]), ("/usr/bin/zbarimg", ["--quiet", "--raw", "page.png"])] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: tool)
            process.arguments = arguments
            process.currentDirectoryURL = folder
            let pipe = Pipe()
            process.standardOutput = pipe
            process.standardError = FileHandle.nullDevice
            try process.run()
            let out = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            if tool.hasSuffix("zbarimg") { return String(decoding: out, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) }
        }
        return ""
    }
}
