import Foundation
package import NodCore
import NodReport
import NodRules

/// Runs rule packs' golden cases through the same auditor as `nod audit`, and says which
/// rules lack a passing or a failing case: a rule nobody has seen fail is not yet a rule.
package struct RuleTestRunner {
    /// What one case gave.
    package struct Outcome: Sendable {
        package var file: String
        package var name: String
        package var location: FileLocation
        /// Each rule the case names that did not give its status: what it gave, and why.
        package var mismatches: [(rule: String, expected: RuleStatus, got: String, message: String)]
        package var checked: Int
        package var passed: Bool { mismatches.isEmpty }
    }

    /// The run's findings.
    package struct Summary: Sendable {
        package var outcomes: [Outcome]
        /// Rules with no case they must pass.
        package var withoutPassingCase: [String]
        /// Rules with no case they must fail (fail or not-evidenced).
        package var withoutFailingCase: [String]
        package var ruleCount: Int
        package var succeeded: Bool { outcomes.allSatisfy(\.passed) && withoutPassingCase.isEmpty && withoutFailingCase.isEmpty }

        /// For a terminal: a line per case (what went wrong under each that failed), the rules
        /// without a case of each kind, and the counts; every line's controls shown, not obeyed.
        package var text: String {
            var lines: [String] = []
            for outcome in outcomes {
                if outcome.passed {
                    lines.append("ok    \(outcome.name) (\(CountedNoun.rule.counted(outcome.checked).en))")
                } else {
                    lines.append("FAIL  \(outcome.name) (\(outcome.location))")
                    for mismatch in outcome.mismatches {
                        lines.append("        \(mismatch.rule): expected \(mismatch.expected.rawValue), got \(mismatch.got): \(mismatch.message)")
                    }
                }
            }
            if !withoutPassingCase.isEmpty { lines.append("no passing case: \(withoutPassingCase.joined(separator: ", "))") }
            if !withoutFailingCase.isEmpty { lines.append("no failing case: \(withoutFailingCase.joined(separator: ", "))") }
            let failed = outcomes.count(where: { !$0.passed })
            lines.append("\(CountedNoun.rule.counted(ruleCount).en), \(outcomes.count) cases: \(outcomes.count - failed) passed, \(failed) failed")
            return lines.map { OutputEscaping.terminal($0) }.joined(separator: "\n") + "\n"
        }
    }

    package var rules: RuleChoice
    package var plugins: PluginSearch

    package init(rules: RuleChoice, plugins: PluginSearch) {
        self.rules = rules
        self.plugins = plugins
    }

    /// Runs every case of `files` and checks that each rule of the chosen packs has both kinds.
    package func run(_ files: [RuleTestFile]) throws(AuditSetupError) -> Summary {
        let library = try rules.load()
        let ownRules: [String]
        if rules.paths.isEmpty {
            ownRules = library.allRules.map(\.rule.id)
        } else {
            let sourceNames = Set(rules.sources().sources.map(\.name))
            ownRules = library.packs.filter { sourceNames.contains($0.pack.location.file) }.flatMap { $0.pack.rules.map(\.id) }.sorted()
        }
        var auditors: [String: Auditor] = [:]
        defer { for auditor in auditors.values { _ = auditor.close() } }
        var outcomes: [Outcome] = []
        var passing = Set<String>(), failing = Set<String>()
        for file in files {
            for testCase in file.cases {
                let key = "\(testCase.profile) \(testCase.date)"
                let auditor: Auditor
                if let known = auditors[key] {
                    auditor = known
                } else {
                    var settings = AuditSettings(auditDate: testCase.date)
                    settings.rules = rules
                    settings.profile = testCase.profile
                    settings.plugins = plugins
                    auditor = try Auditor(settings)
                    auditors[key] = auditor
                }
                let outcome = Self.run(testCase, file: file.path, with: auditor)
                outcomes.append(outcome)
                for (rule, status) in testCase.expect {
                    if status == .pass { passing.insert(rule) }
                    if status == .fail || status == .notEvidenced { failing.insert(rule) }
                }
            }
        }
        return Summary(outcomes: outcomes, withoutPassingCase: ownRules.filter { !passing.contains($0) },
                       withoutFailingCase: ownRules.filter { !failing.contains($0) }, ruleCount: ownRules.count)
    }

    /// Builds the case's bundle in a temporary folder (the case file's own fixtures, never a
    /// stranger's bundle), audits it and compares.
    static func run(_ testCase: RuleTestFile.Case, file: String, with auditor: Auditor) -> Outcome {
        var outcome = Outcome(file: file, name: testCase.name, location: testCase.location, mismatches: [], checked: testCase.expect.count)
        func broken(_ why: String) -> Outcome {
            var failed = outcome
            failed.mismatches = testCase.expect.map { ($0.rule, $0.status, "no report", why) }
            return failed
        }
        let manager = FileManager.default
        let folder = manager.temporaryDirectory.appendingPathComponent("nod-rule-test-\(UUID().uuidString)")
        defer { try? manager.removeItem(at: folder) }
        do {
            try manager.copyItem(at: URL(fileURLWithPath: testCase.base), to: folder)
            for path in testCase.remove {
                let target = folder.appendingPathComponent(path)
                guard manager.fileExists(atPath: target.path) else { return broken("'\(path)' is not in the base bundle \(testCase.base)") }
                try manager.removeItem(at: target)
            }
            for edit in testCase.edits {
                let target = folder.appendingPathComponent(edit.file)
                guard let text = try? String(contentsOf: target, encoding: .utf8) else { return broken("\(edit.location): '\(edit.file)' is not a text file of the base bundle") }
                guard let range = text.range(of: edit.replace) else { return broken("\(edit.location): '\(edit.replace)' is not in \(edit.file)") }
                let changed = edit.everywhere ? text.replacingOccurrences(of: edit.replace, with: edit.with) : text.replacingCharacters(in: range, with: edit.with)
                try Data(changed.utf8).write(to: target)
            }
            for (path, text) in testCase.files {
                let target = folder.appendingPathComponent(path)
                try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: target)
            }
        } catch {
            return broken("the case's bundle could not be made from \(testCase.base): \(error.localizedDescription)")
        }
        switch auditor.audit(folder.path) {
        case .failure(let rejection):
            return broken("the bundle was rejected: \(rejection)")
        case .success(let report):
            for (rule, expected) in testCase.expect {
                guard let result = report.results.first(where: { $0.rule == rule }) else {
                    outcome.mismatches.append((rule, expected, "no result", "the profile '\(testCase.profile)' does not judge \(rule)"))
                    continue
                }
                if result.status != expected {
                    outcome.mismatches.append((rule, expected, result.status.rawValue, result.message.en))
                }
            }
            return outcome
        }
    }
}
