import Foundation
import NodAudit
import NodCore
import NodReport
import NodTestSupport
import Testing

/// Values no rule can use — dates at the ends of the calendar, counts past any co-op's — are
/// located problems where they are read; the audit goes on and never traps. (Each case once
/// stopped nod with a trap: `LocalDate.adding(months:)` force-unwrapped, attendance sums overflowed.)
struct HostileValueTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let file: String
        let replace: String
        let with: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "a period ending 9999-12-31", file: "manifest.yaml", replace: "end: 2026-03-31", with: "end: 9999-12-31"),
        Case(name: "accounts from 0001-01-01", file: "accounts/2024-25.yaml", replace: "start: 2024-04-01", with: "start: 0001-01-01"),
        Case(name: "an AGM on 9999-12-31", file: "minutes/2025-09-20-agm.md", replace: "date: 2025-09-20", with: "date: 9999-12-31"),
        Case(name: "an attendance of Int64.max", file: "minutes/2025-09-20-agm.md", replace: "workers: 12,", with: "workers: 9223372036854775807,"),
        Case(name: "a member with Int64.max votes", file: "members/register.csv", replace: "M001,workers,2025-03-29,,1,", with: "M001,workers,2025-03-29,,9223372036854775807,"),
        Case(name: "a member who joined in 1066", file: "members/register.csv", replace: "M001,workers,2025-03-29,", with: "M001,workers,1066-10-14,"),
        Case(name: "an attendance of two billion", file: "minutes/2025-09-20-agm.md", replace: "workers: 12,", with: "workers: 2000000000,"),
    ]

    @Test(arguments: cases)
    func aValueNoRuleCanUseIsALocatedProblem(_ hostile: Case) throws {
        try TemporaryDirectory.with { dir in
            let bundle = dir.appendingPathComponent("bundle")
            try FileManager.default.copyItem(at: RepositoryPaths.examples.appendingPathComponent("gofal-dyffryn"), to: bundle)
            let target = bundle.appendingPathComponent(hostile.file)
            let text = try String(contentsOf: target, encoding: .utf8)
            #expect(text.contains(hostile.replace))
            try Data(text.replacingOccurrences(of: hostile.replace, with: hostile.with).utf8).write(to: target)
            var settings = AuditSettings(auditDate: LocalDate(year: 2026, month: 6, day: 30)!)
            settings.plugins = PluginSearch(paths: [], environment: [], installed: nil)
            let auditor = try Auditor(settings)
            defer { auditor.close() }
            switch auditor.audit(bundle.path) {
            case .failure(let rejection):
                // Only the manifest may reject the bundle, and then at the value's place.
                #expect(hostile.file == "manifest.yaml")
                #expect(rejection.location.file.hasSuffix("manifest.yaml") && rejection.location.line > 0, "\(rejection)")
            case .success(let report):
                #expect(report.problems.contains { $0.path == hostile.file && ($0.line ?? 0) > 0 }, "\(report.problems)")
                #expect(report.decision != .awarded, "a damaged file never leaves the mark as it was")
            }
        }
    }

    @Test func dateArithmeticSaturatesInsteadOfTrapping() {
        let date = LocalDate(year: 2026, month: 1, day: 31)!
        #expect(date.adding(months: 1) == LocalDate(year: 2026, month: 2, day: 28))
        #expect(date.adding(months: Int.max) == LocalDate.latest)
        #expect(date.adding(months: Int.min) == LocalDate(year: 1, month: 1, day: 31))
        #expect(date.adding(days: Int.max) == LocalDate.latest)
        #expect(date.adding(days: Int.min) == LocalDate.earliest)
        #expect(LocalDate.latest.adding(days: 1) == LocalDate.latest)
        #expect(LocalDate.latest.adding(months: 1) == LocalDate.latest)
    }
}
