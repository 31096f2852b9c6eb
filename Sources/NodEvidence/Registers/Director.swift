package import NodCore

/// A row of `board/directors.csv`: a director during the period and how they got there.
package struct Director: CSVRecordType, Hashable {
    package var id: String
    package var stakeholderClass: StakeholderClass
    package var route: DirectorRoute
    package var firstElected: LocalDate
    package var memberID: String?
    package var lastElected: LocalDate?
    package var trained: LocalDate?
    package var left: LocalDate?
    package var location: FileLocation
    package var identity: (column: String, value: String)? { ("director_id", id) }

    package static let requiredColumns = ["director_id", "class", "route", "first_elected"]

    package init(record: CSVRecord) throws(Problem) {
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
    package func isInOffice(on date: LocalDate) -> Bool {
        firstElected <= date && (left.map { date < $0 } ?? true)
    }
}
