public import NodCore

/// A row of `board/directors.csv`: a director during the period and how they got there.
public struct Director: CSVRecordType, Hashable {
    public var id: String
    public var stakeholderClass: StakeholderClass
    public var route: DirectorRoute
    public var firstElected: LocalDate
    public var memberID: String?
    public var lastElected: LocalDate?
    public var trained: LocalDate?
    public var left: LocalDate?
    public var location: FileLocation

    public static let requiredColumns = ["director_id", "class", "route", "first_elected"]

    public init(record: CSVRecord) throws(Problem) {
        id = try record.text("director_id")
        stakeholderClass = try record.choice("class", as: StakeholderClass.self)
        route = try record.choice("route", as: DirectorRoute.self)
        firstElected = try record.date("first_elected")
        memberID = record.optionalText("member_id")
        lastElected = try record.optionalDate("last_elected")
        trained = try record.optionalDate("trained")
        left = try record.optionalDate("left")
        location = record.location
    }

    /// In office on `date`.
    public func isInOffice(on date: LocalDate) -> Bool {
        firstElected <= date && (left.map { date < $0 } ?? true)
    }
}
