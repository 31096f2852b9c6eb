import Foundation
import NodAudit
import NodCore
import NodReport
import NodTestSupport
import Testing

/// The application layer as a second front end (the server) uses it.
struct AuditorTests {
    static func settings() -> AuditSettings {
        var settings = AuditSettings(auditDate: LocalDate(year: 2026, month: 6, day: 30)!)
        settings.plugins = PluginSearch(paths: [], environment: [], installed: nil)
        return settings
    }

    @Test func auditsAnExampleInAFewLines() throws {
        let auditor = try Auditor(Self.settings())
        defer { auditor.close() }
        let report = try auditor.audit(RepositoryPaths.examples.appendingPathComponent("gofal-dyffryn").path).get()
        #expect(report.decision == .awarded)
        #expect(report.score.earned == report.score.possible && report.score.possible > 0)
    }

    @Test func aMissingBundleIsARejectionWithItsPath() throws {
        let auditor = try Auditor(Self.settings())
        defer { auditor.close() }
        guard case .failure(let rejection) = auditor.audit("/nonexistent/bundle.zip") else {
            Issue.record("a missing bundle was audited")
            return
        }
        #expect(rejection.location.file == "/nonexistent/bundle.zip")
    }

    @Test func anUnknownProfileSuggestsTheClosest() {
        var settings = Self.settings()
        settings.profile = "self-chek"
        #expect {
            _ = try Auditor(settings)
        } throws: { error in
            guard let failure = error as? AuditSetupError else { return false }
            return failure.kind == .usage && failure.problems.count == 1 && failure.problems[0].message.contains("did you mean 'self-check'?")
        }
    }

    @Test func everyRuleErrorIsReportedAtItsPlace() throws {
        try TemporaryDirectory.with { dir in
            try TemporaryDirectory.write(["bad.yaml": "pack-format: 1\nid: x\nversion: 1.0.0\ntitle: {en: X, cy: X}\nrules: [}\n"], under: dir)
            var settings = Self.settings()
            settings.rules = RuleChoice(paths: [dir.appendingPathComponent("bad.yaml").path, dir.appendingPathComponent("missing.yaml").path])
            #expect {
                _ = try Auditor(settings)
            } throws: { error in
                guard let failure = error as? AuditSetupError else { return false }
                let files = failure.problems.compactMap { $0.location?.file }
                return failure.problems.count == 2 && files.contains { $0.hasSuffix("bad.yaml") } && files.contains { $0.hasSuffix("missing.yaml") }
            }
        }
    }

    @Test func anUnreadableWaiversFileIsAUsageError() {
        var settings = Self.settings()
        settings.waivers = "/nonexistent/waivers.yaml"
        #expect {
            _ = try Auditor(settings)
        } throws: { error in
            (error as? AuditSetupError)?.problems.first?.location?.file == "/nonexistent/waivers.yaml"
        }
    }
}
