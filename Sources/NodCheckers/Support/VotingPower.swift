import Foundation
import NodCore
import NodEvidence

/// Who holds the general meeting's votes: by the constitution's class weights when voting is
/// weighted, else by the members on the register on a given day.
struct VotingPower {
    /// Percentage of votes per class.
    let shares: [StakeholderClass: Double]
    /// Where the split comes from, for citations.
    let source: EvidenceCitation

    init(manifest: Manifest, members: [Member], on date: LocalDate) {
        if manifest.constitution.voting == .weightedByClass, !manifest.constitution.classWeights.isEmpty {
            let weights = manifest.constitution.classWeights.values.mapValues { NSDecimalNumber(decimal: $0).doubleValue }
            let total = weights.values.reduce(0, +)
            shares = weights.mapValues { total > 0 ? $0 * 100 / total : 0 }
            source = EvidenceCitation(path: "manifest.yaml")
        } else {
            var votes: [StakeholderClass: Int] = [:]
            for member in members where member.isMember(on: date) { votes[member.stakeholderClass, default: 0] += member.votes }
            let total = votes.values.reduce(0, +)
            shares = votes.mapValues { total > 0 ? Double($0) * 100 / Double(total) : 0 }
            source = EvidenceCitation(path: EvidenceKind.members.path)
        }
    }

    func share(_ classes: Set<StakeholderClass>) -> Double {
        shares.filter { classes.contains($0.key) }.values.reduce(0, +)
    }
}

/// Board seats by class on a given day.
struct BoardSeats {
    let seats: [StakeholderClass: Int]
    let total: Int
    let directors: [Director]

    init(directors all: [Director], on date: LocalDate) {
        directors = all.filter { $0.isInOffice(on: date) }
        var seats: [StakeholderClass: Int] = [:]
        for director in directors { seats[director.stakeholderClass, default: 0] += 1 }
        self.seats = seats
        total = directors.count
    }

    func share(_ classes: Set<StakeholderClass>) -> Double {
        guard total > 0 else { return 0 }
        return Double(seats.filter { classes.contains($0.key) }.values.reduce(0, +)) * 100 / Double(total)
    }
}
