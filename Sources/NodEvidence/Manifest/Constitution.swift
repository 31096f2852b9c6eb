package import Foundation
import NodCore
package import NodYAML

/// What the co-op's own registered rules say; rules use these in place of their defaults.
package struct Constitution: YAMLReadable, Sendable {
    package enum Voting: String, YAMLEnum, Sendable {
        case oneMemberOneVote = "one-member-one-vote", weightedByClass = "weighted-by-class"
    }

    /// Quorums of general and board meetings, when the rules set them.
    package struct Quorums: YAMLReadable, Sendable {
        package var general: Quorum?
        package var board: Quorum?

        package init(general: Quorum?, board: Quorum?) {
            self.general = general
            self.board = board
        }

        package init(yaml: YAMLValue) throws(YAMLError) {
            let fields = try yaml.mapping(["general", "board"])
            general = try fields.optional("general")
            board = try fields.optional("board")
        }
    }

    package var voting: Voting
    package var classWeights: ClassMap<Decimal>
    package var quorum: Quorums
    package var noticeDays: Int?
    package var interestCapPercent: Decimal?
    package var dividendCapPercent: Decimal?
    package var assetLock: Bool?
    /// Whether the registered rules set up a board; a small co-op may have none, its members
    /// deciding everything in general meeting (the board rules are then not applicable).
    package var hasBoard: Bool = true

    package init() {
        voting = .oneMemberOneVote
        classWeights = ClassMap()
        quorum = Quorums(general: nil, board: nil)
    }

    package init(yaml: YAMLValue) throws(YAMLError) {
        let fields = try yaml.mapping([
            "voting", "class-weights", "quorum", "notice-days", "interest-cap-percent", "dividend-cap-percent", "asset-lock", "board",
        ])
        voting = try fields.optional("voting") ?? .oneMemberOneVote
        classWeights = try fields.optionalAmount("class-weights") ?? ClassMap()
        quorum = try fields.optional("quorum") ?? Quorums(general: nil, board: nil)
        noticeDays = try fields.optionalAmount("notice-days")
        interestCapPercent = try fields.optionalAmount("interest-cap-percent")
        dividendCapPercent = try fields.optionalAmount("dividend-cap-percent")
        assetLock = try fields.optional("asset-lock")
        hasBoard = try fields.optional("board") ?? true
        if voting == .weightedByClass, classWeights.isEmpty {
            throw fields.invalid("class-weights", "voting is weighted-by-class, so class-weights must be given")
        }
    }
}

/// A quorum as the rules write it: `max(2, 10%)`, `5`, or `25%`.
package struct Quorum: YAMLReadable, Sendable, Hashable, CustomStringConvertible {
    /// The fewest people present, whatever the percentage.
    package var minimum: Int
    /// The share of those entitled to attend, in percent.
    package var percent: Decimal

    package init(minimum: Int, percent: Decimal) {
        self.minimum = minimum
        self.percent = percent
    }

    /// Parses `max(N, P%)`, `N` or `P%`; `nil` for anything else.
    package init?(text: String) {
        let compact = text.filter { !$0.isWhitespace }
        func percentValue(_ part: Substring) -> Decimal? {
            guard part.hasSuffix("%"), let value = DecimalText.parse(part.dropLast()),
                  value >= 0, value <= 100 else { return nil }
            return value
        }
        if compact.hasPrefix("max("), compact.hasSuffix(")") {
            let parts = compact.dropFirst(4).dropLast().split(separator: ",")
            guard parts.count == 2, let minimum = Int(parts[0]), minimum >= 0, let percent = percentValue(parts[1]) else { return nil }
            self.init(minimum: minimum, percent: percent)
        } else if let percent = percentValue(Substring(compact)) {
            self.init(minimum: 0, percent: percent)
        } else if let minimum = Int(compact), minimum >= 0 {
            self.init(minimum: minimum, percent: 0)
        } else {
            return nil
        }
        // A quorum of nobody makes any meeting quorate: an impossible rule, not a lenient one.
        guard minimum >= 1 || percent > 0 else { return nil }
    }

    package init(yaml: YAMLValue) throws(YAMLError) {
        let text = (try? yaml.string()) ?? ""
        guard let quorum = Quorum(text: text) else {
            throw yaml.invalid("'\(text)' is not a quorum; write it as max(2, 10%), 5 or 25% (at least one person)")
        }
        self = quorum
    }

    /// People needed when `eligible` may attend: the larger of the minimum and the share, rounded up.
    package func required(of eligible: Int) -> Int {
        // ÷ 100 by moving the decimal point: exact, where Foundation's long division cost
        // more than the rest of a rule.
        let hundredfold = percent * Decimal(eligible)
        var share = Decimal(sign: hundredfold.sign, exponent: hundredfold.exponent - 2, significand: hundredfold.significand)
        var rounded = Decimal()
        NSDecimalRound(&rounded, &share, 0, .up)
        return max(minimum, NSDecimalNumber(decimal: rounded).intValue)
    }

    package var description: String { "max(\(minimum), \(percent)%)" }
}
