import NodCore

extension EvidenceKind {
    /// Inspection reports, annual returns and rating displays, one YAML file each.
    package static let regulatorDocuments = EvidenceKind.yamlDocuments("regulator-documents", folder: "regulator/", template: """
            One YAML file per document, named as you like (fca-annual-return-2025.yaml):
            kind: fca-annual-return   + submitted: 2025-10-20, year-end: 2025-03-31
            kind: ciw-inspection      + date, ratings: { well-being: good, care-and-support: good,
                                        environment: n/a, leadership-and-management: good }, active-offer: provides
            kind: rating-display      + website: true, premises: true   (or exempt)
            kind: ciw-annual-return   + submitted, languages: [cy, en], complaints-total: 3

            """, into: \.regulatorDocuments)
}
