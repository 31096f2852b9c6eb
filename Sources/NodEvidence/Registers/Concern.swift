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
    /// To whom and when the concern was referred (the local authority's safeguarding team).
    package var referral: String?
    /// Why a concern considered (and, where needed, discussed with the local authority) did
    /// not meet the threshold for a referral; not every concern does.
    package var notReferredReason: String?
    /// When Care Inspectorate Wales was notified (a notifiable event: SI 2017/1264 reg 60, Sch 3).
    package var ciwNotified: LocalDate?
    package var outcome: String?
    package var location: FileLocation
    package var identity: (column: String, value: String)? { ("concern_id", id) }

    package static let requiredColumns = ["concern_id", "raised"]

    package init(record: CSVRecord) throws(Problem) {
        id = try record.text("concern_id")
        raised = try record.date("raised")
        action = record.optionalText("action")
        referral = record.optionalText("referral")
        notReferredReason = record.optionalText("not_referred_reason")
        ciwNotified = try record.optionalDate("ciw_notified")
        outcome = record.optionalText("outcome")
        location = record.location
    }
}
