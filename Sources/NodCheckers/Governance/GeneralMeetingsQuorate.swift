import Foundation
import NodCore
package import NodEngine
package import NodEvidence
package import NodYAML

/// GOV-04: general meetings were quorate: members present plus proxies reached the quorum
/// of the constitution (default the larger of 2 and 10% of members on the day).
/// Finds each meeting's attendance against its quorum.
package struct GeneralMeetingsQuorate: Checker {
    package struct Options: YAMLReadable, Sendable {
        package var defaultQuorum: Quorum
        package init(yaml: YAMLValue) throws(YAMLError) {
            let fields = try yaml.mapping(["default-quorum"])
            defaultQuorum = try fields.optional("default-quorum", as: Quorum.self) ?? Quorum(minimum: 2, percent: 10)
        }
    }

    package static let id = "general-meetings-quorate"
    package static let summary = "Members present plus proxies reached the quorum at every general meeting; finds attendance against quorum."
    package static let examples = [
        CheckerExample("8 present of 8 members", expect: .pass),
        CheckerExample("one member present", expect: .fail, files: [
            "minutes/2025-09-20-agm.md": ExampleBundle.agm(date: "2025-09-20", notice: "2025-09-01", attendance: "{ workers: 0 }"),
        ]),
        CheckerExample("a constitution quorum of at least ten", expect: .fail, files: [
            "manifest.yaml": ExampleBundle.manifest().replacingOccurrences(of: "  notice-days: 14", with: "  notice-days: 14\n  quorum: { general: \"max(10, 10%)\" }"),
        ]),
        CheckerExample("attendance not recorded", expect: .fail, files: [
            "minutes/2025-09-20-agm.md": ExampleBundle.agm(date: "2025-09-20", notice: "2025-09-01")
                .replacingOccurrences(of: "attendance: { workers: 5, community: 2 }\n", with: ""),
        ]),
        CheckerExample("members who left before the meeting are not counted", expect: .pass, files: [
            EvidenceKind.members.path: "member_id,class,joined,left\n" + (1...100).map { "M\($0),workers,2015-01-01,\($0 <= 95 ? "2025-01-31" : "")" }.joined(separator: "\n") + "\n",
            "manifest.yaml": ExampleBundle.manifest(classes: "[workers]"),
            "minutes/2025-09-20-agm.md": ExampleBundle.agm(date: "2025-09-20", notice: "2025-09-01", attendance: "{ workers: 3 }"),
        ]),
        CheckerExample("no member register", expect: .notEvidenced, files: [EvidenceKind.members.path: nil]),
    ]

    package init() {}

    package func check(_ input: CheckInput, options: Options) throws -> CheckOutcome {
        let meetings = input.evidence.meetings([.agm, .general], in: input.period)
        guard !meetings.isEmpty else {
            return .notEvidenced("No minutes of a general meeting in the period.", "Dim cofnodion cyfarfod cyffredinol yn y cyfnod.")
        }
        guard let members = try input.evidence.members.records() else {
            return .notEvidenced("No member register (members/register.csv), so the quorum cannot be worked out.",
                                 "Dim cofrestr aelodau (members/register.csv), felly nid oes modd cyfrifo'r cworwm.")
        }
        let quorum = input.manifest.constitution.quorum.general ?? options.defaultQuorum
        var unmet = UnmetConditions()
        var measures: [Measure] = []
        for meeting in meetings {
            guard let attendance = meeting.attendance else {
                unmet.add("The \(meeting.kind.value.name.en) on \(meeting.date.value) does not record attendance.",
                          "Nid yw'r \(meeting.kind.value.name.cy) ar \(meeting.date.value) yn cofnodi presenoldeb.", evidence: [meeting.citation])
                continue
            }
            let eligible = input.evidence.memberCount(on: meeting.date.value, members: members)
            let needed = quorum.required(of: eligible)
            let present = meeting.membersPresent + meeting.proxies
            if present < needed {
                unmet.add("The \(meeting.kind.value.name.en) on \(meeting.date.value) had \(present) members present or by proxy; the quorum was \(needed) (\(quorum) of \(eligible)).",
                          "Roedd \(present) aelod yn bresennol neu drwy ddirprwy yn y \(meeting.kind.value.name.cy) ar \(meeting.date.value); y cworwm oedd \(needed) (\(quorum) o \(eligible)).",
                          evidence: [EvidenceCitation(attendance.location)])
                if measures.isEmpty { measures = [Measure("present-and-proxies", Double(present)), Measure("quorum", Double(needed))] }
            }
        }
        if let failure = unmet.failure(measures: measures) { return failure }
        return .pass("Every general meeting in the period was quorate.", "Roedd cworwm ym mhob cyfarfod cyffredinol yn y cyfnod.",
                     evidence: meetings.compactMap { $0.attendance.map { EvidenceCitation($0.location) } })
    }
}

