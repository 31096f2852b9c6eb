import Foundation
@testable import NodStore
import Testing

/// The ledger's seasons: each organisation's latest audit of a season, the counts kept as audits
/// arrive and leave, and the organisations whose decision fell listed first.
struct SeasonsTests {
    static func withLedger(_ body: (Ledger) async throws -> Void) async throws {
        try await TestLedger.with(body)
    }

    static func audit(_ season: String, _ decision: String, notMet: [String] = []) -> SeasonalAudit {
        SeasonalAudit(season: season, decision: decision, level: nil, earned: 10, possible: 20, notMet: notMet)
    }

    @Test func importsMatchByRegistrationAndCountEachSeason() async throws {
        try await Self.withLedger { ledger in
            let sha = String(repeating: "a", count: 64), other = String(repeating: "b", count: 64)
            let first = try await ledger.importReport(registration: "fca-mutuals:RS1", organisationName: "Un Cyf.", bundleSHA256: sha,
                                                      fileName: "un.zip", audit: Self.audit("2025", "awarded"))
            guard case .imported(_, let organisation) = first else { Issue.record("not imported: \(first)"); return }
            // The same evidence in the same season again changes nothing.
            #expect(try await ledger.importReport(registration: "fca-mutuals:RS1", organisationName: "Un Cyf.", bundleSHA256: sha,
                                                  fileName: "un.zip", audit: Self.audit("2025", "awarded")) == .alreadyImported)
            // A new name under the same registration is the same organisation.
            let second = try await ledger.importReport(registration: "fca-mutuals:RS1", organisationName: "Un Newydd Cyf.", bundleSHA256: other,
                                                       fileName: "un.zip", audit: Self.audit("2026", "not-awarded", notMet: ["GOV-01", "GOV-02"]))
            guard case .imported(_, let sameOrganisation) = second else { Issue.record("not imported: \(second)"); return }
            #expect(sameOrganisation == organisation)
            _ = try await ledger.importReport(registration: "fca-mutuals:RS2", organisationName: "Dau Cyf.", bundleSHA256: sha,
                                              fileName: "dau.zip", audit: Self.audit("2026", "awarded", notMet: ["GOV-01"]))
            _ = try await ledger.importReport(registration: "fca-mutuals:RS3", organisationName: "Aaron Cyf.", bundleSHA256: sha,
                                              fileName: "tri.zip", audit: Self.audit("2026", "awarded"))

            #expect(try await ledger.seasonCounts() == [
                SeasonCount(season: "2026", decision: "awarded", organisations: 2),
                SeasonCount(season: "2026", decision: "not-awarded", organisations: 1),
                SeasonCount(season: "2025", decision: "awarded", organisations: 1),
            ])
            #expect(try await ledger.ruleSeasonCounts() == [
                RuleSeasonCount(rule: "GOV-01", season: "2026", notMet: 2), RuleSeasonCount(rule: "GOV-02", season: "2026", notMet: 1),
            ])
            // The one whose decision fell comes first, though its name sorts last.
            let trends = try await ledger.organisationTrends()
            #expect(trends.map(\.name) == ["Un Cyf.", "Aaron Cyf.", "Dau Cyf."])
            #expect(trends[0].trend == -2 && trends[0].registration == "fca-mutuals:RS1")
            #expect(trends[0].results["2025"]?.decision == "awarded" && trends[0].results["2026"]?.decision == "not-awarded")
            #expect(try await ledger.organisationTrends(offset: 1, limit: 1).map(\.name) == ["Aaron Cyf."])
            #expect(try await ledger.organisationsWithSeasons() == 3)
        }
    }

    @Test func aLaterAuditReplacesTheSeasonAndDeletingItBringsTheEarlierBack() async throws {
        try await Self.withLedger { ledger in
            let organisation = try await ledger.addOrganisation(name: "Gofal Cyf.")
            func audited(_ audit: SeasonalAudit) async throws -> Submission {
                let submission = try await ledger.addSubmission(organisationID: organisation.id, accountID: nil, bundleSHA256: String(repeating: "c", count: 64),
                                                                fileName: "b.zip", bytes: 1, keepEvidence: false)
                _ = try await ledger.claimNextSubmission()
                #expect(try await ledger.finish(submissionID: submission.id, outcome: .audited(decision: audit.decision, level: nil,
                                                                                                  earned: audit.earned, possible: audit.possible)))
                try await ledger.recordSeason(organisationID: organisation.id, submissionID: submission.id, audit: audit)
                return submission
            }
            _ = try await audited(Self.audit("2026", "not-awarded", notMet: ["CARE-01"]))
            let second = try await audited(Self.audit("2026", "awarded"))
            #expect(try await ledger.seasonCounts() == [SeasonCount(season: "2026", decision: "awarded", organisations: 1)])
            #expect(try await ledger.ruleSeasonCounts().isEmpty)
            _ = try await ledger.deleteSubmission(id: second.id, bundleSHA256: second.bundleSHA256)
            #expect(try await ledger.seasonCounts() == [SeasonCount(season: "2026", decision: "not-awarded", organisations: 1)])
            #expect(try await ledger.ruleSeasonCounts() == [RuleSeasonCount(rule: "CARE-01", season: "2026", notMet: 1)])
        }
    }
}
