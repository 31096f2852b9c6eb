import Foundation
import NodCore
package import NodEngine
import NodEvidence

/// CARE-08: the views of people supported were sought in each half of the period, by a survey
/// or a members' forum they took part in. Finds a half-year without either.
package struct ViewsSought: Checker {
    package typealias Options = NoOptions
    package static let id = "views-sought"
    package static let summary = "People's views were sought in each half-year by survey or forum; finds a half without."
    package static let examples = [
        CheckerExample("surveys in June, November and February", expect: .pass),
        CheckerExample("nothing between April and September", expect: .fail, files: [
            "surveys/2025-06-voice.yaml": nil, "surveys/2025-06-voice.csv": nil,
        ]),
        CheckerExample("a forum with service users instead of a summer survey", expect: .pass, files: [
            "surveys/2025-06-voice.yaml": nil, "surveys/2025-06-voice.csv": nil,
            "minutes/2025-07-02-members-forum.md": "---\nmeeting: members-forum\ndate: 2025-07-02\nattendance: { service-users: 6 }\n---\nForum.\n",
        ]),
    ]

    package init() {}

    package func check(_ input: CheckInput, options: NoOptions) throws -> CheckOutcome {
        let users: [StakeholderClass] = [.serviceUsers, .carers]
        let middle = input.period.start.adding(months: 6)
        let halves = [DatePeriod(start: input.period.start, end: middle.adding(days: -1)), DatePeriod(start: middle, end: input.period.end)]
        var evidence: [EvidenceCitation] = []
        for half in halves {
            let survey = input.evidence.surveys.first {
                users.contains($0.description.population.value) && half.contains($0.description.fielded.value.start)
            }
            let forum = input.evidence.meetings([.membersForum, .general, .agm], in: half).first {
                ($0.attendance?.value.values.contains { users.contains($0.key) && $0.value > 0 } ?? false)
                    || $0.coProduction.contains { $0.with.contains(where: users.contains) }
            }
            if let survey { evidence.append(EvidenceCitation(survey.description.fielded.location)) }
            else if let forum { evidence.append(forum.citation) }
            else {
                return .fail("No survey or forum sought the views of people supported between \(half.start) and \(half.end).",
                             "Ni cheisiodd unrhyw arolwg na fforwm farn y bobl a gefnogir rhwng \(half.start) a \(half.end).",
                             evidence: evidence)
            }
        }
        return .pass("People's views were sought in both halves of the period.", "Ceisiwyd barn pobl yn nau hanner y cyfnod.", evidence: evidence)
    }
}
