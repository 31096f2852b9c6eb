import Foundation
import NodTestSupport
import Testing

/// `nod rules test`: the shipped packs pass their own golden cases, and a pack author's wrong
/// case, missing case or broken case file is reported as such.
struct RulesTestCommandTests {
    @Test func theShippedPacksPassEveryGoldenCaseAndEachRuleHasBothKinds() throws {
        let outcome = try NodProcess.run(["rules", "test", "Rules/"])
        #expect(outcome.status == 0, "\(outcome.stdout)\(outcome.stderr)")
        #expect(!outcome.stdout.contains("FAIL") && !outcome.stdout.contains("no passing case") && !outcome.stdout.contains("no failing case"))
        #expect(outcome.stdout.contains("\(ShippedRules.all) rules"), "\(outcome.stdout)")
    }

    /// A pack author's own pack in a folder with its tests: a wrong expectation fails the run
    /// and names the rule, what it gave and why; a rule with no failing case is named.
    @Test func aWrongCaseAndAMissingCaseFailTheRun() throws {
        try TemporaryDirectory.with { dir in
            let root = FileManager.default.currentDirectoryPath
            func rule(_ id: String, _ check: String) -> String {
                """
                  - id: \(id)
                    title: { en: "Rule \(id)", cy: "Rheol \(id)" }
                    requirement: { en: "As the checker asks.", cy: "Fel y mae'r gwiriwr yn ei ofyn." }
                    evidence: { en: "Minutes.", cy: "Cofnodion." }
                    threshold: { en: "as the checker", cy: "fel y gwiriwr" }
                    guidance: { en: "Hold the meeting.", cy: "Cynhaliwch y cyfarfod." }
                    area: governance
                    severity: minor
                    check: \(check)
                    citation: "The scheme's own"
                """
            }
            try TemporaryDirectory.write([
                "my-scheme.yaml": "pack-format: 1\npack: my-scheme\nversion: 1.0.0\ntitle: { en: Mine, cy: Fy un i }\nrules:\n" + rule("MY-01", "agm-held") + "\n" + rule("MY-02", "agm-received-accounts") + "\n",
                "my-profile.yaml": "profile-format: 1\nprofile: my-profile\nversion: 1.0.0\ntitle: { en: Mine, cy: Fy un i }\ndescription: { en: Mine., cy: Fy un i. }\npacks: [my-scheme]\nblocking: true\nlevels:\n  - { id: foundation, title: { en: Foundation, cy: Sylfaen } }\n",
                "tests/cases.yaml": """
                rule-tests: 1
                profile: my-profile
                base: \(root)/Examples/gofal-dyffryn
                date: 2026-06-30
                cases:
                  - name: as submitted, wrongly expected to fail MY-01
                    expect: { MY-01: fail }
                  - name: as submitted
                    expect: { MY-02: pass }
                """,
            ], under: dir)
            let outcome = try NodProcess.run(["rules", "test", dir.path])
            #expect(outcome.status == 1, "\(outcome.stdout)\(outcome.stderr)")
            #expect(outcome.stdout.contains("FAIL  as submitted, wrongly expected to fail MY-01"))
            #expect(outcome.stdout.contains("MY-01: expected fail, got pass"))
            #expect(outcome.stdout.contains("no passing case: MY-01\nno failing case: MY-02"), "\(outcome.stdout)")
            #expect(outcome.stdout.contains("2 rules, 2 cases: 1 passed, 1 failed"), "\(outcome.stdout)")
        }
    }

    @Test func aCaseFileErrorIsLocatedAndExitsTwo() throws {
        try TemporaryDirectory.with { dir in
            try TemporaryDirectory.write([
                "tests/cases.yaml": "rule-tests: 1\nbase: x\ndate: 2026-06-30\ncases:\n  - name: bad\n    expect: { GOV-01: failed }\n",
            ], under: dir)
            let outcome = try NodProcess.run(["rules", "test", dir.path, "--with-default-rules"])
            #expect(outcome.status == 2)
            #expect(outcome.stderr.contains("tests/cases.yaml:6:"), "\(outcome.stderr)")
            #expect(outcome.stderr.contains("did you mean 'fail'"), "\(outcome.stderr)")
        }
    }

    @Test func aCaseMayNotReachOutsideItsBundle() throws {
        try TemporaryDirectory.with { dir in
            try TemporaryDirectory.write([
                "tests/cases.yaml": "rule-tests: 1\nbase: x\ndate: 2026-06-30\ncases:\n  - name: escape\n    remove: [../../etc/passwd]\n    expect: { GOV-01: fail }\n",
            ], under: dir)
            let outcome = try NodProcess.run(["rules", "test", dir.path, "--with-default-rules"])
            #expect(outcome.status == 2)
            #expect(outcome.stderr.contains("is not a path inside a bundle"), "\(outcome.stderr)")
        }
    }
}
