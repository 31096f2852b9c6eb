import Foundation
@testable import NodStore
import Testing

/// The audit queue kept in the ledger: each queued submission is claimed by one worker, even
/// with many at once (on PostgreSQL, from several servers); a claim holds for a lease its server
/// renews; a claim whose lease ran out is queued again, and its late answer records nothing.
struct QueueTests {
    private static let sha = String(repeating: "c", count: 64)

    private static func queue(_ count: Int, in ledger: Ledger) async throws -> [Submission] {
        let organisation = try await ledger.addOrganisation(name: "Gofal Cyf.")
        var added: [Submission] = []
        for index in 0..<count {
            added.append(try await ledger.addSubmission(organisationID: organisation.id, accountID: nil, bundleSHA256: sha,
                                                        fileName: "bundle-\(index).zip", bytes: 100, keepEvidence: true))
        }
        return added
    }

    @Test func manyWorkersAtOnceNeverClaimTheSameSubmission() async throws {
        try await TestLedger.with { ledger in
            let queued = try await Self.queue(30, in: ledger)
            let claimed = try await withThrowingTaskGroup(of: [Int].self) { group in
                for worker in 0..<6 {
                    group.addTask {
                        var mine: [Int] = []
                        while let submission = try await ledger.claimNextSubmission(by: "worker-\(worker)") { mine.append(submission.id) }
                        return mine
                    }
                }
                return try await group.reduce(into: []) { $0 += $1 }
            }
            #expect(claimed.sorted() == queued.map(\.id).sorted())
            #expect(try await ledger.queueLength() == 0)
        }
    }

    @Test func aClaimWhoseLeaseRanOutIsQueuedAgainAndItsLateAnswerRecordsNothing() async throws {
        try await TestLedger.with { ledger in
            let start = Date(timeIntervalSince1970: 1_900_000_000)
            _ = try await Self.queue(2, in: ledger)
            let first = try #require(try await ledger.claimNextSubmission(by: "replica-a", lease: .seconds(30), now: start))
            let second = try #require(try await ledger.claimNextSubmission(by: "replica-b", lease: .seconds(30), now: start))
            // replica-b renews; replica-a has died and does not.
            #expect(try await ledger.renewClaim(submissionID: second.id, by: "replica-b", lease: .seconds(30), now: start.addingTimeInterval(20)))
            #expect(try await !ledger.renewClaim(submissionID: second.id, by: "replica-a", lease: .seconds(30), now: start.addingTimeInterval(20)))
            #expect(try await ledger.requeueExpiredClaims(now: start.addingTimeInterval(29)) == 0)
            #expect(try await ledger.requeueExpiredClaims(now: start.addingTimeInterval(31)) == 1)
            #expect(try await ledger.queueLength() == 1)
            // Another replica takes it and records its audit; the dead one's answer is refused.
            let again = try #require(try await ledger.claimNextSubmission(by: "replica-b", now: start.addingTimeInterval(32)))
            #expect(again.id == first.id)
            let outcome = AuditOutcome.audited(decision: "awarded", level: "bronze", earned: 10, possible: 12)
            #expect(try await !ledger.finish(submissionID: first.id, outcome: outcome, claimant: "replica-a"))
            #expect(try await ledger.finish(submissionID: first.id, outcome: outcome, claimant: "replica-b"))
            #expect(try await !ledger.finish(submissionID: first.id, outcome: outcome, claimant: "replica-b"))
            #expect(try await ledger.submission(id: first.id)?.status == .audited)
            let judgements = try await ledger.events(subject: first.publicID).filter { $0.kind == .judgement }
            #expect(judgements.count == 1)
        }
    }

    @Test func aStopMidAuditOfTheOnlyServerQueuesItsClaimsAgain() async throws {
        try await TestLedger.with { ledger in
            _ = try await Self.queue(3, in: ledger)
            _ = try await ledger.claimNextSubmission(by: "office")
            _ = try await ledger.claimNextSubmission(by: "office")
            #expect(try await ledger.queueLength() == 1)
            #expect(try await ledger.requeueInterruptedAudits() == 2)
            #expect(try await ledger.queueLength() == 3)
        }
    }
}
