package import Foundation
package import NodCore

/// A row of `members/register.csv`: who was a member, of which class, from when to when.
package struct Member: CSVRecordType, Hashable {
    package var id: String
    package var stakeholderClass: StakeholderClass
    package var joined: LocalDate
    package var left: LocalDate?
    /// Votes at general meetings; 1 unless the register says otherwise.
    package var votes: Int
    package var shares: Decimal?
    package var location: FileLocation
    package var identity: (column: String, value: String)? { ("member_id", id) }

    package static let requiredColumns = ["member_id", "class", "joined", "left"]

    package init(record: CSVRecord) throws(Problem) {
        id = try record.text("member_id")
        stakeholderClass = try record.choice("class", as: StakeholderClass.self)
        joined = try record.date("joined")
        left = try record.optionalDate("left")
        votes = try record.optionalInteger("votes", in: 0...1_000_000) ?? 1
        shares = try record.optionalDecimal("shares")
        location = record.location
    }

    /// A member on `date`: joined on or before it and not yet left.
    package func isMember(on date: LocalDate) -> Bool {
        joined <= date && (left.map { date < $0 } ?? true)
    }
}
