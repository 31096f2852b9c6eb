import Foundation
import NodAudit
import NodCore
import NodReport
import NodRules
import NodTestSupport
import Testing

/// The Welsh a Welsh speaker would sign, and sources a reader can find: the terms and
/// citations corrected after review, held by a test over every shipped rule and every Welsh
/// report of the examples.
struct WelshTermsTests {
    /// Welsh that was wrong, and why (what it should be).
    static let wrongWelsh: [(text: String, why: String)] = [
        ("Rhagorol", "CIW's top rating; the mark's level is Enghreifftiol"),
        ("ar agor", "open for business; available is 'ar gael'"),
        ("graddfa ddilys", "a validated scale is 'graddfa wedi'i dilysu'"),
        ("neu gwellwyd", "'neu wellwyd' (soft mutation after 'neu')"),
        ("Pryder am y gymuned", "concern for the community is 'Gofal am y gymuned'"),
        ("rhagymadrodd", "the file's YAML header is 'pennyn YAML'"),
        ("Ymddeolwch", "rewritten: a third of the board stands for re-election"),
        ("sgôr", "CIW's ratings are 'graddau'"),
        ("sgoriau", "CIW's ratings are 'graddau'"),
        (" lles ", "well-being is 'llesiant' (the 2014 Act)"),
        ("Elw cyfyngedig", "return on capital is 'Adenillion'"),
        ("Byr Warwick", "'Graddfa Fer' (graddfa is feminine)"),
    ]

    static let wrongCitations = ["RFCCBS 6.1.3", "governance code 2013", "381/1991", "s.16(1)(b)",
                                 "Welsh Language Standards third-party", "Mutuals Public Register portal", "2014 s.89\n"]

    @Test func shippedRulesUseTheRightWelshAndSources() throws {
        let library = try RuleChoice().load()
        for (rule, _) in library.allRules {
            let welsh = [rule.title, rule.requirement, rule.evidence, rule.threshold, rule.guidance].map(\.cy).joined(separator: " ")
            for wrong in Self.wrongWelsh { #expect(!welsh.contains(wrong.text), "\(rule.id): '\(wrong.text)' — \(wrong.why)") }
            for wrong in Self.wrongCitations { #expect(!(rule.citation.en + "\n").contains(wrong), "\(rule.id) cites '\(wrong)'") }
        }
        for profile in library.profiles {
            for level in profile.levels { #expect(level.title.cy != "Rhagorol", "\(profile.id): \(level.id)") }
        }
        let cited = Dictionary(uniqueKeysWithValues: library.allRules.map { ($0.rule.id, $0.rule.citation.en) })
        #expect(cited["GOV-05"]?.contains("RFCCBS 4.3") == true)
        #expect(cited["GOV-07"]?.contains("Co-operative Corporate Governance Code (2019)") == true)
        #expect(cited["WB-05"]?.contains("s.16(1)(c)") == true)
        #expect(cited["CYM-02"]?.contains("Cynnig Cymraeg") == true)
        #expect(cited["GOV-02"]?.contains("registered rules") == true)
    }

    @Test(arguments: ["gofal-dyffryn", "eryri-byw-annibynnol", "bristol-adaptations"])
    func welshReportsUseTheRightTerms(example: String) throws {
        var settings = AuditSettings(auditDate: LocalDate(year: 2026, month: 6, day: 30)!)
        settings.plugins = PluginSearch(paths: [], environment: [], installed: nil)
        settings.language = .cy
        let auditor = try Auditor(settings)
        defer { auditor.close() }
        let report = try auditor.audit(RepositoryPaths.examples.appendingPathComponent(example).path).get()
        for format in [ReportFormat.md, .html] {
            let text = String(decoding: try format.render(report), as: UTF8.self)
            for wrong in Self.wrongWelsh { #expect(!text.contains(wrong.text), "\(example) \(format): '\(wrong.text)' — \(wrong.why)") }
        }
    }
}
