import Foundation
import NodCore
package import NodEngine
import NodEvidence
package import NodYAML

/// CARE-06: each care worker was supervised at least every three months and appraised within
/// the year. Finds the longest supervision gap and workers without an appraisal.
package struct StaffSupervised: Checker {
    package struct Options: YAMLReadable, Sendable {
        package var roles: [String]
        package var maxSupervisionGapDays: Int
        package var appraisalWithinMonths: Int
        package init(yaml: YAMLValue) throws(YAMLError) {
            let fields = try yaml.mapping(["roles", "max-supervision-gap-days", "appraisal-within-months"])
            roles = try fields.optional("roles", as: [String].self) ?? ["care-worker", "senior-care-worker", "care-coordinator"]
            maxSupervisionGapDays = try fields.optional("max-supervision-gap-days", as: Int.self) ?? 92
            appraisalWithinMonths = try fields.optional("appraisal-within-months", as: Int.self) ?? 12
        }
    }

    package static let id = "staff-supervised"
    package static let summary = "Every care worker was supervised quarterly and appraised yearly; finds gaps and missing appraisals."
    package static let examples = [
        CheckerExample("quarterly supervision, yearly appraisal", expect: .pass),
        CheckerExample("a worker unsupervised from June to November", expect: .fail, files: [
            EvidenceKind.supervision.path: ExampleBundle.supervision.replacingOccurrences(of: "S2,2025-09-01,supervision\n", with: ""),
        ]),
        CheckerExample("a worker never appraised", expect: .fail, files: [
            EvidenceKind.supervision.path: ExampleBundle.supervision.replacingOccurrences(of: "S4,2025-07-15,appraisal\n", with: ""),
        ]),
        CheckerExample("a worker who left in June is judged only while employed", expect: .pass, files: [
            EvidenceKind.staff.path: ExampleBundle.staff + "S7,care-worker,2020-01-01,2025-06-01,\n",
            EvidenceKind.supervision.path: ExampleBundle.supervision + "S7,2025-03-25,supervision\nS7,2025-05-20,appraisal\n",
        ]),
        CheckerExample("no supervision records", expect: .notEvidenced, files: [EvidenceKind.supervision.path: nil]),
    ]

    package init() {}

    package func check(_ input: CheckInput, options: Options) throws -> CheckOutcome {
        guard let staff = try input.evidence.staff.records(), let sessions = try input.evidence.supervision.records() else {
            return .notEvidenced("The staff register and supervision records (staff/register.csv, staff/supervision.csv) are both needed.",
                                 "Mae angen y gofrestr staff a'r cofnodion goruchwylio (staff/register.csv, staff/supervision.csv).")
        }
        let workers = staff.filter { worker in
            options.roles.contains(worker.role) && worker.started <= input.period.end && (worker.left.map { $0 > input.period.start } ?? true)
        }
        var longest = 0
        var unmet = UnmetConditions()
        // Each worker's sessions found by one pass over the records, not one pass per worker.
        let sessionsByWorker = Dictionary(grouping: sessions, by: \.staffID)
        for worker in workers {
            let employed = DatePeriod(start: max(worker.started, input.period.start), end: min(worker.left ?? input.period.end, input.period.end))
            let mine = sessionsByWorker[worker.id] ?? []
            // Sessions before the period count towards its first gap.
            let lastBefore = mine.filter { $0.kind == .supervision && $0.date < employed.start }.map(\.date).max()
            let window = DatePeriod(start: lastBefore.map { max($0, worker.started) } ?? employed.start, end: employed.end)
            let gap = LongestGap(mine.filter { $0.kind == .supervision }.map(\.date), across: window)
            longest = max(longest, gap.days)
            if gap.days > options.maxSupervisionGapDays {
                unmet.add("\(worker.id) (\(StaffRoleName.name(of: worker.role).en)) went \(CountedNoun.day.counted(gap.days).en) without supervision; the limit is \(options.maxSupervisionGapDays).",
                          "Aeth \(worker.id) (\(StaffRoleName.name(of: worker.role).cy)) \(CountedNoun.day.counted(gap.days).cy) heb oruchwyliaeth; y terfyn yw \(options.maxSupervisionGapDays).",
                          evidence: [EvidenceCitation(worker.location)] + mine.map { EvidenceCitation($0.location) })
            }
            let due = employed.end.adding(months: -options.appraisalWithinMonths)
            let appraised = mine.contains { $0.kind == .appraisal && $0.date > due && $0.date <= employed.end }
            let newStarter = worker.started > due
            if !appraised && !newStarter {
                unmet.add("\(worker.id) (\(StaffRoleName.name(of: worker.role).en)) had no appraisal in the \(TimeSpan.months(options.appraisalWithinMonths).en) to \(employed.end).",
                          "Ni chafodd \(worker.id) (\(StaffRoleName.name(of: worker.role).cy)) arfarniad yn y \(TimeSpan.months(options.appraisalWithinMonths).cy) hyd at \(employed.end).",
                          evidence: [EvidenceCitation(worker.location)])
            }
        }
        if let failure = unmet.failure(measures: [Measure("longest-supervision-gap-days", Double(longest))]) { return failure }
        return .pass("All \(CountedNoun.careWorker.counted(workers.count).en) were supervised and appraised; the longest supervision gap was \(CountedNoun.day.counted(longest).en).",
                     "Cafodd pob un o'r \(CountedNoun.careWorker.counted(workers.count).cy) oruchwyliaeth ac arfarniad; y bwlch goruchwylio hiraf oedd \(CountedNoun.day.counted(longest).cy).",
                     evidence: [EvidenceCitation(path: EvidenceKind.supervision.path)], measures: [Measure("longest-supervision-gap-days", Double(longest))])
    }
}
