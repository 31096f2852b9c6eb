import NodCore

extension EvidenceKind {
    /// Summaries of the annual accounts, one YAML file per financial year, in period order.
    package static let accounts = EvidenceKind.yamlDocuments("accounts", folder: "accounts/", template: """
            One YAML file per financial year, named like 2024-25.yaml (money in pounds, as decimals):
            period: { start: 2024-04-01, end: 2025-03-31 }
            income: { total: 812000, trading: 790000, grants: 22000 }
            expenditure: { total: 798000, staff: 640000, training: 12800 }
            surplus: 14000                  # must equal income.total - expenditure.total
            total-assets: 310000
            share-capital: 4200
            interest-on-shares: 0
            distributions: { member-dividend: 0, equity-dividend: 0, community: 5000 }
            reserves: 96000
            scrutiny: accountant-report     # audit | accountant-report | independent-examination | none
            published: 2025-10-02

            """, into: \.accounts, order: { $0.period.value.end < $1.period.value.end })
}
