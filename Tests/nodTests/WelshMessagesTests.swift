import Foundation
import NodTestSupport
import Testing

/// What a co-op reads at the terminal follows `--lang` or a Welsh locale: a refused bundle,
/// a mistake in its manifest, the inspect listing; `nod init --lang cy` writes a Welsh manifest.
struct WelshMessagesTests {
    static let welsh = ["LANG": "cy_GB.UTF-8", "PATH": "/usr/bin:/bin"]
    static let english = ["LANG": "en_GB.UTF-8", "PATH": "/usr/bin:/bin"]

    @Test func aRefusedArchiveIsSaidInTheLocalesLanguage() throws {
        try TemporaryDirectory.with { dir in
            let bad = dir.appendingPathComponent("bundle.zip")
            try Data("not an archive".utf8).write(to: bad)
            let cy = try NodProcess.run(["audit", bad.path, "--date", "2026-06-30"], environment: Self.welsh)
            #expect(cy.status == 3)
            #expect(cy.stderr.contains("\(bad.path): gwall: Nid yw'n ffolder nac yn archif y gellir ei darllen. Manylion (yn Saesneg): “not a readable archive"), "\(cy.stderr)")
            let en = try NodProcess.run(["audit", bad.path, "--date", "2026-06-30"], environment: Self.english)
            #expect(en.status == 3 && en.stderr.contains("\(bad.path): error: not a readable archive") && !en.stderr.contains("gwall"), "\(en.stderr)")
            // --lang wins over the locale, both ways.
            let asked = try NodProcess.run(["inspect", bad.path, "--lang", "en"], environment: Self.welsh)
            #expect(asked.status == 3 && asked.stderr.contains(": error: "), "\(asked.stderr)")
            let askedWelsh = try NodProcess.run(["inspect", bad.path, "--lang", "cy"], environment: Self.english)
            #expect(askedWelsh.status == 3 && askedWelsh.stderr.contains(": gwall: "), "\(askedWelsh.stderr)")
        }
    }

    @Test func aMistakeInTheManifestIsSaidInWelsh() throws {
        try TemporaryDirectory.with { dir in
            let bundle = dir.appendingPathComponent("bundle")
            #expect(try NodProcess.run(["init", bundle.path, "--lang", "cy"]).status == 0)
            let manifest = bundle.appendingPathComponent("manifest.yaml")
            let text = try String(contentsOf: manifest, encoding: .utf8).replacingOccurrences(of: "currency: GBP", with: "curency: GBP")
            try text.write(to: manifest, atomically: true, encoding: .utf8)
            let outcome = try NodProcess.run(["audit", bundle.path, "--date", "2026-06-30"], environment: Self.welsh)
            #expect(outcome.status == 3)
            #expect(outcome.stderr.contains("manifest.yaml:") && outcome.stderr.contains(": gwall: allwedd anhysbys 'curency' — ai 'currency' oedd dan sylw?"),
                    "\(outcome.stderr)")
        }
    }

    @Test func inspectListsInTheLocalesLanguage() throws {
        let cy = try NodProcess.run(["inspect", "Examples/gofal-dyffryn"], environment: Self.welsh)
        #expect(cy.status == 0 && cy.stdout.contains("Bwndel") && cy.stdout.contains("Sefydliad"), "\(cy.stdout)")
        let en = try NodProcess.run(["inspect", "Examples/gofal-dyffryn"], environment: Self.english)
        #expect(en.status == 0 && en.stdout.contains("Organisation") && !en.stdout.contains("Sefydliad"))
    }

    @Test func initInWelshWritesAWelshManifestWhoseNameTheReportShows() throws {
        try TemporaryDirectory.with { dir in
            let bundle = dir.appendingPathComponent("newydd")
            #expect(try NodProcess.run(["init", bundle.path, "--lang", "cy"]).status == 0)
            let manifest = try String(contentsOf: bundle.appendingPathComponent("manifest.yaml"), encoding: .utf8)
            #expect(manifest.contains("name: \"Enw cofrestredig eich cydweithfa\""))
            #expect(manifest.contains("# manifest.yaml — pwy yw'r gydweithfa a pha flwyddyn a archwilir. Gofynnol."))
            #expect(manifest.contains("Arolygiaeth Gofal Cymru") && !manifest.contains("Your co-operative") && !manifest.contains("Care Inspectorate"))
            let audit = try NodProcess.run(["audit", bundle.path, "--date", "2026-06-30", "--format", "md"])
            #expect(audit.stdout.contains("Enw cofrestredig eich cydweithfa"), "\(audit.stdout.prefix(400))")
            let english = try String(contentsOf: { () throws -> URL in
                let other = dir.appendingPathComponent("new")
                _ = try NodProcess.run(["init", other.path, "--lang", "en"])
                return other.appendingPathComponent("manifest.yaml")
            }(), encoding: .utf8)
            #expect(english.contains("name: \"Your co-operative's registered name\"") && english.contains("Care Inspectorate Wales"))
        }
    }
}
