import Foundation
import NodCore
package import NodEngine
import NodEvidence
package import NodYAML

/// GOV-03: general meetings were called with enough clear days' notice.
/// Finds each general meeting's clear days of notice against the constitution's minimum.
package struct NoticeGiven: Checker {
    package struct Options: YAMLReadable, Sendable {
        package var defaultNoticeDays: Int
        package init(yaml: YAMLValue) throws(YAMLError) {
            let fields = try yaml.mapping(["default-notice-days"])
            defaultNoticeDays = try fields.optional("default-notice-days", as: Int.self) ?? 14
        }
    }

    package static let id = "notice-given"
    package static let summary = "Every general meeting had at least the constitution's clear days of notice; finds the shortest notice."
    package static let examples = [
        CheckerExample("18 clear days", expect: .pass),
        CheckerExample("13 clear days", expect: .fail, files: [
            "minutes/2025-09-20-agm.md": ExampleBundle.agm(date: "2025-09-20", notice: "2025-09-06"),
        ]),
        CheckerExample("exactly 14 clear days", expect: .pass, files: [
            "minutes/2025-09-20-agm.md": ExampleBundle.agm(date: "2025-09-20", notice: "2025-09-05"),
        ]),
        CheckerExample("the constitution asks for 21 days", expect: .fail, files: [
            "manifest.yaml": ExampleBundle.manifest().replacingOccurrences(of: "notice-days: 14", with: "notice-days: 21"),
        ]),
        CheckerExample("notice date not recorded", expect: .fail, files: [
            "minutes/2025-09-20-agm.md": ExampleBundle.agm(date: "2025-09-20", notice: "2025-09-01")
                .replacingOccurrences(of: "notice-given: 2025-09-01\n", with: ""),
        ]),
        CheckerExample("no general meeting", expect: .notEvidenced, files: ["minutes/2025-09-20-agm.md": nil]),
    ]

    package init() {}

    package func check(_ input: CheckInput, options: Options) throws -> CheckOutcome {
        let meetings = input.evidence.meetings([.agm, .general], in: input.period)
        guard !meetings.isEmpty else {
            return .notEvidenced("No minutes of a general meeting in the period.", "Dim cofnodion cyfarfod cyffredinol yn y cyfnod.")
        }
        let required = input.manifest.constitution.noticeDays ?? options.defaultNoticeDays
        var shortest = Int.max
        var unmet = UnmetConditions()
        for meeting in meetings {
            guard let notice = meeting.noticeGiven else {
                unmet.add("The \(meeting.kind.value.name.en) on \(meeting.date.value) does not record when notice was given (notice-given).",
                          "Nid yw'r \(meeting.kind.value.name.cy) ar \(meeting.date.value) yn cofnodi pryd y rhoddwyd rhybudd (notice-given).",
                          evidence: [meeting.citation])
                continue
            }
            let clearDays = notice.value.days(until: meeting.date.value) - 1
            shortest = min(shortest, clearDays)
            if clearDays < required {
                unmet.add("The \(meeting.kind.value.name.en) on \(meeting.date.value) had \(clearDays) clear days' notice; \(required) are required.",
                          "Cafwyd \(CountedNoun.clearDay.counted(clearDays).cy) o rybudd ar gyfer y \(meeting.kind.value.name.cy) ar \(meeting.date.value); mae angen \(required).",
                          evidence: [EvidenceCitation(notice.location)])
            }
        }
        if let failure = unmet.failure(measures: shortest == .max ? [] : [Measure("clear-days-notice", Double(shortest))]) { return failure }
        return .pass("Every general meeting had at least \(required) clear days' notice (shortest: \(shortest)).",
                     "Cafodd pob cyfarfod cyffredinol o leiaf \(required) diwrnod clir o rybudd (byrraf: \(shortest)).",
                     evidence: meetings.compactMap { $0.noticeGiven.map { EvidenceCitation($0.location) } },
                     measures: [Measure("shortest-clear-days-notice", Double(shortest))])
    }
}

