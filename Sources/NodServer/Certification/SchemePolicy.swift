/// The rules a certification scheme sets for its cycle (ISO/IEC 17021-1 style): how long a
/// certificate lasts, how often surveillance comes, how long an overdue action or a missed
/// surveillance is tolerated before the certificate is suspended, and whether, in a scheme too
/// small for two certifiers, the reviewer may also decide (shown on the decision and certificate).
package struct SchemePolicy: Sendable, Equatable {
    package var certificateYears = 3
    /// Surveillance at least this often; the first within this many months of the decision.
    package var surveillanceMonths = 12
    /// Days after its due date that an open corrective action suspends the certificate (it warns from the due date).
    package var actionGraceDays = 30
    /// Days after its due date that a missed surveillance suspends the certificate.
    package var surveillanceGraceDays = 30
    package var reviewerMayDecide = false

    package init() {}
}
