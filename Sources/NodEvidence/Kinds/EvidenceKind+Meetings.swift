import NodCore

extension EvidenceKind {
    /// Minutes of general and board meetings, one Markdown file each with front matter.
    package static let meetings = EvidenceKind.markdownDocuments("meetings", folder: "minutes/", template: """
            One file per meeting, named like 2025-09-20-agm.md. Copy everything between the lines.
            Un ffeil i bob cyfarfod. Copïwch bopeth rhwng y llinellau.
            ----------------------------------------------------------------
            ---
            meeting: agm            # agm | general | board | members-forum | committee
            date: 2025-09-20
            notice-given: 2025-09-01
            attendance: { workers: 12, service-users: 8, carers: 2, community: 3 }
            proxies: 2
            # directors-present: [D01, D02]          (board meetings)
            # conflicts-declared: [ { director: D02, item: "contract", withdrew: true } ]
            agenda: [accounts, elections]
            elections:
              - { member_id: M014, class: service-users, seat: board, result: elected }
            resolutions:
              - { id: R1, kind: accounts-approval, text: "Approve the accounts", result: passed, for: 22, against: 1, abstain: 2 }
            co-production:
              - { decision: "New evening visit rota", with: [service-users, carers] }
            published: 2025-10-02
            languages: [cy, en]
            ---
            The minutes' text.
            ----------------------------------------------------------------

            """, into: \.meetings)
}

extension EvidenceModel {
    /// The minutes, sorted by date then path (a property of its own: the checkers' helper
    /// `meetings(_:in:)` shares the name, which dynamic member lookup would not see past).
    package var meetings: [Meeting] {
        get { parsed.meetings }
        set { parsed.meetings = newValue }
    }
}
