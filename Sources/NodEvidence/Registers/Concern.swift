package import NodCore

/// A row of `logs/complaints.csv`.
package struct Complaint: CSVRecordType, Hashable {
    package var id: String
    package var received: LocalDate
    package var acknowledged: LocalDate?
    package var responded: LocalDate?
    package var action: String?
    package var outcome: ComplaintOutcome?
    package var location: FileLocation
    package var identity: (column: String, value: String)? { ("complaint_id", id) }

    package static let requiredColumns = ["complaint_id", "received"]

    package init(record: CSVRecord) throws(Problem) {
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
package struct Concern: CSVRecordType, Hashable {
    package var id: String
    package var raised: LocalDate
    package var action: String?
    package var referral: String?
    package var outcome: String?
    package var location: FileLocation
    package var identity: (column: String, value: String)? { ("concern_id", id) }

    package static let requiredColumns = ["concern_id", "raised"]

    package init(record: CSVRecord) throws(Problem) {
        id = try record.text("concern_id")
        raised = try record.date("raised")
        action = record.optionalText("action")
        referral = record.optionalText("referral")
        outcome = record.optionalText("outcome")
        location = record.location
    }
}
