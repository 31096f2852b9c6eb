package import NodCore

/// A row of `members/education.csv`: a session that taught members about their co-op or
/// co-operation (ICA principle 5), and how many came.
package struct EducationSession: CSVRecordType, Hashable {
    package var date: LocalDate
    package var topic: String
    package var attended: Int
    package var location: FileLocation

    package static let requiredColumns = ["date", "topic", "attended"]

    package init(record: CSVRecord) throws(Problem) {
        date = try record.date("date")
        topic = try record.text("topic")
        attended = try record.optionalInteger("attended", in: 0...100_000) ?? 0
        location = record.location
    }
}
