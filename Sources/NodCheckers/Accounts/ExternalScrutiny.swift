package import Foundation
import NodCore
package import NodEngine
import NodEvidence
package import NodYAML

/// FIN-02: the accounts had the scrutiny the law asks for their size: an audit above the
/// thresholds; otherwise a members' resolution disapplying audit (under 20% against) and, above
/// £90k turnover, an accountant's report. Finds the turnover, the scrutiny and the resolution.
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
            maxAgainstPercent = try fields.optional("max-against-percent", as: Double.self) ?? 20
        }
    }

    package static let id = "external-scrutiny"
    package static let summary = "The accounts had the audit or report their size requires; finds turnover, scrutiny and the members' resolution."
    static let bigger = ExampleBundle.accounts.replacingOccurrences(of: "income: { total: 85000", with: "income: { total: 120000")
        .replacingOccurrences(of: "expenditure: { total: 81000", with: "expenditure: { total: 116000")
    package static let examples = [
        CheckerExample("small society, audit disapplied, examined", expect: .pass),
        CheckerExample("no resolution disapplying audit", expect: .fail, files: [
            "minutes/2024-09-21-agm.md": ExampleBundle.agm(date: "2024-09-21", notice: "2024-09-02"),
        ]),
        CheckerExample("a quarter voted against disapplying audit", expect: .fail, files: [
            "minutes/2024-09-21-agm.md": ExampleBundle.agm(date: "2024-09-21", notice: "2024-09-02",
                resolutions: "  - { id: R2, kind: audit-disapplication, result: passed, for: 6, against: 2, abstain: 0 }"),
        ]),
        CheckerExample("over £90k with only an independent examination", expect: .fail, files: ["accounts/2024-25.yaml": bigger]),
        CheckerExample("over £90k with an accountant's report", expect: .pass, files: [
            "accounts/2024-25.yaml": bigger.replacingOccurrences(of: "independent-examination", with: "accountant-report"),
        ]),
        CheckerExample("a charity over £250k must be audited", expect: .fail, files: [
            "manifest.yaml": ExampleBundle.manifest().replacingOccurrences(of: "legal-form: co-operative-society", with: "legal-form: community-benefit-society\n  charitable: true"),
            "accounts/2024-25.yaml": bigger.replacingOccurrences(of: "total: 120000", with: "total: 300000")
                .replacingOccurrences(of: "total: 116000", with: "total: 296000").replacingOccurrences(of: "independent-examination", with: "accountant-report"),
        ]),
        CheckerExample("no accounts", expect: .notEvidenced, files: ["accounts/2024-25.yaml": nil]),
    ]

    package init() {}

    package func check(_ input: CheckInput, options: Options) throws -> CheckOutcome {
        guard let accounts = try input.judgedAccounts() else { return CheckInput.noJudgedAccounts }
        guard let scrutiny = accounts.scrutiny else {
            return .notEvidenced("The accounts for \(accounts.period.value) do not say what scrutiny they had (scrutiny).",
                                 "Nid yw'r cyfrifon ar gyfer \(accounts.period.value) yn dweud pa graffu a gawsant (scrutiny).",
                                 evidence: [EvidenceCitation(accounts.period.location)])
        }
        let turnover = accounts.income.total.value
        let assets = accounts.totalAssets ?? 0
        let measures = [Measure("turnover", turnover.double)]
        let cite = [EvidenceCitation(scrutiny.location)]
        let auditRequired = input.manifest.organisation.charitable
            ? turnover > options.charityAuditTurnover
            : turnover > options.auditTurnover || assets > options.auditAssets
        if scrutiny.value == .audit {
            return .pass("The accounts for \(accounts.period.value) were audited.", "Archwiliwyd y cyfrifon ar gyfer \(accounts.period.value).",
                         evidence: cite, measures: measures)
        }
        if auditRequired {
            return .fail("With turnover of £\(turnover) the accounts must be audited; they had: \(scrutiny.value.rawValue).",
                         "Gyda throsiant o £\(turnover) rhaid archwilio'r cyfrifon; yr hyn a gawsant: \(scrutiny.value.rawValue).",
                         evidence: cite, measures: measures)
        }
        let window = DatePeriod(start: accounts.period.value.start.adding(months: -12), end: input.auditDate)
        let resolutions = input.evidence.meetings([.agm, .general], in: window).flatMap(\.resolutions)
            .filter { $0.kind == .auditDisapplication && $0.result == .passed }
        guard let resolution = resolutions.last else {
            return .fail("No general meeting resolved not to audit the accounts for \(accounts.period.value), so they needed an audit.",
                         "Ni phenderfynodd unrhyw gyfarfod cyffredinol beidio ag archwilio'r cyfrifon ar gyfer \(accounts.period.value), felly roedd angen archwiliad.",
                         evidence: cite, measures: measures)
        }
        let cast = (resolution.votesFor ?? 0) + (resolution.votesAgainst ?? 0)
        let against = cast == 0 ? 0 : Double(resolution.votesAgainst ?? 0) * 100 / Double(cast)
        if against >= options.maxAgainstPercent {
            return .fail("\(formatted(against))% of votes cast opposed disapplying the audit; the law allows under \(formatted(options.maxAgainstPercent))%.",
                         "Roedd \(formatted(against))% o'r pleidleisiau a fwriwyd yn erbyn hepgor yr archwiliad; mae'r gyfraith yn caniatáu llai na \(formatted(options.maxAgainstPercent))%.",
                         evidence: [EvidenceCitation(resolution.location)], measures: measures + [Measure("against-percent", against)])
        }
        if turnover > options.accountantReportTurnover, scrutiny.value != .accountantReport {
            return .fail("With turnover of £\(turnover) an accountant's report is needed; the accounts had: \(scrutiny.value.rawValue).",
                         "Gyda throsiant o £\(turnover) mae angen adroddiad cyfrifydd; yr hyn a gafodd y cyfrifon: \(scrutiny.value.rawValue).",
                         evidence: cite, measures: measures)
        }
        return .pass("Audit was disapplied by the members and the accounts had the scrutiny their size needs (\(scrutiny.value.rawValue)).",
                     "Hepgorwyd yr archwiliad gan yr aelodau a chafodd y cyfrifon y craffu sydd ei angen ar gyfer eu maint (\(scrutiny.value.rawValue)).",
                     evidence: cite + [EvidenceCitation(resolution.location)], measures: measures)
    }
}
