import Foundation
import NodTestSupport
import Testing

/// Plug-in checks inside a real audit: the engine treats them like built-ins, and a broken
/// plug-in is an `error` result that never awards a mark.
struct PluginAuditTests {
    static let script = RepositoryPaths.root().appendingPathComponent("Tests/NodPluginsTests/Fixtures/misbehaving.py").path

    static let pack = """
    pack-format: 1
    pack: plugin-test
    version: 1.0.0
    title: { en: Plug-in test, cy: Prawf ategyn }
    rules:
      - id: PLG-01
        title: { en: Counted, cy: Wedi cyfrif }
        requirement: { en: R, cy: Gofyniad }
        evidence: { en: E, cy: Tystiolaeth }
        threshold: { en: T, cy: Trothwy }
        guidance: { en: G, cy: Canllaw }
        area: test
        severity: major
        check: count-words
        with: { min: 3 }
        citation: test
    """

    static let profile = """
    profile-format: 1
    profile: with-plugin
    version: 1.0.0
    title: { en: P, cy: Proffil }
    description: { en: D, cy: Disgrifiad }
    packs: [governance, plugin-test]
    """

    static func audit(mode: String) throws -> (report: [String: Any], stderr: String) {
        try TemporaryDirectory.with { dir in
            try TemporaryDirectory.write([
                "plugins/test/plugin.yaml": "plugin: test\nversion: 1.0.0\nprotocol: 1\nrun: [/usr/bin/python3, \(script), \(mode)]\ntimeout-seconds: 1\nchecks:\n  - id: count-words\n    needs: [\"minutes/*.md\"]\n",
                "pack.yaml": pack, "profile.yaml": profile,
            ], under: dir)
            let outcome = try NodProcess.run(["audit", "Examples/gofal-dyffryn", "--date", "2026-06-30", "--format", "json",
                                              "--rules", dir.appendingPathComponent("pack.yaml").path, "--rules", dir.appendingPathComponent("profile.yaml").path,
                                              "--with-default-rules", "--profile", "with-plugin",
                                              "--plugin-path", dir.appendingPathComponent("plugins").path])
            let report = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any], "\(outcome.stderr)")
            return (report, outcome.stderr)
        }
    }

    static func plg01(_ report: [String: Any]) -> [String: Any]? {
        (report["results"] as? [[String: Any]])?.first { $0["rule"] as? String == "PLG-01" }
    }

    @Test func aWellBehavedPluginCheckPasses() throws {
        let (report, _) = try Self.audit(mode: "good")
        #expect(Self.plg01(report)?["status"] as? String == "pass")
        #expect(report["decision"] as? String == "awarded")
    }

    @Test(.timeLimit(.minutes(1))) func aHangingPluginIsAnErrorWithinItsTimeoutAndBlocksTheMark() throws {
        let (report, _) = try Self.audit(mode: "hang")
        let result = Self.plg01(report)
        #expect(result?["status"] as? String == "error")
        #expect(((result?["message"] as? [String: Any])?["en"] as? String) == "Plug-in 'test' failed: it did not answer within 1.0 s")
        #expect(report["decision"] as? String == "not-awarded")
    }

    @Test func aCrashingPluginIsAnErrorNotACrashedAudit() throws {
        let (report, _) = try Self.audit(mode: "crash")
        #expect(Self.plg01(report)?["status"] as? String == "error")
        // Every governance rule and the plug-in's own, counted from Rules/.
        let governance = try String(contentsOfFile: "Rules/governance.yaml", encoding: .utf8).components(separatedBy: "\n  - id: ").count - 1
        #expect((report["results"] as? [Any])?.count == governance + 1)
    }
}
