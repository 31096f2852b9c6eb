import Foundation
import NodCore
package import NodEngine
import NodEvidence

/// GOV-13: the co-op educates its members (ICA principle 5: education, training and
/// information), so that they can take part in running it: at least one session in the period
/// that members attended. An observation: democratic depth, not a legal duty.
/// Finds the sessions and how many came.
package struct MembersEducated: Checker {
    package typealias Options = NoOptions
    package static let id = "members-educated"
    package static let summary = "At least one member education session in the period, attended; finds the sessions and attendance."
    package static let examples = [
        CheckerExample("two sessions, 14 came", expect: .pass, files: [
            EvidenceKind.education.path: "date,topic,attended\n2025-06-14,Reading the accounts,8\n2026-01-24,What a director does,6\n",
        ], mentioning: ["2 sessions"]),
        CheckerExample("a session nobody came to", expect: .fail, files: [
            EvidenceKind.education.path: "date,topic,attended\n2025-06-14,Reading the accounts,0\n",
        ]),
        CheckerExample("sessions only before the period", expect: .fail, files: [
            EvidenceKind.education.path: "date,topic,attended\n2024-06-14,Reading the accounts,8\n",
        ]),
        CheckerExample("no education log", expect: .notEvidenced, files: [EvidenceKind.education.path: nil]),
    ]

    package init() {}

    package func check(_ input: CheckInput, options: NoOptions) throws -> CheckOutcome {
        guard let sessions = try input.evidence.education.records() else {
            return .notEvidenced("No record of member education (members/education.csv).", "Dim cofnod o addysg aelodau (members/education.csv).")
        }
        let held = sessions.filter { input.period.contains($0.date) && $0.attended > 0 }
        let attended = held.reduce(0) { $0 + $1.attended }
        let measures = [Measure("education-sessions", Double(held.count)), Measure("education-attendance", Double(attended))]
        guard !held.isEmpty else {
            return .fail("No member education session with anyone attending in the period \(input.period.start) to \(input.period.end).",
                         "Dim sesiwn addysg i aelodau gydag unrhyw un yn bresennol yn y cyfnod \(input.period.start) i \(input.period.end).",
                         evidence: [EvidenceCitation(path: EvidenceKind.education.path)], measures: measures)
        }
        let count = CountedNoun.session.counted(held.count)
        return .pass("\(count.startingSentence.en) in the period taught members about their co-op; \(attended) attendances.",
                     "\(count.startingSentence.cy) yn y cyfnod yn addysgu aelodau am eu cydweithfa; \(attended) yn bresennol.",
                     evidence: held.map { EvidenceCitation($0.location) }, measures: measures)
    }
}
