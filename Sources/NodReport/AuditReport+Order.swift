import NodCore

extension AuditReport {
    /// Requirements not met (fail, not-evidenced, error), majors first, then by rule id:
    /// the order every report puts "what to put right first" in.
    package var notMetInOrder: [Result] {
        results.filter { $0.status.counts && !$0.status.isMet }.sorted { ($0.severity, $0.rule) < ($1.severity, $1.rule) }
    }
}
