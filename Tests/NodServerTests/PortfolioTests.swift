import Foundation
import HTTPTypes
import NodCore
@testable import NodServer
import NodSpreadsheet
import NodStore
import NodTestSupport
import Testing

/// The regulator's portfolio across seasons: who sees it, what it shows first, and its
/// downloads (CSV and XLSX) carrying a hostile name as text, never as a formula or markup.
@Suite(.serialized) struct PortfolioTests {
    static let hostile = "=HYPERLINK(\"http://x.example\",\"<script>alert(1)</script>\")"

    @Test func aRegulatorSeesSeasonsFallsFirstAndDownloadsThem() async throws {
        try await TestOffice.with { office, browser in
            let ledger = office.office.ledger
            func audit(_ season: String, _ decision: String, _ notMet: [String] = []) -> SeasonalAudit {
                SeasonalAudit(season: season, decision: decision, level: nil, earned: 50, possible: 60, notMet: notMet)
            }
            for (registration, name, before, after) in [("RS1", "Aber Cyf.", "awarded", "awarded"), ("RS2", Self.hostile, "awarded", "not-awarded")] {
                _ = try await ledger.importReport(registration: "fca-mutuals:\(registration)", organisationName: name,
                                                  bundleSHA256: String(repeating: "a", count: 64), fileName: "x.zip", audit: audit("2025", before))
                _ = try await ledger.importReport(registration: "fca-mutuals:\(registration)", organisationName: name,
                                                  bundleSHA256: String(repeating: "b", count: 64), fileName: "x.zip",
                                                  audit: audit("2026", after, after == "awarded" ? [] : ["GOV-01"]))
            }

            // A co-op does not see it; a signed-out visitor is sent to sign in.
            #expect(try await browser.get("/portfolio").location == "/sign-in")
            _ = try await office.signedIn("coop@example.coop", role: .coOp, organisation: "Aber Cyf.", browser: browser)
            #expect(try await browser.get("/portfolio").status == .notFound)
            #expect(try await browser.get("/portfolio/organisations.csv").status == .notFound)

            _ = try await office.signedIn("rheoleiddiwr@example.gov.wales", role: .regulator, browser: browser)
            let page = try await browser.get("/portfolio")
            #expect(page.status == .ok)
            #expect(!page.text.contains("<script>alert"))
            // The organisation that fell comes first, though its name sorts after.
            let fell = try #require(page.text.range(of: "=HYPERLINK"))
            let steady = try #require(page.text.range(of: "Aber Cyf."))
            #expect(fell.lowerBound < steady.lowerBound)
            #expect(page.text.contains("<span class=\"tag warning\">Fell</span>"))
            #expect(page.text.contains("GOV-01") && page.text.contains("1 / 2 (50%)"))

            let csv = try await browser.get("/portfolio/organisations.csv")
            #expect(csv.headers[.contentDisposition]?.contains("attachment") == true)
            let lines = csv.text.components(separatedBy: "\r\n")
            #expect(lines[0] == "Organisation,Registration,Since the season before,Season 2025,Score 2025,Season 2026,Score 2026")
            // A name that starts with = stays text in a spreadsheet program.
            #expect(lines[1].hasPrefix("\"'=HYPERLINK("))

            let xlsx = try await browser.get("/portfolio/organisations.xlsx")
            #expect(xlsx.data.starts(with: Array("PK".utf8)))
            let cells = try Self.sheetText(xlsx.data)
            #expect(cells.strings.contains(Self.hostile))
            #expect(!cells.hasFormula)
            #expect(cells.strings.contains("Not awarded") && cells.strings.contains("50/60"))

            let rules = try await browser.get("/portfolio/rules.csv")
            #expect(rules.text.hasPrefix("Rule,Title,Not met 2025,Not met 2026\r\nGOV-01,"))
            // The same for scripts: /api/portfolio with a regulator's token.
            let regulator = try #require(try await ledger.account(email: "rheoleiddiwr@example.gov.wales"))
            let token = try await office.token(for: regulator)
            let api = try await browser.get("/api/portfolio", headers: [.authorization: "Bearer \(token)"])
            #expect(api.status == .ok)
            let body = try #require(try JSONSerialization.jsonObject(with: api.data) as? [String: Any])
            let organisations = try #require(body["organisations"] as? [[String: Any]])
            #expect(organisations.first?["name"] as? String == Self.hostile && organisations.first?["trend"] as? Int == -2)
            #expect((body["rules"] as? [[String: Any]])?.first?["not-met"] as? Int == 1)
            #expect(try await browser.get("/api/portfolio?page=0", headers: [.authorization: "Bearer \(token)"]).status == .badRequest)
            let coOp = try #require(try await ledger.account(email: "coop@example.coop"))
            #expect(try await browser.get("/api/portfolio", headers: [.authorization: "Bearer \(try await office.token(for: coOp))"]).status == .notFound)

            // In Welsh, every heading of the page is Welsh.
            _ = try await browser.get("/language/cy?next=/portfolio")
            let welsh = try await browser.get("/portfolio")
            #expect(welsh.text.contains("<h1>Portffolio ar draws tymhorau</h1>") && welsh.text.contains("Gostyngodd"), "\(welsh.text.prefix(3000))")
        }
    }

    /// The shared strings and whether any cell of the first sheet holds a formula, read with
    /// Python's zipfile (the workbook is what a spreadsheet program opens).
    static func sheetText(_ data: Data) throws -> (strings: [String], hasFormula: Bool) {
        try TemporaryDirectory.with { dir in
            let file = dir.appendingPathComponent("book.xlsx")
            try data.write(to: file)
            let script = """
            import json, sys, zipfile, xml.etree.ElementTree as E
            z = zipfile.ZipFile(sys.argv[1])
            ns = {'m': 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'}
            strings = [''.join(t.text or '' for t in si.iter('{%s}t' % ns['m'])) for si in E.fromstring(z.read('xl/sharedStrings.xml')).findall('m:si', ns)]
            sheet = E.fromstring(z.read('xl/worksheets/sheet1.xml'))
            print(json.dumps({'strings': strings, 'formula': sheet.find('.//m:f', ns) is not None}))
            """
            let python = Process(), pipe = Pipe()
            python.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
            python.arguments = ["-c", script, file.path]
            python.standardOutput = pipe
            try python.run()
            let output = pipe.fileHandleForReading.readDataToEndOfFile()
            python.waitUntilExit()
            let decoded = try JSONSerialization.jsonObject(with: output) as? [String: Any]
            return (decoded?["strings"] as? [String] ?? [], decoded?["formula"] as? Bool ?? true)
        }
    }
}
