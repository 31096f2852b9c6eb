import Foundation
import NodCore
package import NodEngine
import NodEvidence

/// SV-01: an annual social-impact account was presented to the members at a general meeting
/// held in the period. Finds the summary and the meeting.
package struct SocialAccountPresented: Checker {
    package typealias Options = NoOptions
    package static let id = "social-account-presented"
    package static let summary = "A social-value summary was presented at a general meeting in the period; finds both."
    package static let examples = [
        CheckerExample("presented at the AGM", expect: .pass),
        CheckerExample("presented at a board meeting", expect: .fail, files: [
            "social-value/2024-25.yaml": "method: prove-it\npresented-at: minutes/2025-06-11-board.md\n",
        ]),
        CheckerExample("no social-value summary", expect: .notEvidenced, files: ["social-value/2024-25.yaml": nil]),
    ]

    package init() {}

    package func check(_ input: CheckInput, options: NoOptions) throws -> CheckOutcome {
        guard !input.evidence.socialValue.isEmpty else {
            return .notEvidenced("No social-value summary (social-value/*.yaml).", "Dim crynodeb gwerth cymdeithasol (social-value/*.yaml).")
        }
        let generalMeetings = input.evidence.meetings([.agm, .general], in: input.period)
        for summary in input.evidence.socialValue {
            if let target = summary.presentedAt, let meeting = generalMeetings.first(where: { $0.path == target.value }) {
                return .pass("The \(summary.method.value.name.en) account was presented to members at the \(meeting.kind.value.name.en) of \(meeting.date.value).",
                             "Cyflwynwyd y cyfrif \(summary.method.value.name.cy) i'r aelodau yn y \(meeting.kind.value.name.cy) ar \(meeting.date.value).",
                             evidence: [EvidenceCitation(target.location), meeting.citation])
            }
        }
        return .fail("No social-value summary was presented at a general meeting held in the period (presented-at).",
                     "Ni chyflwynwyd unrhyw grynodeb gwerth cymdeithasol mewn cyfarfod cyffredinol a gynhaliwyd yn y cyfnod (presented-at).",
                     evidence: input.evidence.socialValue.map { EvidenceCitation($0.method.location) })
    }
}
