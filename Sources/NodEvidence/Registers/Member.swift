public import Foundation
public import NodCore

/// A row of `members/register.csv`: who was a member, of which class, from when to when.
public struct Member: CSVRecordType, Hashable {
    public var id: String
    public var stakeholderClass: StakeholderClass
    public var joined: LocalDate
    public var left: LocalDate?
    /// Votes at general meetings; 1 unless the register says otherwise.
    public var votes: Int
    public var shares: Decimal?
    public var location: FileLocation

    public static let requiredColumns = ["member_id", "class", "joined", "left"]

    public init(record: CSVRecord) throws(Problem) {
        id = try record.text("member_id")
        stakeholderClass = try record.choice("class", as: StakeholderClass.self)
        joined = try record.date("joined")
        left = try record.optionalDate("left")
        votes = try record.optionalInteger("votes", in: 0...1_000_000) ?? 1
        shares = try record.optionalDecimal("shares")
        location = record.location
    }

    /// A member on `date`: joined on or before it and not yet left.
    public func isMember(on date: LocalDate) -> Bool {
        joined <= date && (left.map { date < $0 } ?? true)
    }
}
