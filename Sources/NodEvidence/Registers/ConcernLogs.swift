public import NodCore

/// A row of `logs/complaints.csv`.
public struct Complaint: CSVRecordType, Hashable {
    public var id: String
    public var received: LocalDate
    public var acknowledged: LocalDate?
    public var responded: LocalDate?
    public var action: String?
    public var outcome: ComplaintOutcome?
    public var location: FileLocation

    public static let requiredColumns = ["complaint_id", "received"]

    public init(record: CSVRecord) throws(Problem) {
        id = try record.text("complaint_id")
        received = try record.date("received")
        acknowledged = try record.optionalDate("acknowledged")
        responded = try record.optionalDate("responded")
        action = record.optionalText("action")
        outcome = try record.optionalChoice("outcome", as: ComplaintOutcome.self)
        location = record.location
    }
}

/// A row of `logs/safeguarding.csv` or `logs/whistleblowing.csv` (the latter has no referral).
public struct Concern: CSVRecordType, Hashable {
    public var id: String
    public var raised: LocalDate
    public var action: String?
    public var referral: String?
    public var outcome: String?
    public var location: FileLocation

    public static let requiredColumns = ["concern_id", "raised"]

    public init(record: CSVRecord) throws(Problem) {
        id = try record.text("concern_id")
        raised = try record.date("raised")
        action = record.optionalText("action")
        referral = record.optionalText("referral")
        outcome = record.optionalText("outcome")
        location = record.location
    }
}
