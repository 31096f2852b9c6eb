import NodCore

extension EvidenceKind {
    /// Social accounts and SROI summaries, one YAML file each.
    package static let socialValue = EvidenceKind.yamlDocuments("social-value-summaries", folder: "social-value/", template: """
            One YAML file per social account, named like 2024-25-sroi.yaml:
            method: sroi              # sroi | prove-it | balanced-scorecard | other
            period: { start: 2024-04-01, end: 2025-03-31 }
            ratio: 4.20
            stakeholders-engaged: [workers, service-users, carers, community]
            sensitivity-analysis: true
            assured-by: "Name of the assurer"
            presented-at: minutes/2025-09-20-agm.md

            """, into: \.socialValue)
}
