import NodCore

extension EvidenceKind {
    /// Six-monthly quality-of-care reviews, one Markdown file each (CARE-02).
    package static let reviews = EvidenceKind.markdownDocuments("quality-reviews", folder: "reviews/", template: """
            One file per quality-of-care review (at least six-monthly), named like 2025-09-30-quality-of-care.md:
            ---
            kind: quality-of-care-review
            date: 2025-09-30
            period: { start: 2025-04-01, end: 2025-09-30 }
            covers: [engagement, incidents, safeguarding, whistleblowing, complaints, records-audit]
            recommendations: 3
            consulted: [service-users, carers, workers]
            ---
            The review.

            """, into: \.reviews)
}
