import Foundation
import NodCore
import NodEngine
import NodEvidence
import NodRules
import NodYAML
import Testing

/// A checker whose answer is set by its parameters, to drive the engine without evidence logic.
private struct Scripted: Checker {
    struct Options: YAMLReadable, Sendable {
        var verdict: String
        init(yaml: YAMLValue) throws(YAMLError) { verdict = try yaml.mapping(["verdict"]).required("verdict") }
    }
    static let id = "scripted"
    static let summary = "Answers what its parameters say; finds nothing."
    static let examples: [CheckerExample] = []
    func check(_ input: CheckInput, options: Options) throws -> CheckOutcome {
        switch options.verdict {
        case "pass": return .pass("ok", "iawn")
        case "fail": return .fail("no", "na")
        case "missing": return .notEvidenced("none", "dim")
        default: throw CocoaError(.fileReadCorruptFile)
        }
    }
}

struct EngineTests {
    static let manifest = """
    bundle-format: 1
    organisation: { name: Test, model: worker, nation: england, regulated-service: false }
    period: { start: 2025-04-01, end: 2026-03-31 }
    """

    static func evidence() throws -> EvidenceModel {
        try EvidenceLoader().load(files: [BundleFile(path: "manifest.yaml", bytes: 0, sha256: "", content: Array(manifest.utf8))],
                                  source: "t", digest: "", archiveSHA256: nil)
    }

    /// A pack of rules `(id, severity, verdict, extra YAML)`, and a profile using it.
    static func library(_ rules: [(String, String, String, String)], profile extra: String = "") -> RuleLibrary {
        let body = rules.map { id, severity, verdict, more in
            """
              - id: \(id)
                title: { en: T, cy: Teitl }
                requirement: { en: R, cy: Gofyniad }
                evidence: { en: E, cy: Tystiolaeth }
                threshold: { en: T, cy: Trothwy }
                guidance: { en: G, cy: Canllaw }
                area: test
                severity: \(severity)
                check: scripted
                with: { verdict: \(verdict) }
                citation: test
            \(more)
            """
        }.joined(separator: "\n")
        let pack = "pack-format: 1\npack: test\nversion: 1.0.0\ntitle: { en: T, cy: Teitl }\nrules:\n\(body)\n"
        let profile = """
        profile-format: 1
        profile: p
        version: 1.0.0
        title: { en: P, cy: Proffil }
        description: { en: D, cy: Disgrifiad }
        packs: [test]
        levels:
          - { id: foundation, title: { en: Foundation, cy: Sylfaen } }
          - { id: established, title: { en: Established, cy: Sefydledig }, max-failed-minor: 0, min-score-percent: 80 }
        \(extra)
        """
        let (library, errors) = RuleLibrary.load([RuleSource(name: "pack.yaml", bytes: Array(pack.utf8)),
                                                   RuleSource(name: "profile.yaml", bytes: Array(profile.utf8))])
        #expect(errors.map(\.description) == [])
        return library
    }

    static func audit(_ library: RuleLibrary) throws -> ([RuleResult], AwardDecision) {
        let profile = try #require(library.profile("p"))
        let registry = try CheckerRegistry([AnyChecker(Scripted())])
        let (compiled, errors) = RuleCompiler.compile(library.rules(for: profile), registry: registry)
        #expect(errors.isEmpty)
        let date = LocalDate(iso8601: "2026-06-30")!
        let results = Evaluator().evaluate(compiled, input: CheckInput(evidence: try evidence(), auditDate: date))
        return (results, DecisionMaker.decide(results, profile: profile, auditDate: date))
    }

    @Test func allMetIsAwardedAtTheHighestLevel() throws {
        let (_, verdict) = try Self.audit(Self.library([("TST-01", "major", "pass", ""), ("TST-02", "minor", "pass", "")]))
        #expect(verdict.decision == .awarded)
        #expect(verdict.level?.id == "established")
        #expect((verdict.earned, verdict.possible) == (5, 5))
    }

    @Test func aFailedMinorIsACorrectiveAction() throws {
        let (_, verdict) = try Self.audit(Self.library([("TST-01", "major", "pass", ""), ("TST-02", "minor", "fail", "")]))
        #expect(verdict.decision == .awardedWithConditions)
        #expect(verdict.correctiveActions.map(\.ruleID) == ["TST-02"])
        #expect(verdict.correctiveActions.first?.due.description == "2026-09-28")
        #expect(verdict.level?.id == "foundation")
    }

    @Test func aFailedObservationNeverBlocks() throws {
        let (_, verdict) = try Self.audit(Self.library([("TST-01", "major", "pass", ""), ("TST-02", "observation", "fail", "")]))
        #expect(verdict.decision == .awarded)
    }

    @Test(arguments: ["fail", "missing", "crash"])
    func aMajorNotMetBlocks(verdict answer: String) throws {
        let (results, verdict) = try Self.audit(Self.library([("TST-01", "major", answer, "")]))
        #expect(verdict.decision == .notAwarded)
        #expect(verdict.level == nil)
        #expect(results.first?.status == ["fail": .fail, "missing": .notEvidenced, "crash": .error][answer])
    }

    @Test func aCrashingCheckerIsAnErrorAndTheAuditGoesOn() throws {
        let (results, _) = try Self.audit(Self.library([("TST-01", "minor", "crash", ""), ("TST-02", "minor", "pass", "")]))
        #expect(results.map(\.status) == [.error, .pass])
        #expect(results[0].message.en.contains("The check 'scripted' failed"))
    }

    @Test func notApplicableCarriesItsReasonAndDoesNotCount() throws {
        let (results, verdict) = try Self.audit(Self.library([
            ("TST-01", "major", "fail", "    models: [user-led]"),
            ("TST-02", "major", "fail", "    applies-when: { nation: [wales] }"),
            ("TST-03", "major", "fail", "    applies-when: { regulated-service: true }"),
            ("TST-04", "minor", "pass", ""),
        ]))
        #expect(results.prefix(3).allSatisfy { $0.status == .notApplicable && $0.reason != nil })
        #expect(results[0].reason?.en.contains("this co-op is worker") == true)
        #expect(results[1].reason?.en.contains("this co-op is in England") == true)
        #expect(results[2].reason?.en.contains("regulated-service: false") == true)
        #expect(verdict.decision == .awarded)
        #expect(verdict.possible == 2)
    }

    @Test func profileTailoringChangesSeverityAndParameters() throws {
        let library = Self.library([("TST-01", "major", "fail", "")], profile: "tailor: { TST-01: { severity: observation } }")
        let (results, verdict) = try Self.audit(library)
        #expect(results.first?.severity == .observation)
        #expect(verdict.decision == .awarded)
    }

    @Test func unknownCheckerAndBadParametersAreLocated() throws {
        let library = Self.library([("TST-01", "major", "pass", "")])
        let profile = try #require(library.profile("p"))
        var rules = library.rules(for: profile)
        rules[0].parameters = try YAMLDocument.parseRequired(Array("{ verdikt: pass }".utf8), file: "pack.yaml", lineOffset: 9)
        let registry = try CheckerRegistry([AnyChecker(Scripted())])
        let bad = RuleCompiler.compile(rules, registry: registry).errors
        #expect(bad.map(\.description) == ["pack.yaml:10:3: rule TST-01, checker 'scripted': unknown key 'verdikt' — did you mean 'verdict'?"])
        let unknown = RuleCompiler.compile(rules, registry: try CheckerRegistry([])).errors
        #expect(unknown.first?.code == .unknownChecker)
        #expect(unknown.first?.location.description == "pack.yaml:14:12")
    }

    @Test func duplicateCheckerIDsAreRefused() {
        #expect(throws: CheckerRegistry.DuplicateChecker.self) { try CheckerRegistry([AnyChecker(Scripted()), AnyChecker(Scripted())]) }
    }
}
