package import Foundation
import NodCore
package import NodEngine
import NodEvidence
package import NodYAML

/// FIN-02: the accounts had the scrutiny the law asks for (CCBS Act 2014 ss.83–85). An audit,
/// unless the members disapplied it: by a resolution at a general meeting, for that year of
/// account and passed before it ended, with under 10% of the members voting against; only
/// when the preceding year's turnover (a charity's gross income) and assets were within the
/// thresholds and no s.84(3) exclusion applied; and, above £90,000 turnover in the preceding
/// year, with an accountant's report. Finds the preceding year's figures, the scrutiny and the
/// resolution, and names every condition not met.
package struct ExternalScrutiny: Checker {
    package struct Options: YAMLReadable, Sendable {
        package var auditTurnover: Decimal
        package var auditAssets: Decimal
        package var charityAuditTurnover: Decimal
        package var accountantReportTurnover: Decimal
        package var maxAgainstPercent: Double
        package init(yaml: YAMLValue) throws(YAMLError) {
            let fields = try yaml.mapping(["audit-turnover", "audit-assets", "charity-audit-turnover", "accountant-report-turnover", "max-against-percent"])
            auditTurnover = try fields.optional("audit-turnover", as: Decimal.self) ?? 10_200_000
            auditAssets = try fields.optional("audit-assets", as: Decimal.self) ?? 5_100_000
            charityAuditTurnover = try fields.optional("charity-audit-turnover", as: Decimal.self) ?? 250_000
            accountantReportTurnover = try fields.optional("accountant-report-turnover", as: Decimal.self) ?? 90_000
            maxAgainstPercent = try fields.optional("max-against-percent", as: Double.self) ?? 10
        }
    }

    package static let id = "external-scrutiny"
    package static let summary = "The accounts had the audit or report their size requires; finds turnover, scrutiny and the members' resolution."
    static let biggerPreceding = ExampleBundle.precedingAccounts.replacingOccurrences(of: "income: { total: 78000", with: "income: { total: 120000")
        .replacingOccurrences(of: "expenditure: { total: 76500", with: "expenditure: { total: 118500")
    static func disapplication(_ fields: String) -> String {
        ExampleBundle.agm(date: "2024-09-21", notice: "2024-09-02", resolutions: "  - { id: R2, kind: audit-disapplication, result: passed, \(fields) }")
    }
    static let charity = ExampleBundle.manifest().replacingOccurrences(of: "legal-form: co-operative-society", with: "legal-form: community-benefit-society\n  charitable: true")
    package static let examples = [
        CheckerExample("small society, audit disapplied in the year, examined", expect: .pass),
        CheckerExample("no resolution disapplying audit", expect: .fail, files: [
            "minutes/2024-09-21-agm.md": ExampleBundle.agm(date: "2024-09-21", notice: "2024-09-02"),
        ]),
        CheckerExample("a quarter voted against disapplying audit", expect: .fail, files: [
            "minutes/2024-09-21-agm.md": disapplication("for: 6, against: 2, abstain: 0"),
        ]),
        CheckerExample("1 of 8 members voting against is 12.5%, not under 10%", expect: .fail, files: [
            "minutes/2024-09-21-agm.md": disapplication("for: 7, against: 1, abstain: 0"),
        ], mentioning: ["12.5% of the members voting"]),
        CheckerExample("1 of 11 voting against is under 10%", expect: .pass, files: [
            "minutes/2024-09-21-agm.md": disapplication("for: 10, against: 1, abstain: 3"),
        ]),
        CheckerExample("the only resolution is for 2025-26", expect: .fail, files: [
            "minutes/2024-09-21-agm.md": ExampleBundle.agm(date: "2024-09-21", notice: "2024-09-02"),
            "minutes/2025-09-20-agm.md": ExampleBundle.agm(date: "2025-09-20", notice: "2025-09-01",
                resolutions: "  - { id: R2, kind: audit-disapplication, year-end: 2026-03-31, result: passed, for: 7, against: 0, abstain: 0 }"),
        ], mentioning: ["is for the year ending 2026-03-31"]),
        CheckerExample("a resolution for 2024-25 passed after the year ended", expect: .fail, files: [
            "minutes/2024-09-21-agm.md": ExampleBundle.agm(date: "2024-09-21", notice: "2024-09-02"),
            "minutes/2025-09-20-agm.md": ExampleBundle.agm(date: "2025-09-20", notice: "2025-09-01",
                resolutions: "  - { id: R2, kind: audit-disapplication, year-end: 2025-03-31, result: passed, for: 7, against: 0, abstain: 0 }"),
        ], mentioning: ["after the year ended"]),
        CheckerExample("a resolution passed the year before, naming 2024-25", expect: .pass, files: [
            "minutes/2024-09-21-agm.md": ExampleBundle.agm(date: "2024-09-21", notice: "2024-09-02"),
            "minutes/2023-09-16-agm.md": ExampleBundle.agm(date: "2023-09-16", notice: "2023-08-28",
                resolutions: "  - { id: R2, kind: audit-disapplication, year-end: 2025-03-31, result: passed, for: 7, against: 0, abstain: 0 }"),
        ]),
        CheckerExample("over £90k in the preceding year with only an independent examination", expect: .fail, files: ["accounts/2023-24.yaml": biggerPreceding]),
        CheckerExample("over £90k in the preceding year with an accountant's report", expect: .pass, files: [
            "accounts/2023-24.yaml": biggerPreceding,
            "accounts/2024-25.yaml": ExampleBundle.accounts.replacingOccurrences(of: "independent-examination", with: "accountant-report"),
        ]),
        CheckerExample("a charity with gross income over £250k in the preceding year must be audited", expect: .fail, files: [
            "manifest.yaml": charity,
            "accounts/2023-24.yaml": biggerPreceding.replacingOccurrences(of: "total: 120000", with: "total: 300000")
                .replacingOccurrences(of: "total: 118500", with: "total: 298500"),
            "accounts/2024-25.yaml": ExampleBundle.accounts.replacingOccurrences(of: "independent-examination", with: "accountant-report"),
        ], mentioning: ["A charity with gross income of £300000"]),
        CheckerExample("a charity under £250k with assets over £5.1m must still be audited", expect: .fail, files: [
            "manifest.yaml": charity,
            "accounts/2023-24.yaml": ExampleBundle.precedingAccounts.replacingOccurrences(of: "total-assets: 26000", with: "total-assets: 6000000"),
        ], mentioning: ["assets of £6000000"]),
        CheckerExample("a subsidiary cannot disapply the audit", expect: .fail, files: [
            "accounts/2024-25.yaml": ExampleBundle.accounts + "audit-exclusions: [subsidiary]\n",
        ], mentioning: ["it was a subsidiary (s.84(3))"]),
        CheckerExample("audited accounts need no resolution", expect: .pass, files: [
            "minutes/2024-09-21-agm.md": ExampleBundle.agm(date: "2024-09-21", notice: "2024-09-02"),
            "accounts/2024-25.yaml": ExampleBundle.accounts.replacingOccurrences(of: "independent-examination", with: "audit"),
        ]),
        CheckerExample("no preceding year's summary to show the society was small enough", expect: .notEvidenced, files: ["accounts/2023-24.yaml": nil]),
        CheckerExample("the preceding year's figures given as comparatives", expect: .pass, files: [
            "accounts/2023-24.yaml": nil, "accounts/2024-25.yaml": ExampleBundle.accounts + "preceding-year: { income: 78000, total-assets: 26000 }\n",
        ]),
        CheckerExample("comparatives over £90k with only an independent examination", expect: .fail, files: [
            "accounts/2023-24.yaml": nil, "accounts/2024-25.yaml": ExampleBundle.accounts + "preceding-year: { income: 120000, total-assets: 26000 }\n",
        ]),
        CheckerExample("no accounts", expect: .notEvidenced, files: ["accounts/2024-25.yaml": nil, "accounts/2023-24.yaml": nil]),
    ]

    package init() {}

    package func check(_ input: CheckInput, options: Options) throws -> CheckOutcome {
        guard let accounts = try input.judgedAccounts() else { return CheckInput.noJudgedAccounts }
        let year = accounts.period.value
        guard let scrutiny = accounts.scrutiny else {
            return .notEvidenced("The accounts for \(year) do not say what scrutiny they had (scrutiny).",
                                 "Nid yw'r cyfrifon ar gyfer \(year) yn dweud pa graffu a gawsant (scrutiny).",
                                 evidence: [EvidenceCitation(accounts.period.location)])
        }
        let cite = [EvidenceCitation(scrutiny.location)]
        if scrutiny.value == .audit {
            return .pass("The accounts for \(year) were audited.", "Archwiliwyd y cyfrifon ar gyfer \(year).", evidence: cite)
        }
        var unmet = UnmetConditions()
        var measures: [Measure] = []
        if let exclusions = accounts.auditExclusions, !exclusions.value.isEmpty {
            let reasons = LocalizedText.list(exclusions.value.map(\.name))
            unmet.add("The members could not disapply the audit for \(year): \(reasons.en) (s.84(3)).",
                      "Ni allai'r aelodau hepgor yr archwiliad ar gyfer \(year): \(reasons.cy) (a.84(3)).",
                      evidence: [EvidenceCitation(exclusions.location)])
        }
        // The size tests look at the preceding year of account (s.84(1), s.85): its own
        // summary, or the comparatives these accounts give.
        let precedingSummary = input.evidence.accounts.first { $0.period.value.end == year.start.adding(days: -1) }
        let preceding: (turnover: Decimal, assets: Decimal, cite: EvidenceCitation)? = precedingSummary.map {
            ($0.income.total.value, $0.totalAssets ?? 0, EvidenceCitation($0.income.total.location))
        } ?? accounts.precedingYear.map { ($0.value.income, $0.value.totalAssets, EvidenceCitation($0.location)) }
        let precedingYear = DatePeriod(start: year.start.adding(months: -12), end: year.start.adding(days: -1))
        if let preceding {
            let (turnover, assets) = (preceding.turnover, preceding.assets)
            measures.append(Measure("preceding-year-turnover", turnover.double))
            let precedingCite = [preceding.cite]
            if input.manifest.organisation.charitable, turnover > options.charityAuditTurnover {
                unmet.add("A charity with gross income of £\(turnover) in the preceding year (\(precedingYear)) must have its accounts audited; they had \(scrutiny.value.name.en).",
                          "Rhaid i elusen ag incwm gros o £\(turnover) yn y flwyddyn flaenorol (\(precedingYear)) gael archwilio ei chyfrifon; yr hyn a gawsant: \(scrutiny.value.name.cy).",
                          evidence: precedingCite + cite)
            } else if !input.manifest.organisation.charitable, turnover > options.auditTurnover {
                unmet.add("With turnover of £\(turnover) in the preceding year (\(precedingYear)) the accounts must be audited; they had \(scrutiny.value.name.en).",
                          "Gyda throsiant o £\(turnover) yn y flwyddyn flaenorol (\(precedingYear)) rhaid archwilio'r cyfrifon; yr hyn a gawsant: \(scrutiny.value.name.cy).",
                          evidence: precedingCite + cite)
            }
            if assets > options.auditAssets {
                unmet.add("With assets of £\(assets) at the end of the preceding year (\(precedingYear)) the accounts must be audited; they had \(scrutiny.value.name.en).",
                          "Gydag asedau o £\(assets) ar ddiwedd y flwyddyn flaenorol (\(precedingYear)) rhaid archwilio'r cyfrifon; yr hyn a gawsant: \(scrutiny.value.name.cy).",
                          evidence: precedingCite + cite)
            }
            if turnover > options.accountantReportTurnover, scrutiny.value != .accountantReport {
                unmet.add("With turnover of £\(turnover) in the preceding year an accountant's report is needed when the audit is disapplied; the accounts had \(scrutiny.value.name.en).",
                          "Gyda throsiant o £\(turnover) yn y flwyddyn flaenorol mae angen adroddiad cyfrifydd pan hepgorir yr archwiliad; yr hyn a gafodd y cyfrifon: \(scrutiny.value.name.cy).",
                          evidence: precedingCite + cite)
            }
        }
        let resolution = disapplication(for: year, in: input, citing: cite, unmet: &unmet, measures: &measures, options: options)
        if let failure = unmet.failure(measures: measures) { return failure }
        guard let preceding, let resolution else {
            return .notEvidenced("The members disapplied the audit for \(year), but the bundle shows nothing of the preceding year (ending \(year.start.adding(days: -1))) to prove the society was small enough to: add that year's accounts summary, or its figures as preceding-year.",
                                 "Hepgorodd yr aelodau'r archwiliad ar gyfer \(year), ond nid yw'r bwndel yn dangos dim o'r flwyddyn flaenorol (yn dod i ben \(year.start.adding(days: -1))) i brofi bod y gymdeithas yn ddigon bach i wneud hynny: ychwanegwch grynodeb cyfrifon y flwyddyn honno, neu ei ffigurau fel preceding-year.",
                                 evidence: cite)
        }
        return .pass("The members disapplied the audit for \(year) in time, and the accounts had the scrutiny their size needs (\(scrutiny.value.name.en)).",
                     "Hepgorodd yr aelodau'r archwiliad ar gyfer \(year) mewn pryd, a chafodd y cyfrifon y craffu sydd ei angen ar gyfer eu maint (\(scrutiny.value.name.cy)).",
                     evidence: cite + [EvidenceCitation(resolution.location), preceding.cite], measures: measures)
    }

    /// The resolution that disapplied the audit for `year`: passed at a general meeting, for
    /// that year (its `year-end`, or the year it was passed in), before the year ended, with
    /// under the limit against. Adds what is wrong with the candidates to `unmet`.
    private func disapplication(for year: DatePeriod, in input: CheckInput, citing: [EvidenceCitation], unmet: inout UnmetConditions,
                                measures: inout [Measure], options: Options) -> Meeting.Resolution? {
        let passed = input.evidence.meetings.filter(\.kind.value.isGeneralMeeting).flatMap { meeting in
            meeting.resolutions.filter { $0.kind == .auditDisapplication && $0.result == .passed }.map { (meeting: meeting, resolution: $0) }
        }
        let forThisYear = passed.filter { $0.resolution.yearEnd.map { $0.value == year.end } ?? year.contains($0.meeting.date.value) }
        let inTime = forThisYear.filter { $0.meeting.date.value <= year.end }
        guard let chosen = inTime.last else {
            if let late = forThisYear.last {
                unmet.add("The resolution not to audit the accounts for \(year) was passed on \(late.meeting.date.value), after the year ended; it must be passed before \(year.end).",
                          "Pasiwyd y penderfyniad i beidio ag archwilio'r cyfrifon ar gyfer \(year) ar \(late.meeting.date.value), ar ôl i'r flwyddyn ddod i ben; rhaid ei basio cyn \(year.end).",
                          evidence: [EvidenceCitation(late.resolution.location)])
            } else if let other = passed.last(where: { $0.meeting.date.value <= input.auditDate }) {
                let end = other.resolution.yearEnd?.value
                unmet.add("No general meeting resolved not to audit the accounts for \(year); the resolution of \(other.meeting.date.value) is for \(end.map { "the year ending \($0)" } ?? "another year").",
                          "Ni phenderfynodd unrhyw gyfarfod cyffredinol beidio ag archwilio'r cyfrifon ar gyfer \(year); mae penderfyniad \(other.meeting.date.value) ar gyfer \(end.map { "y flwyddyn sy'n dod i ben \($0)" } ?? "blwyddyn arall").",
                          evidence: [EvidenceCitation(other.resolution.location)])
            } else {
                unmet.add("No general meeting resolved not to audit the accounts for \(year), so they needed an audit.",
                          "Ni phenderfynodd unrhyw gyfarfod cyffredinol beidio ag archwilio'r cyfrifon ar gyfer \(year), felly roedd angen archwiliad.",
                          evidence: citing)
            }
            return nil
        }
        let resolution = chosen.resolution
        let voting = (resolution.votesFor ?? 0) + (resolution.votesAgainst ?? 0)
        let against = voting == 0 ? 0 : Double(resolution.votesAgainst ?? 0) * 100 / Double(voting)
        measures.append(Measure("against-percent", against))
        if against >= options.maxAgainstPercent {
            unmet.add("\(formatted(against))% of the members voting opposed disapplying the audit on \(chosen.meeting.date.value); the law allows under \(formatted(options.maxAgainstPercent))%.",
                      "Roedd \(formatted(against))% o'r aelodau a bleidleisiodd yn erbyn hepgor yr archwiliad ar \(chosen.meeting.date.value); mae'r gyfraith yn caniatáu llai na \(formatted(options.maxAgainstPercent))%.",
                      evidence: [EvidenceCitation(resolution.location)])
        }
        return resolution
    }
}
