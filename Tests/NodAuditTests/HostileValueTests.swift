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

    static func settings() -> AuditSettings {
        var settings = AuditSettings(auditDate: LocalDate(year: 2026, month: 6, day: 30)!)
        settings.plugins = PluginSearch(paths: [], environment: [], installed: nil)
        return settings
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

/// Values that cannot be true are refused where they are written, never reasoned with; and a
/// value left out is never read as the favourable one.
struct ImpossibleValueTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let file: String
        let replace: String
        let with: String
        let message: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "negative notice days", file: "manifest.yaml", replace: "notice-days: 14", with: "notice-days: -3", message: "cannot be negative"),
        Case(name: "a negative class weight", file: "manifest.yaml", replace: "class-weights: { workers: 40", with: "class-weights: { workers: -40", message: "cannot be negative"),
        Case(name: "a quorum of nobody", file: "manifest.yaml", replace: "general: \"max(2, 10%)\"", with: "general: \"0\"", message: "is not a quorum"),
        Case(name: "more served in Welsh than people", file: "manifest.yaml", replace: "users-served-in-welsh: 12", with: "users-served-in-welsh: 9000", message: "more than users-total"),
        Case(name: "negative votes against", file: "minutes/2025-09-20-agm.md", replace: "for: 22, against: 1", with: "for: 22, against: -1", message: "cannot be negative"),
        Case(name: "a negative attendance", file: "minutes/2025-09-20-agm.md", replace: "workers: 12,", with: "workers: -12,", message: "cannot be negative"),
        Case(name: "negative expenditure", file: "accounts/2024-25.yaml", replace: "expenditure: { total: 798000", with: "expenditure: { total: -798000", message: "cannot be negative"),
        Case(name: "a period of three years", file: "accounts/2024-25.yaml", replace: "end: 2025-03-31", with: "end: 2027-03-31", message: "longer than the 18 months"),
        Case(name: "the same member twice", file: "members/register.csv", replace: "\nM002,", with: "\nM001,", message: "listed twice"),
    ]

    @Test(arguments: cases)
    func anImpossibleValueIsALocatedProblem(_ impossible: Case) throws {
        try TemporaryDirectory.with { dir in
            let bundle = dir.appendingPathComponent("bundle")
            try FileManager.default.copyItem(at: RepositoryPaths.examples.appendingPathComponent("gofal-dyffryn"), to: bundle)
            let target = bundle.appendingPathComponent(impossible.file)
            let text = try String(contentsOf: target, encoding: .utf8)
            #expect(text.contains(impossible.replace), "the fixture changed: \(impossible.replace)")
            try Data(text.replacingOccurrences(of: impossible.replace, with: impossible.with).utf8).write(to: target)
            let auditor = try Auditor(HostileValueTests.settings())
            defer { auditor.close() }
            switch auditor.audit(bundle.path) {
            case .failure(let rejection):
                #expect(impossible.file == "manifest.yaml")
                #expect(rejection.location.line > 0 && rejection.message.contains(impossible.message), "\(rejection)")
            case .success(let report):
                #expect(report.problems.contains { $0.path == impossible.file && $0.message.contains(impossible.message) }, "\(report.problems)")
            }
        }
    }

    /// `regulated-service:` left out or empty puts the care rules in scope, not out of it.
    @Test(arguments: ["  regulated-service: true\n", "  regulated-service:\n"])
    func aMissingRegulatedServiceIsNeverTheFavourableAnswer(removed: String) throws {
        try TemporaryDirectory.with { dir in
            let bundle = dir.appendingPathComponent("bundle")
            try FileManager.default.copyItem(at: RepositoryPaths.examples.appendingPathComponent("gofal-dyffryn"), to: bundle)
            let manifest = bundle.appendingPathComponent("manifest.yaml")
            let text = try String(contentsOf: manifest, encoding: .utf8)
            let changed = removed.hasSuffix(":\n") ? text.replacingOccurrences(of: "  regulated-service: true\n", with: removed)
                                                   : text.replacingOccurrences(of: removed, with: "")
            #expect(changed != text)
            try Data(changed.utf8).write(to: manifest)
            let auditor = try Auditor(HostileValueTests.settings())
            defer { auditor.close() }
            let report = try auditor.audit(bundle.path).get()
            #expect(report.results.first { $0.rule == "CARE-01" }?.status != .notApplicable)
        }
    }
}
