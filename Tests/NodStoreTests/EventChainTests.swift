import Foundation
@testable import NodStore
import NodCore
import SQLKit
import Testing

/// The audit trail: every event chained to the one before, so that editing, deleting or
/// inserting any row in the database is found by `verifyChain`, which names the first row.
struct EventChainTests {
    private func ledgerWithEvents(_ count: Int) async throws -> (Ledger, TestLedger) {
        let place = try await TestLedger.make()
        let ledger = try await place.open()
        for index in 1...count {
            try await ledger.record(.review, actor: "certifier\(index)@example.org", organisationID: nil, subject: "s\(index)",
                                    detail: ["note": "row \(index)"])
        }
        return (ledger, place)
    }

    @Test func anUntouchedChainIsIntactAndEachRowLinksToTheOneBefore() async throws {
        let (ledger, place) = try await ledgerWithEvents(5)
        defer { place.remove() }
        #expect(try await ledger.verifyChain() == .intact(events: 5))
        let events = try await ledger.events()
        #expect(events.first?.previousHash == Ledger.genesisHash)
        for (before, after) in zip(events, events.dropFirst()) { #expect(after.previousHash == before.hash) }
        try await ledger.close()
    }

    @Test(arguments: [
        ("UPDATE events SET detail = '{\"note\":\"row 3, quietly changed\"}' WHERE id = 3", 3),
        ("UPDATE events SET actor = 'someone-else@example.org' WHERE id = 2", 2),
        ("UPDATE events SET recorded = '2020-01-01T00:00:00Z' WHERE id = 4", 4),
        ("UPDATE events SET kind = 'decision' WHERE id = 1", 1),
        ("DELETE FROM events WHERE id = 3", 4),
        ("UPDATE events SET hash = (CASE substr(hash, 1, 1) WHEN '0' THEN '1' ELSE '0' END) || substr(hash, 2) WHERE id = 5", 5),
    ])
    func anyEditToAnyRowIsFoundAtThatRow(statement: String, brokenRow: Int) async throws {
        let (ledger, place) = try await ledgerWithEvents(5)
        defer { place.remove() }
        try await ledger.database.raw(SQLQueryString(statement)).run()
        guard case .broken(let row, _) = try await ledger.verifyChain() else {
            Issue.record("the change was not found: \(statement)")
            return
        }
        #expect(row == brokenRow)
        try await ledger.close()
    }

    @Test func aRowRewrittenWithItsOwnHashRecomputedStillBreaksTheNextRow() async throws {
        let (ledger, place) = try await ledgerWithEvents(4)
        defer { place.remove() }
        let events = try await ledger.events()
        var forged = events[1]
        forged.detail = "{\"note\":\"forged\"}"
        let newHash = forged.expectedHash(previous: forged.previousHash)
        try await ledger.database.raw("UPDATE events SET detail = \(bind: forged.detail), hash = \(bind: newHash) WHERE id = 2").run()
        #expect(try await ledger.verifyChain() == .broken(row: 3, reason: "its previous-hash is not the hash of row 2"))
        try await ledger.close()
    }

    @Test func appendsFromManyTasksAtOnceFormOneChain() async throws {
        let (ledger, place) = try await ledgerWithEvents(1)
        defer { place.remove() }
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<40 {
                group.addTask { try await ledger.record(.evidenceViewed, actor: "a@example.org", organisationID: nil, subject: "x\(index)") }
            }
            try await group.waitForAll()
        }
        #expect(try await ledger.verifyChain() == .intact(events: 41))
        try await ledger.close()
    }
}
