package import Foundation
package import NodCore

/// A row of `staff/register.csv`.
package struct StaffMember: CSVRecordType, Hashable {
    package var id: String
    package var role: String
    package var started: LocalDate
    package var left: LocalDate?
    package var memberID: String?
    /// The date of the person's latest enhanced DBS check (SI 2017/1264 Sch 1).
    package var dbsChecked: LocalDate?
    /// When the person was registered with Social Care Wales.
    package var scwRegistered: LocalDate?
    /// The lowest hourly rate the person is paid.
    package var hourlyPay: Decimal?
    /// Whether the person's hours are guaranteed (SI 2017/1264 reg 41).
    package var contract: ContractKind?
    /// When someone on non-guaranteed hours was offered the choice of a contract with
    /// minimum hours.
    package var contractChoiceOffered: LocalDate?
    package var location: FileLocation
    package var identity: (column: String, value: String)? { ("staff_id", id) }

    package static let requiredColumns = ["staff_id", "role", "started"]

    package init(record: CSVRecord) throws(Problem) {
        id = try record.text("staff_id")
        role = try record.text("role")
        started = try record.date("started")
        left = try record.optionalDate("left")
        memberID = record.optionalText("member_id")
        dbsChecked = try record.optionalDate("dbs_checked")
        scwRegistered = try record.optionalDate("scw_registered")
        hourlyPay = try record.optionalDecimal("hourly_pay")
        contract = try record.optionalChoice("contract", as: ContractKind.self)
        contractChoiceOffered = try record.optionalDate("contract_choice_offered")
        location = record.location
    }

    package func isEmployed(on date: LocalDate) -> Bool {
        started <= date && (left.map { date < $0 } ?? true)
    }
}

/// Whether a worker's hours are guaranteed.
package enum ContractKind: String, CaseIterable, Sendable {
    case guaranteed, nonGuaranteed = "non-guaranteed"
}

/// A row of `staff/supervision.csv`: one supervision session or appraisal.
package struct SupervisionRecord: CSVRecordType, Hashable {
    package var staffID: String
    package var date: LocalDate
    package var kind: SupervisionKind
    package var location: FileLocation

    package static let requiredColumns = ["staff_id", "date", "kind"]

    package init(record: CSVRecord) throws(Problem) {
        staffID = try record.text("staff_id")
        date = try record.date("date")
        kind = try record.choice("kind", as: SupervisionKind.self)
        location = record.location
    }
}

/// A row of `staff/training.csv`: a course someone completed.
package struct TrainingRecord: CSVRecordType, Hashable {
    package var staffID: String
    package var course: String
    package var completed: LocalDate
    package var location: FileLocation

    package static let requiredColumns = ["staff_id", "course", "completed"]

    package init(record: CSVRecord) throws(Problem) {
        staffID = try record.text("staff_id")
        course = try record.text("course")
        completed = try record.date("completed")
        location = record.location
    }
}
