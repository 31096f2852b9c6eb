package import Foundation
package import NodCore
package import NodEngine
import NodEvidence
package import NodYAML

/// CARE-13: fair work for the people who give care: nobody paid below the Real Living Wage
/// in force; domiciliary workers on non-guaranteed hours offered the choice of a contract with
/// minimum hours after three months (SI 2017/1264 reg 41); travel time kept apart from care
/// time (reg 42). Finds, for each, the workers or the practice that falls short.
package struct FairWork: Checker {
    package struct Options: YAMLReadable, Sendable {
        package var roles: [String]
        /// Real Living Wage rates and the day from which each must be paid (six months after
        /// the Living Wage Foundation announces it).
        package var rates: [Rate]
        package var choiceAfterMonths: Int
        package init(yaml: YAMLValue) throws(YAMLError) {
            let fields = try yaml.mapping(["roles", "rates", "choice-after-months"])
            roles = try fields.optional("roles") ?? ["care-worker", "care-coordinator"]
            rates = try fields.optional("rates") ?? [Rate(from: LocalDate(year: 2025, month: 5, day: 1), hourly: 12.60),
                                                      Rate(from: LocalDate(year: 2026, month: 5, day: 1), hourly: 13.45)]
            choiceAfterMonths = try fields.optional("choice-after-months", as: Int.self) ?? 3
        }
    }

    /// An hourly rate, owed from a day.
    package struct Rate: YAMLReadable, Sendable {
        package var from: LocalDate
        package var hourly: Decimal
        init(from: LocalDate?, hourly: Decimal) {
            self.from = from ?? LocalDate(year: 2000, month: 1, day: 1)!
            self.hourly = hourly
        }
        package init(yaml: YAMLValue) throws(YAMLError) {
            let fields = try yaml.mapping(["from", "hourly"])
            from = try fields.required("from")
            hourly = try fields.required("hourly")
        }
    }

    package static let id = "fair-work"
    package static let summary = "Care workers are paid the Real Living Wage, offered guaranteed hours and paid for travel apart from care; finds who is not."
    static let manifest = ExampleBundle.manifest(extra: "workforce: { travel-time-separate: true }")
    static let staff = "staff_id,role,started,left,member_id,hourly_pay,contract,contract_choice_offered\nS1,care-worker,2019-03-01,,M01,12.85,guaranteed,\nS2,care-worker,2025-06-01,,M02,12.85,non-guaranteed,2025-09-01\n"
    package static let examples = [
        CheckerExample("the Real Living Wage, a choice offered after three months, travel apart", expect: .pass,
                       files: ["manifest.yaml": manifest, EvidenceKind.staff.path: staff]),
        CheckerExample("paid £11.44, never offered a choice, travel not kept apart: all three named", expect: .fail, files: [
            "manifest.yaml": ExampleBundle.manifest(extra: "workforce: { travel-time-separate: false }"),
            EvidenceKind.staff.path: staff.replacingOccurrences(of: "M01,12.85", with: "M01,11.44").replacingOccurrences(of: "non-guaranteed,2025-09-01", with: "non-guaranteed,"),
        ], mentioning: ["Real Living Wage", "choice of a contract", "travel time"]),
        CheckerExample("a choice not yet due after two months", expect: .pass, files: [
            "manifest.yaml": manifest,
            EvidenceKind.staff.path: staff.replacingOccurrences(of: "S2,care-worker,2025-06-01,,M02,12.85,non-guaranteed,2025-09-01", with: "S2,care-worker,2026-02-01,,M02,12.85,non-guaranteed,"),
        ]),
        CheckerExample("no pay recorded", expect: .notEvidenced, files: ["manifest.yaml": manifest]),
    ]

    package init() {}

    package func check(_ input: CheckInput, options: Options) throws -> CheckOutcome {
        guard let staff = try input.evidence.staff.records() else {
            return .notEvidenced("No staff register (staff/register.csv).", "Dim cofrestr staff (staff/register.csv).")
        }
        let end = input.period.end
        let workers = staff.filter { options.roles.contains($0.role) && $0.isEmployed(on: end) }
        guard !workers.isEmpty, workers.contains(where: { $0.hourlyPay != nil }) else {
            return .notEvidenced("The staff register does not record what care workers are paid (hourly_pay).",
                                 "Nid yw'r gofrestr staff yn cofnodi faint a delir i weithwyr gofal (hourly_pay).",
                                 evidence: [EvidenceCitation(path: EvidenceKind.staff.path)])
        }
        guard let travel = input.manifest.workforce?.travelTimeSeparate else {
            return .notEvidenced("The manifest does not say whether travel time is kept apart from care time (workforce.travel-time-separate).",
                                 "Nid yw'r maniffest yn dweud a gedwir amser teithio ar wahân i amser gofal (workforce.travel-time-separate).",
                                 evidence: [EvidenceCitation(path: "manifest.yaml")])
        }
        let rate = options.rates.filter { $0.from <= end }.max { $0.from < $1.from }
        func ids(_ people: [StaffMember]) -> String { shortList(people.map(\.id)) }
        var unmet = UnmetConditions()
        if let rate {
            let below = workers.filter { ($0.hourlyPay ?? 0) < rate.hourly }
            if !below.isEmpty {
                let count = CountedNoun.careWorker.counted(below.count)
                unmet.add("\(count.startingSentence.en) (\(ids(below))) \(below.count == 1 ? "is" : "are") paid below the Real Living Wage of £\(DecimalText.pounds(rate.hourly)) an hour owed from \(rate.from).",
                          "Telir \(count.cy) (\(ids(below))) yn is na'r Cyflog Byw Gwirioneddol o £\(DecimalText.pounds(rate.hourly)) yr awr sy'n ddyledus ers \(rate.from).",
                          evidence: below.map { EvidenceCitation($0.location) })
            }
        }
        let due = workers.filter { worker in
            worker.contract == .nonGuaranteed && worker.started.adding(months: options.choiceAfterMonths) <= end
                && (worker.contractChoiceOffered.map { $0 > worker.started.adding(months: options.choiceAfterMonths + 1) } ?? true)
        }
        if !due.isEmpty {
            let count = CountedNoun.careWorker.counted(due.count)
            unmet.add("\(count.startingSentence.en) (\(ids(due))) on non-guaranteed hours \(due.count == 1 ? "was" : "were") not offered the choice of a contract with minimum hours after \(TimeSpan.months(options.choiceAfterMonths).en).",
                      "Ni chynigiwyd i \(count.cy) (\(ids(due))) ar oriau heb eu gwarantu'r dewis o gontract ag oriau gofynnol ar ôl \(TimeSpan.months(options.choiceAfterMonths).cy).",
                      evidence: due.map { EvidenceCitation($0.location) })
        }
        if !travel.value {
            unmet.add("Rotas and pay do not keep travel time apart from care time.",
                      "Nid yw rotâu a chyflog yn cadw amser teithio ar wahân i amser gofal.",
                      evidence: [EvidenceCitation(travel.location)])
        }
        if let failure = unmet.failure(measures: [Measure("care-workers", Double(workers.count))]) { return failure }
        let wage = rate.map { LocalizedText(en: "at least the Real Living Wage of £\(DecimalText.pounds($0.hourly))", cy: "o leiaf y Cyflog Byw Gwirioneddol o £\(DecimalText.pounds($0.hourly))") }
            ?? LocalizedText(en: "(no Real Living Wage rate given for the period)", cy: "(dim cyfradd Cyflog Byw Gwirioneddol ar gyfer y cyfnod)")
        return .pass("All \(CountedNoun.careWorker.counted(workers.count).en) are paid \(wage.en), offered guaranteed hours when due, and paid for travel apart from care.",
                     "Telir pob un o'r \(CountedNoun.careWorker.counted(workers.count).cy) \(wage.cy), cynigir oriau gwarantedig iddynt pan fo'n ddyledus, a thelir am deithio ar wahân i ofal.",
                     evidence: [EvidenceCitation(path: EvidenceKind.staff.path), EvidenceCitation(travel.location)],
                     measures: [Measure("care-workers", Double(workers.count))])
    }
}
