import Foundation
import NodCore
@testable import NodRules
import NodTestSupport
import Testing

/// Invalid packs and profiles give located errors, all of them at once.
struct RuleLintTests {
    static let rule = """
      - id: TST-01
        title: { en: Test, cy: Prawf }
        requirement: { en: R, cy: Gofyniad }
        evidence: { en: E, cy: Tystiolaeth }
        threshold: { en: T, cy: Trothwy }
        guidance: { en: G, cy: Canllaw }
        area: test
        severity: major
        check: agm-held
        citation: Test
    """

    static func pack(_ name: String, rules: String = rule) -> String {
        "pack-format: 1\npack: \(name)\nversion: 1.0.0\ntitle: { en: T, cy: Teitl }\nrules:\n\(rules)\n"
    }

    func errors(_ files: [String: String]) -> [RuleError] {
        RuleLibrary.load(files.sorted { $0.key < $1.key }.map { RuleSource(name: $0.key, bytes: Array($0.value.utf8)) }).errors
    }

    @Test func unknownKeyIsLocated() {
        let marked = MarkedText(Self.pack("a").replacingOccurrences(of: "    severity: major", with: "    ‸severty: major"))
        let found = errors(["a.yaml": marked.text])
        #expect(found.map(\.description) == ["a.yaml:\(marked.line):\(marked.column): unknown key 'severty' — did you mean 'severity'?"])
    }

    /// Four mistakes in two rules of one file: four located errors from one run, not four runs.
    @Test func everyMistakeOfAFileIsNamedInOneRun() {
        let second = Self.rule.replacingOccurrences(of: "TST-01", with: "TST-02")
        let marked = MarkedText(Self.pack("a", rules: Self.rule.replacingOccurrences(of: "severity: major", with: "severity: ‸majr")
            .replacingOccurrences(of: "    citation: Test", with: "    citation: Test\n    ‸colour: blue")
            + "\n" + second.replacingOccurrences(of: "    check: agm-held\n", with: "")
            .replacingOccurrences(of: "{ en: R, cy: Gofyniad }", with: "‸{ en: R }")))
        let found = errors(["a.yaml": marked.text])
        #expect(found.count == 4, "\(found)")
        #expect(found.map(\.location.line).sorted() == found.map(\.location.line), "in the file's order")
        #expect(found.contains { $0.message.contains("'majr' is not one of") && $0.location.line == marked.lines[0] })
        #expect(found.contains { $0.message.contains("unknown key 'colour'") && $0.location.line == marked.lines[1] })
        #expect(found.contains { $0.message.contains("'cy'") && $0.location.line == marked.lines[2] })
        #expect(found.contains { $0.message.contains("missing key 'check'") })
    }

    @Test func wrongTypeIsLocated() {
        let marked = MarkedText(Self.pack("a").replacingOccurrences(of: "severity: major", with: "severity: ‸[major]"))
        let found = errors(["a.yaml": marked.text])
        #expect(found.first?.location == FileLocation(file: "a.yaml", line: marked.line, column: marked.column))
    }

    @Test func duplicateRuleIDsAcrossPacksNameBothPlaces() {
        let found = errors(["a.yaml": Self.pack("a"), "b.yaml": Self.pack("b")])
        #expect(found.map(\.description) == ["b.yaml:6:9: rule 'TST-01' is defined twice (first at a.yaml:6:9)"])
    }

    @Test func profileNamingAnUnknownPackOrRule() {
        let profile = """
        profile-format: 1
        profile: p
        version: 1.0.0
        title: { en: P, cy: Proffil }
        description: { en: D, cy: Disgrifiad }
        packs: [governanse]
        exclude: [TST-99]
        """
        let found = errors(["governance.yaml": Self.pack("governance"), "p.yaml": profile])
        #expect(found.map(\.description) == [
            "p.yaml:6:9: profile 'p' names pack 'governanse', which is not loaded — did you mean 'governance'?",
            "p.yaml:7:11: profile 'p' excludes 'TST-99', which none of its packs defines",
        ])
    }

    @Test func aSurveillanceProfileMustBeLoaded() {
        func profile(_ id: String, surveillance: String?) -> String {
            """
            profile-format: 1
            profile: \(id)
            version: 1.0.0
            title: { en: P, cy: Proffil }
            description: { en: D, cy: Disgrifiad }
            packs: [governance]
            """ + (surveillance.map { "\nsurveillance-profile: \($0)" } ?? "")
        }
        let missing = errors(["governance.yaml": Self.pack("governance"), "p.yaml": profile("p", surveillance: "p-survelliance"),
                              "q.yaml": profile("p-surveillance", surveillance: nil)])
        #expect(missing.map(\.description) == [
            "p.yaml:7:23: profile 'p' names surveillance profile 'p-survelliance', which is not loaded — did you mean 'p-surveillance'?",
        ])
        let present = errors(["governance.yaml": Self.pack("governance"), "p.yaml": profile("p", surveillance: "p-surveillance"),
                              "q.yaml": profile("p-surveillance", surveillance: nil)])
        #expect(present.isEmpty)
    }

    @Test func newerFormatIsRefused() {
        let found = errors(["a.yaml": Self.pack("a").replacingOccurrences(of: "pack-format: 1", with: "pack-format: 2")])
        #expect(found.first?.message.contains("pack-format 2 is not one this nod reads") == true)
    }

    @Test func neitherPackNorProfile() {
        #expect(errors(["x.yaml": "rules: []\n"]).first?.code == .unknownDocument)
    }

    @Test func everyErrorIsReportedNotJustTheFirst() {
        let found = errors(["a.yaml": "pack: [\n", "b.yaml": Self.pack("b").replacingOccurrences(of: "area: test", with: "area: test\n    colour: red")])
        #expect(found.count == 2)
    }

    /// A contributor who does not write Welsh marks the rule; its English stands in for the
    /// Welsh. Without the mark, a missing Welsh text is an error at its place.
    @Test func aRuleMarkedForTranslationMayBeEnglishOnly() throws {
        let english = Self.rule.replacingOccurrences(of: ", cy: Prawf }", with: " }")
            .replacingOccurrences(of: "{ en: G, cy: Canllaw }", with: "{ en: G }")
        let marked = english.replacingOccurrences(of: "    citation: Test", with: "    citation: Test\n    needs-translation: true")
        let (library, found) = RuleLibrary.load([RuleSource(name: "a.yaml", bytes: Array(Self.pack("a", rules: marked).utf8))])
        #expect(found.isEmpty, "\(found)")
        let rule = try #require(library.allRules.first?.rule)
        #expect(rule.needsTranslation && rule.title.cy == "Test" && rule.guidance.cy == "G" && rule.requirement.cy == "Gofyniad")
        let unmarked = errors(["a.yaml": Self.pack("a", rules: english)])
        #expect(unmarked.count == 2 && unmarked.allSatisfy { $0.message.contains("'cy'") }, "\(unmarked)")
    }
}

/// The rule id pattern of docs/rules.md, `^[A-Z]{2,6}-[0-9]{2,3}$`, without a regular expression.
struct RuleIDTests {
    @Test(arguments: ["GOV-01", "CARE-08", "SV-100", "ABCDEF-12", "EXT-02"])
    func wellFormed(id: String) {
        #expect(Rule.isWellFormedID(id))
    }

    @Test(arguments: ["gov-01", "G-01", "ABCDEFG-01", "GOV-1", "GOV-0001", "GOV01", "GOV-01-2", "GOV-0a", "ĜOV-01", "", "-01", "GOV-"])
    func malformed(id: String) {
        #expect(!Rule.isWellFormedID(id))
    }
}
