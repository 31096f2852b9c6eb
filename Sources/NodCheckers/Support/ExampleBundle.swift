import Foundation
import NodEvidence
import NodCore

/// The bundle every checker example starts from: a small Welsh worker co-op whose
/// evidence meets every governance, stakeholder and accounts rule for the year
/// 2025-04-01 – 2026-03-31, audited on 2026-06-30. Examples replace, add or remove files.
package enum ExampleBundle {
    package static func manifest(model: String = "worker", classes: String = "[workers, community]", extra: String = "") -> String {
        """
        bundle-format: 1
        organisation:
          name: Cydweithfa Enghreifftiol Cyf.
          model: \(model)
          legal-form: co-operative-society
          nation: wales
          regulated-service: false
        period: { start: 2025-04-01, end: 2026-03-31 }
        stakeholder-classes: \(classes)
        constitution:
          notice-days: 14
          interest-cap-percent: 5
          dividend-cap-percent: 0
          asset-lock: true
        policies:
          - { id: membership, file: policies/membership.md, reviewed: 2025-09-20, languages: [cy, en] }
        \(carePolicies)
        memberships:
          - { name: Cwmpas, since: 2019-05-01 }
        welsh-language: { staff-total: 6, staff-welsh-speaking: 3, users-total: 40, users-language-recorded: 40, users-preferring-welsh: 6, users-served-in-welsh: 6 }
        \(extra)
        """
    }

    package static let members = """
    member_id,class,joined,left,votes
    M01,workers,2017-03-01,,1
    M02,workers,2018-06-01,,1
    M03,workers,2019-01-15,,1
    M04,workers,2021-09-01,,1
    M05,workers,2024-02-01,,1
    M06,workers,2025-05-01,,1
    M07,community,2020-01-01,,1
    M08,community,2023-07-01,,1

    """

    package static let directors = """
    director_id,class,route,first_elected,member_id,last_elected,trained,left
    D1,workers,elected,2019-09-14,M02,2025-09-20,2019-11-01,
    D2,workers,elected,2022-09-17,M03,2025-09-20,2022-10-01,
    D3,community,elected,2023-09-16,M07,2025-09-20,2023-10-01,

    """

    package static let staff = """
    staff_id,role,started,left,member_id
    S1,care-worker,2017-03-01,,M01
    S2,care-worker,2018-06-01,,M02
    S3,care-coordinator,2019-01-15,,M03
    S4,care-worker,2021-09-01,,M04
    S5,care-worker,2024-02-01,,M05
    S6,care-worker,2025-05-01,,M06

    """

    package static func agm(date: String, notice: String, attendance: String = "{ workers: 5, community: 2 }",
                           agenda: String = "[accounts, elections]", resolutions: String = "",
                           elections: String = "[M02, M03, M07]") -> String {
        """
        ---
        meeting: agm
        date: \(date)
        notice-given: \(notice)
        attendance: \(attendance)
        proxies: 1
        agenda: \(agenda)
        elections: \(Self.elections(elections))
        resolutions:
          - { id: R1, kind: accounts-approval, result: passed, for: 7, against: 0, abstain: 0 }
        \(resolutions)
        published: 2025-10-01
        languages: [cy, en]
        ---
        Minutes of the annual general meeting.

        """
    }

    /// `[M02, M03]` as the minutes' list of board elections won.
    static func elections(_ members: String) -> String {
        let ids = members.trimmingCharacters(in: CharacterSet(charactersIn: "[] ")).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        return "[" + ids.filter { !$0.isEmpty }.map { "{ member_id: \($0), seat: board, result: elected }" }.joined(separator: ", ") + "]"
    }

    package static func board(date: String, present: String = "[D1, D2, D3]", conflicts: String = "[]") -> String {
        """
        ---
        meeting: board
        date: \(date)
        directors-present: \(present)
        conflicts-declared: \(conflicts)
        ---
        Board minutes.

        """
    }

    package static let accounts = """
    period: { start: 2024-04-01, end: 2025-03-31 }
    income: { total: 85000, trading: 80000, grants: 5000 }
    expenditure: { total: 81000, staff: 70000 }
    surplus: 4000
    total-assets: 30000
    share-capital: 800
    interest-on-shares: 0
    distributions: { member-dividend: 0, equity-dividend: 0, community: 500 }
    scrutiny: independent-examination
    published: 2025-10-01

    """

    /// The year before the judged one: the audit exemption's size tests look at it.
    package static let precedingAccounts = """
    period: { start: 2023-04-01, end: 2024-03-31 }
    income: { total: 78000, trading: 74000, grants: 4000 }
    expenditure: { total: 76500, staff: 66000 }
    surplus: 1500
    total-assets: 26000
    share-capital: 750
    interest-on-shares: 0
    scrutiny: independent-examination
    published: 2024-09-02

    """

    /// The base bundle's files, by path.
    package static var files: [String: String] {
        [
            "manifest.yaml": manifest(),
            "policies/membership.md": "Membership is open to every worker after probation.\n",
            EvidenceKind.members.path: members,
            EvidenceKind.directors.path: directors,
            EvidenceKind.education.path: "date,topic,attended\n2025-10-11,Reading the accounts,6\n",
            EvidenceKind.staff.path: staff,
            "minutes/2024-09-21-agm.md": agm(
                date: "2024-09-21", notice: "2024-09-02",
                resolutions: "  - { id: R2, kind: audit-disapplication, result: passed, for: 7, against: 0, abstain: 1 }"),
            "minutes/2025-09-20-agm.md": agm(
                date: "2025-09-20", notice: "2025-09-01",
                resolutions: "  - { id: R2, kind: community-policy, result: passed, for: 7, against: 0, abstain: 0 }"),
            "minutes/2025-06-11-board.md": board(date: "2025-06-11"),
            "minutes/2025-12-10-board.md": board(date: "2025-12-10", present: "[D1, D3]",
                                                  conflicts: "[{ director: D2, item: pay review, withdrew: true }]"),
            "accounts/2023-24.yaml": precedingAccounts,
            "accounts/2024-25.yaml": accounts,
            "regulator/fca-annual-return-2025.yaml": "kind: fca-annual-return\nsubmitted: 2025-10-20\nyear-end: 2025-03-31\n",
        ].merging(careFiles) { base, _ in base }
    }
}
