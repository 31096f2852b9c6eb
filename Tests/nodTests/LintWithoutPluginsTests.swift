import Foundation
import NodTestSupport
import Testing

/// `nod rules lint` on a copied binary, without its plug-ins: nod's own rules lint clean, the
/// optional plug-in pack's missing checkers are warnings; a profile that uses that pack fails.
struct LintWithoutPluginsTests {
    @Test func aCopiedBinaryLintsItsOwnRulesClean() throws {
        try TemporaryDirectory.with { dir in
            let copy = dir.appendingPathComponent("nod")
            try FileManager.default.copyItem(at: NodProcess.executable, to: copy)
            func run(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
                let process = Process(), err = Pipe(), out = Pipe()
                process.executableURL = copy
                process.arguments = arguments
                process.standardError = err
                process.standardOutput = out
                try process.run()
                let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                process.waitUntilExit()
                return (process.terminationStatus, stdout, stderr)
            }
            let clean = try run(["rules", "lint"])
            #expect(clean.status == 0, "\(clean.stderr)")
            #expect(clean.stdout.hasSuffix("rules: no errors\n"))
            #expect(clean.stderr.contains("plugin-extras.yaml:42:12: warning: rule EXT-02 names checker 'minutes-readability', which no built-in "
                                          + "or plug-in provides — pack 'plugin-extras' is optional and profile 'care-quality-mark' does not use it"))
            #expect(!clean.stderr.contains("did you mean"))
            let extended = try run(["rules", "lint", "--profile", "care-quality-mark-extended"])
            #expect(extended.status == 2 && extended.stderr.contains("error: rule EXT-02 names checker 'minutes-readability'"))
        }
    }
}
