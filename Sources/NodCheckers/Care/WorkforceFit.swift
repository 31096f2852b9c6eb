import Foundation
import NodCore
package import NodEngine
import NodEvidence
package import NodYAML

/// CARE-11: the people who give care are fit to (SI 2017/1264 reg 35 and Sch 1, reg 36): an
/// enhanced DBS check recent enough, registration with Social Care Wales, and induction and
/// core training — safeguarding, medication, Welsh-language awareness — done and refreshed.
/// Finds, for each requirement, the workers who fall short.
package struct WorkforceFit: Checker {
    package struct Options: YAMLReadable, Sendable {
        package var roles: [String]
        package var dbsMaxYears: Int
        package var courses: [String]
        package var refreshYears: Int
        package init(yaml: YAMLValue) throws(YAMLError) {
            let fields = try yaml.mapping(["roles", "dbs-max-years", "courses", "refresh-years"])
            roles = try fields.optional("roles") ?? ["care-worker", "care-coordinator", "registered-manager"]
            dbsMaxYears = try fields.optional("dbs-max-years", as: Int.self) ?? 3
            courses = try fields.optional("courses") ?? ["induction", "safeguarding", "medication", "welsh-language-awareness"]
            refreshYears = try fields.optional("refresh-years", as: Int.self) ?? 3
        }
    }

    package static let id = "workforce-fit"
    package static let summary = "Care workers have a recent enhanced DBS check, Social Care Wales registration and their core training; finds who does not."
    static let staff = "staff_id,role,started,left,member_id,dbs_checked,scw_registered\nS1,care-worker,2019-03-01,,M01,2024-02-01,2019-05-01\nS2,care-coordinator,2021-06-01,,M02,2024-06-01,2021-08-01\nS3,finance-officer,2022-01-10,,,,\n"
    static let training: String = {
        var rows = ["staff_id,course,completed"]
        for person in ["S1", "S2"] {
            for course in ["induction", "safeguarding", "medication", "welsh-language-awareness"] { rows.append("\(person),\(course),2024-09-10") }
        }
        return rows.joined(separator: "\n") + "\n"
    }()
    package static let examples = [
        CheckerExample("checked, registered and trained", expect: .pass,
                       files: [EvidenceKind.staff.path: staff, EvidenceKind.training.path: training]),
        CheckerExample("a DBS check from 2020, no SCW registration and no medication course: all three named", expect: .fail, files: [
            EvidenceKind.staff.path: staff.replacingOccurrences(of: "M01,2024-02-01,2019-05-01", with: "M01,2020-02-01,"),
            EvidenceKind.training.path: training.replacingOccurrences(of: "S1,medication,2024-09-10\n", with: ""),
        ], mentioning: ["enhanced DBS check", "Social Care Wales", "medication"]),
        CheckerExample("safeguarding training from 2021, not refreshed", expect: .fail, files: [
            EvidenceKind.staff.path: staff,
            EvidenceKind.training.path: training.replacingOccurrences(of: "S2,safeguarding,2024-09-10", with: "S2,safeguarding,2021-09-10"),
        ], mentioning: ["S2"]),
        CheckerExample("no training log", expect: .notEvidenced, files: [EvidenceKind.staff.path: staff]),
        CheckerExample("no care worker on the register", expect: .notEvidenced, files: [
            EvidenceKind.staff.path: "staff_id,role,started,left,member_id,dbs_checked,scw_registered\nS3,finance-officer,2022-01-10,,,,\n",
            EvidenceKind.training.path: training,
        ]),
    ]

    package init() {}

    package func check(_ input: CheckInput, options: Options) throws -> CheckOutcome {
        guard let staff = try input.evidence.staff.records(), let training = try input.evidence.training.records() else {
            return .notEvidenced("The staff register and the training log (staff/register.csv, staff/training.csv) are both needed.",
                                 "Mae angen y gofrestr staff a'r log hyfforddiant (staff/register.csv, staff/training.csv).")
        }
        let end = input.period.end
        let workers = staff.filter { options.roles.contains($0.role) && $0.isEmployed(on: end) }
        guard !workers.isEmpty else {
            return .notEvidenced("Nobody on the staff register gives care (\(options.roles.joined(separator: ", "))) at the end of the period.",
                                 "Nid oes neb ar y gofrestr staff yn rhoi gofal ar ddiwedd y cyfnod.",
                                 evidence: [EvidenceCitation(path: EvidenceKind.staff.path)])
        }
        let dbsOldest = end.adding(months: -12 * options.dbsMaxYears)
        let refreshOldest = end.adding(months: -12 * options.refreshYears)
        let coursesByWorker = Dictionary(grouping: training, by: \.staffID)
        var noDBS: [StaffMember] = [], noSCW: [StaffMember] = []
        var untrained: [String: [StaffMember]] = [:]
        for worker in workers {
            if worker.dbsChecked.map({ $0 < dbsOldest }) ?? true { noDBS.append(worker) }
            if worker.scwRegistered == nil { noSCW.append(worker) }
            let done = coursesByWorker[worker.id] ?? []
            for course in options.courses {
                let latest = done.filter { $0.course == course }.map(\.completed).max()
                // Induction is done once; the core courses are refreshed.
                let current = course == "induction" ? latest != nil : latest.map { $0 >= refreshOldest } ?? false
                if !current { untrained[course, default: []].append(worker) }
            }
        }
        func ids(_ people: [StaffMember]) -> String { shortList(people.map(\.id)) }
        var unmet = UnmetConditions()
        if !noDBS.isEmpty {
            let count = CountedNoun.careWorker.counted(noDBS.count)
            unmet.add("\(count.startingSentence.en) (\(ids(noDBS))) \(noDBS.count == 1 ? "has" : "have") no enhanced DBS check from the last \(TimeSpan.years(options.dbsMaxYears).en).",
                      "Nid oes gan \(count.cy) (\(ids(noDBS))) wiriad DBS manwl o'r \(TimeSpan.years(options.dbsMaxYears).cy) diwethaf.",
                      evidence: noDBS.map { EvidenceCitation($0.location) })
        }
        if !noSCW.isEmpty {
            let count = CountedNoun.careWorker.counted(noSCW.count)
            unmet.add("\(count.startingSentence.en) (\(ids(noSCW))) \(noSCW.count == 1 ? "is" : "are") not recorded as registered with Social Care Wales.",
                      "Nid yw \(count.cy) (\(ids(noSCW))) wedi'u cofnodi fel rhai sydd wedi'u cofrestru gyda Gofal Cymdeithasol Cymru.",
                      evidence: noSCW.map { EvidenceCitation($0.location) })
        }
        for course in options.courses {
            guard let people = untrained[course] else { continue }
            let name = Self.courseName(course)
            let count = CountedNoun.careWorker.counted(people.count)
            unmet.add("\(count.startingSentence.en) (\(ids(people))) \(people.count == 1 ? "lacks" : "lack") current \(name.en) training.",
                      "Nid oes gan \(count.cy) (\(ids(people))) hyfforddiant \(name.cy) cyfredol.",
                      evidence: people.map { EvidenceCitation($0.location) })
        }
        if let failure = unmet.failure(measures: [Measure("care-workers", Double(workers.count))]) { return failure }
        return .pass("All \(CountedNoun.careWorker.counted(workers.count).en) have a recent enhanced DBS check, Social Care Wales registration and current core training.",
                     "Mae gan bob un o'r \(CountedNoun.careWorker.counted(workers.count).cy) wiriad DBS manwl diweddar, cofrestriad gyda Gofal Cymdeithasol Cymru a hyfforddiant craidd cyfredol.",
                     evidence: [EvidenceCitation(path: EvidenceKind.staff.path), EvidenceCitation(path: EvidenceKind.training.path)],
                     measures: [Measure("care-workers", Double(workers.count))])
    }

    /// A course as a report names it.
    static func courseName(_ course: String) -> LocalizedText {
        switch course {
        case "induction": LocalizedText(en: "induction", cy: "sefydlu")
        case "safeguarding": LocalizedText(en: "safeguarding", cy: "diogelu")
        case "medication": LocalizedText(en: "medication", cy: "meddyginiaeth")
        case "welsh-language-awareness": LocalizedText(en: "Welsh-language awareness", cy: "ymwybyddiaeth o'r Gymraeg")
        default: LocalizedText(en: "'\(course)'", cy: "'\(course)'")
        }
    }
}
