import Foundation
import NodTestSupport
import Testing

/// `nod audit -o FILE`: the file's name chooses the format when --format is left out, and a
/// --format that contradicts the name is a usage error saying so.
struct OutputFormatTests {
    @Test(arguments: [("report.html", "<!DOCTYPE html>"), ("report.md", "#"), ("report.json", "{"), ("report.sarif.json", "{"),
                      ("report.sarif", "{"), ("report.junit.xml", "<?xml"), ("REPORT.HTM", "<!DOCTYPE html>")])
    func theFileNameChoosesTheFormat(name: String, start: String) throws {
        try TemporaryDirectory.with { dir in
            let file = dir.appendingPathComponent(name)
            let outcome = try NodProcess.run(["audit", RepositoryPaths.examples.appendingPathComponent("gofal-dyffryn").path,
                                              "--date", "2026-06-30", "-o", file.path])
            #expect(outcome.status == 0, "\(outcome.stderr)")
            let text = try String(contentsOf: file, encoding: .utf8)
            #expect(text.hasPrefix(start), "\(text.prefix(80))")
            if name.contains("sarif") { #expect(text.contains("\"$schema\"") && text.contains("sarif")) }
        }
    }

    @Test func aFormatThatContradictsTheNameIsAUsageError() throws {
        try TemporaryDirectory.with { dir in
            let file = dir.appendingPathComponent("x.html")
            let outcome = try NodProcess.run(["audit", RepositoryPaths.examples.appendingPathComponent("gofal-dyffryn").path,
                                              "--date", "2026-06-30", "--format", "json", "-o", file.path])
            #expect(outcome.status == 2)
            #expect(outcome.stderr.contains("is named for html, but --format json writes json"), "\(outcome.stderr)")
            #expect(!FileManager.default.fileExists(atPath: file.path))
            // An ending that names no format leaves the choice to --format (or JSON into a file).
            let plain = dir.appendingPathComponent("report.txt")
            #expect(try NodProcess.run(["audit", RepositoryPaths.examples.appendingPathComponent("gofal-dyffryn").path,
                                        "--date", "2026-06-30", "-o", plain.path]).status == 0)
            #expect(try String(contentsOf: plain, encoding: .utf8).hasPrefix("{"))
        }
    }
}

/// A mistyped command word is answered with the command meant.
struct CommandSuggestionTests {
    @Test(arguments: [
        (["audti", "x.zip"], "'audti' is not a command of nod — did you mean 'nod audit'?"),
        (["rules", "explain", "GOV-01"], "'explain' is not a command of nod rules — did you mean 'nod explain'?"),
        (["rules", "lnit"], "'lnit' is not a command of nod rules — did you mean 'nod rules lint'?"),
        (["ledger", "frobnicate"], "'frobnicate' is not a command of nod ledger (its commands: verify, export, backup, import)"),
    ])
    func aMistypedCommandSuggestsTheRightOne(arguments: [String], message: String) throws {
        let outcome = try NodProcess.run(arguments)
        #expect(outcome.status == 2)
        #expect(outcome.stderr == "error: \(message)\n", "\(outcome.stderr)")
    }

    @Test func rightCommandsAndHelpAreNotTouched() throws {
        #expect(try NodProcess.run(["rules", "list"]).status == 0)
        #expect(try NodProcess.run(["help", "audit"]).stdout.contains("USAGE: nod audit"))
        #expect(try NodProcess.run(["--version"]).status == 0)
    }
}
