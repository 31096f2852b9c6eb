import NodCore

extension EvidenceKind {
    /// The responsible individual's visits, one Markdown file each (CARE-01).
    package static let visits = EvidenceKind.markdownDocuments("ri-visits", folder: "visits/", template: """
            One file per responsible-individual visit, named like 2025-07-15-ri-visit.md:
            ---
            kind: ri-visit
            date: 2025-07-15
            place: Dyffryn Tywi
            people-spoken-to: 6
            staff-met: 5
            records-checked: [care plans, medication records]
            ---
            Notes of the visit.

            """, into: \.visits)
}
