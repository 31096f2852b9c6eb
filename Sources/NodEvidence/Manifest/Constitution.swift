public import Foundation

/// What the co-op's own registered rules say; rules use these in place of their defaults.
public struct Constitution: Decodable, Sendable {
    public enum Voting: String, Decodable, Sendable, CaseIterable {
        case oneMemberOneVote = "one-member-one-vote", weightedByClass = "weighted-by-class"
    }

    /// Quorums of general and board meetings, when the rules set them.
    public struct Quorums: Decodable, Sendable {
        public var general: Quorum?
        public var board: Quorum?
        public enum CodingKeys: String, CodingKey, CaseIterable { case general, board }
    }

    public var voting: Voting
    public var classWeights: ClassMap<Decimal>
    public var quorum: Quorums
    public var noticeDays: Int?
    public var interestCapPercent: Decimal?
    public var dividendCapPercent: Decimal?
    public var assetLock: Bool?

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case voting, classWeights = "class-weights", quorum, noticeDays = "notice-days"
        case interestCapPercent = "interest-cap-percent", dividendCapPercent = "dividend-cap-percent", assetLock = "asset-lock"
    }

    public init() {
        voting = .oneMemberOneVote
        classWeights = ClassMap()
        quorum = Quorums(general: nil, board: nil)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        voting = try container.decodeIfPresent(Voting.self, forKey: .voting) ?? .oneMemberOneVote
        classWeights = try container.decodeIfPresent(ClassMap<Decimal>.self, forKey: .classWeights) ?? ClassMap()
        quorum = try container.decodeIfPresent(Quorums.self, forKey: .quorum) ?? Quorums(general: nil, board: nil)
        noticeDays = try container.decodeIfPresent(Int.self, forKey: .noticeDays)
        interestCapPercent = try container.decodeIfPresent(Decimal.self, forKey: .interestCapPercent)
        dividendCapPercent = try container.decodeIfPresent(Decimal.self, forKey: .dividendCapPercent)
        assetLock = try container.decodeIfPresent(Bool.self, forKey: .assetLock)
        if voting == .weightedByClass, classWeights.isEmpty {
            throw DecodingError.dataCorruptedError(forKey: .classWeights, in: container,
                                                   debugDescription: "voting is weighted-by-class, so class-weights must be given")
        }
    }
}

/// A quorum as the rules write it: `max(2, 10%)`, `5`, or `25%`.
public struct Quorum: Decodable, Sendable, Hashable, CustomStringConvertible {
    /// The fewest people present, whatever the percentage.
    public var minimum: Int
    /// The share of those entitled to attend, in percent.
    public var percent: Decimal

    public init(minimum: Int, percent: Decimal) {
        self.minimum = minimum
        self.percent = percent
    }

    /// Parses `max(N, P%)`, `N` or `P%`; `nil` for anything else.
    public init?(text: String) {
        let compact = text.filter { !$0.isWhitespace }
        func percentValue(_ part: Substring) -> Decimal? {
            guard part.hasSuffix("%"), let value = Decimal(string: String(part.dropLast()), locale: Locale(identifier: "en_US_POSIX")),
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
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = (try? container.decode(String.self)) ?? ""
        guard let quorum = Quorum(text: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not a quorum; write it as max(2, 10%), 5 or 25%")
        }
        self = quorum
    }

    /// People needed when `eligible` may attend: the larger of the minimum and the share, rounded up.
    public func required(of eligible: Int) -> Int {
        var share = percent * Decimal(eligible) / 100
        var rounded = Decimal()
        NSDecimalRound(&rounded, &share, 0, .up)
        return max(minimum, NSDecimalNumber(decimal: rounded).intValue)
    }

    public var description: String { "max(\(minimum), \(percent)%)" }
}
