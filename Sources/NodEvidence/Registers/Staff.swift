public import NodCore

/// A row of `staff/register.csv`.
public struct StaffMember: CSVRecordType, Hashable {
    public var id: String
    public var role: String
    public var started: LocalDate
    public var left: LocalDate?
    public var memberID: String?
    public var location: FileLocation

    public static let requiredColumns = ["staff_id", "role", "started"]

    public init(record: CSVRecord) throws(Problem) {
        id = try record.text("staff_id")
        role = try record.text("role")
        started = try record.date("started")
        left = try record.optionalDate("left")
        memberID = record.optionalText("member_id")
        location = record.location
    }

    public func isEmployed(on date: LocalDate) -> Bool {
        started <= date && (left.map { date < $0 } ?? true)
    }
}

/// A row of `staff/supervision.csv`: one supervision session or appraisal.
public struct SupervisionRecord: CSVRecordType, Hashable {
    public var staffID: String
    public var date: LocalDate
    public var kind: SupervisionKind
    public var location: FileLocation

    public static let requiredColumns = ["staff_id", "date", "kind"]

    public init(record: CSVRecord) throws(Problem) {
        staffID = try record.text("staff_id")
        date = try record.date("date")
        kind = try record.choice("kind", as: SupervisionKind.self)
        location = record.location
    }
}

/// A row of `staff/training.csv`: a course someone completed.
public struct TrainingRecord: CSVRecordType, Hashable {
    public var staffID: String
    public var course: String
    public var completed: LocalDate
    public var location: FileLocation

    public static let requiredColumns = ["staff_id", "course", "completed"]

    public init(record: CSVRecord) throws(Problem) {
        staffID = try record.text("staff_id")
        course = try record.text("course")
        completed = try record.date("completed")
        location = record.location
    }
}
