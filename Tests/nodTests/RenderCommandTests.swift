import Foundation
import NodTestSupport
import Testing

/// `nod render`: a stored JSON report as a page, its signature checked when a key is given.
struct RenderCommandTests {
    @Test func aSignedReportRendersWithItsSignatureChecked() throws {
        try TemporaryDirectory.with { dir in
            _ = try NodProcess.run(["keygen", "c2026"], in: dir)
            let bundle = RepositoryPaths.examples.appendingPathComponent("gofal-dyffryn").path
            let signed = dir.appendingPathComponent("signed.json")
            #expect(try NodProcess.run(["audit", bundle, "--date", "2026-06-30", "--sign", "c2026.key", "-o", signed.path], in: dir).status == 0)
            let key = dir.appendingPathComponent("c2026.pub").path

            let valid = try NodProcess.run(["render", signed.path, "--format", "md", "--lang", "en", "--key", key])
            #expect(valid.status == 0)
            #expect(valid.stdout.contains("| Signed with key | ") && valid.stdout.contains(", signature valid |"), "\(valid.stdout.prefix(900))")
            let unchecked = try NodProcess.run(["render", signed.path, "--lang", "en"])
            #expect(unchecked.stdout.contains("signature not checked"))

            let page = dir.appendingPathComponent("report.html")
            #expect(try NodProcess.run(["render", signed.path, "-o", page.path, "--key", key]).status == 0)
            let html = try String(contentsOf: page, encoding: .utf8)
            #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("llofnod dilys"))

            let forged = dir.appendingPathComponent("forged.json")
            let text = try String(contentsOf: signed, encoding: .utf8).replacingOccurrences(of: "\"decision\" : \"awarded\"", with: "\"decision\" : \"not-awarded\"")
            try text.write(to: forged, atomically: true, encoding: .utf8)
            let invalid = try NodProcess.run(["render", forged.path, "--format", "html", "--lang", "en", "--key", key])
            #expect(invalid.status == 1)
            #expect(invalid.stdout.contains("SIGNATURE INVALID: the signature does not match the file&#39;s contents")
                    || invalid.stdout.contains("SIGNATURE INVALID: the signature does not match the file's contents"), "\(invalid.stdout.prefix(3000))")

            let unsigned = try NodProcess.run(["audit", bundle, "--date", "2026-06-30", "--format", "md", "--lang", "en"])
            #expect(unsigned.stdout.contains("| Signed with key | Unsigned |"))
            #expect(try NodProcess.run(["render", signed.path, "--format", "json"]).status == 2)
            #expect(try NodProcess.run(["render", bundle + "/manifest.yaml"]).status == 2)
        }
    }
}
