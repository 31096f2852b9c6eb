package import NodCore

/// A row of `people/plans.csv`: the personal plan of someone the service supports
/// (SI 2017/1264 regs 15–16), without their name — the id is the service's own.
package struct PersonalPlan: CSVRecordType, Hashable {
    package var personID: String
    package var careStarted: LocalDate
    package var careEnded: LocalDate?
    /// When the plan was agreed with the person; it must come before care starts.
    package var planAgreed: LocalDate?
    /// Whether the plan records the personal outcomes the person wants.
    package var outcomesRecorded: Bool?
    /// The language the person chose (`cy`, `en`, or `both`).
    package var language: String?
    package var location: FileLocation
    package var identity: (column: String, value: String)? { ("person_id", personID) }

    package static let requiredColumns = ["person_id", "care_started"]

    package init(record: CSVRecord) throws(Problem) {
        personID = try record.text("person_id")
        careStarted = try record.date("care_started")
        careEnded = try record.optionalDate("care_ended")
        planAgreed = try record.optionalDate("plan_agreed")
        outcomesRecorded = try record.optionalChoice("outcomes_recorded", as: YesNo.self).map { $0 == .yes }
        language = record.optionalText("language")
        location = record.location
    }

    /// Whether care was given at some time in `period`.
    package func hadCare(in period: DatePeriod) -> Bool {
        careStarted <= period.end && (careEnded.map { $0 >= period.start } ?? true)
    }
}

/// A row of `people/plan-reviews.csv`: a review of someone's plan, and whether it was done
/// with them.
package struct PlanReview: CSVRecordType, Hashable {
    package var personID: String
    package var date: LocalDate
    package var withPerson: Bool
    package var location: FileLocation

    package static let requiredColumns = ["person_id", "date"]

    package init(record: CSVRecord) throws(Problem) {
        personID = try record.text("person_id")
        date = try record.date("date")
        withPerson = try record.optionalChoice("with_person", as: YesNo.self).map { $0 == .yes } ?? false
        location = record.location
    }
}

/// A yes-or-no cell.
package enum YesNo: String, CaseIterable, Sendable {
    case yes, no
}
