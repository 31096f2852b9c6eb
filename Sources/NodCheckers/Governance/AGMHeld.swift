import Foundation
import NodCore
package import NodEngine
import NodEvidence
package import NodYAML

/// GOV-01: an AGM was held in the period, and not too long after the one before.
/// Finds the AGMs in the period and the gap in months since the previous AGM.
package struct AGMHeld: Checker {
    package struct Options: YAMLReadable, Sendable {
        package var maxMonthsBetween: Double
        package init(yaml: YAMLValue) throws(YAMLError) {
            let fields = try yaml.mapping(["max-months-between"])
            maxMonthsBetween = try fields.optional("max-months-between", as: Double.self) ?? 15
        }
    }

    package static let id = "agm-held"
    package static let summary = "An AGM was held in the period, at most N months after the previous one; finds the AGMs and the gap."
    package static let examples = [
        CheckerExample("annual AGMs", expect: .pass),
        CheckerExample("no AGM in the period, the last one before it", expect: .fail, files: ["minutes/2025-09-20-agm.md": nil]),
        CheckerExample("no minutes at all", expect: .notEvidenced, files: [
            "minutes/2025-09-20-agm.md": nil, "minutes/2024-09-21-agm.md": nil, "minutes/2025-06-11-board.md": nil,
            "minutes/2025-12-10-board.md": nil, "minutes/2025-11-19-members-forum.md": nil,
        ]),
        CheckerExample("the period's AGM minutes mistyped", expect: .error, files: [
            "minutes/2025-09-20-agm.md": ExampleBundle.agm(date: "2025-09-20", notice: "2025-09-01")
                .replacingOccurrences(of: "notice-given:", with: "notice-sent:"),
        ]),
        CheckerExample("AGM 17 months after the last", expect: .fail, files: [
            "minutes/2024-09-21-agm.md": nil,
            "minutes/2024-04-20-agm.md": ExampleBundle.agm(date: "2024-04-20", notice: "2024-04-01"),
        ]),
        CheckerExample("a tighter threshold from the profile", expect: .fail, parameters: "max-months-between: 11.5"),
        CheckerExample("first AGM of a new co-op", expect: .pass, files: ["minutes/2024-09-21-agm.md": nil]),
        CheckerExample("AGM on the last day of the period counts", expect: .pass, files: [
            "minutes/2025-09-20-agm.md": nil, "social-value/2024-25.yaml": nil,
            "minutes/2026-03-31-agm.md": ExampleBundle.agm(date: "2026-03-31", notice: "2026-03-10"),
        ], parameters: "max-months-between: 19"),
        CheckerExample("AGM the day after the period does not", expect: .fail, files: [
            "minutes/2025-09-20-agm.md": nil,
            "minutes/2026-04-01-agm.md": ExampleBundle.agm(date: "2026-04-01", notice: "2026-03-10"),
        ]),
    ]

    package init() {}

    package func check(_ input: CheckInput, options: Options) throws -> CheckOutcome {
        let agms = input.evidence.meetings.filter { $0.kind.value == .agm }
        guard let latest = agms.last(where: { input.period.contains($0.date.value) }) else {
            try input.requireAllReadable(.meetings)
            if let before = agms.last(where: { $0.date.value < input.period.start }) {
                let gap = before.date.value.months(until: input.period.end), months = formatted(gap)
                return .fail("No AGM in the period \(input.period.start) to \(input.period.end); the last AGM minuted was on \(before.date.value), \(months) months before the period ended.",
                             "Dim CCB yn y cyfnod \(input.period.start) i \(input.period.end); cynhaliwyd y CCB diwethaf a gofnodwyd ar \(before.date.value), \(months) mis cyn diwedd y cyfnod.",
                             evidence: [before.citation], measures: [Measure("months-since-previous-agm", gap)])
            }
            if let minuted = input.evidence.meetings.first(where: { input.period.contains($0.date.value) }) {
                return .fail("The minutes of the period show no AGM between \(input.period.start) and \(input.period.end).",
                             "Nid yw cofnodion y cyfnod yn dangos CCB rhwng \(input.period.start) a \(input.period.end).",
                             evidence: [minuted.citation])
            }
            return .notEvidenced("No minutes of an AGM held between \(input.period.start) and \(input.period.end).",
                                 "Dim cofnodion cyfarfod cyffredinol blynyddol rhwng \(input.period.start) a \(input.period.end).")
        }
        guard let previous = agms.last(where: { $0.date.value < latest.date.value }) else {
            return .pass("AGM held on \(latest.date.value); no earlier AGM minutes to measure the gap from.",
                         "Cynhaliwyd y CCB ar \(latest.date.value); dim cofnodion CCB cynharach i fesur y bwlch.",
                         evidence: [latest.citation])
        }
        let gap = previous.date.value.months(until: latest.date.value)
        let measures = [Measure("months-since-previous-agm", gap)]
        let evidence = [previous.citation, latest.citation]
        if gap > options.maxMonthsBetween {
            return .fail("AGM on \(latest.date.value) came \(formatted(gap)) months after the previous one (\(previous.date.value)); the limit is \(formatted(options.maxMonthsBetween)).",
                         "Daeth y CCB ar \(latest.date.value) \(formatted(gap)) mis ar ôl yr un blaenorol (\(previous.date.value)); y terfyn yw \(formatted(options.maxMonthsBetween)).",
                         evidence: evidence, measures: measures)
        }
        return .pass("AGM held on \(latest.date.value), \(formatted(gap)) months after the previous one.",
                     "Cynhaliwyd y CCB ar \(latest.date.value), \(formatted(gap)) mis ar ôl yr un blaenorol.",
                     evidence: evidence, measures: measures)
    }
}
