public import Foundation
public import NodCore

/// `accounts/*.yaml`: one financial year's accounts, in the manifest's currency, as `Decimal`.
public struct AccountsSummary: Decodable, Sendable {
    public struct Income: Decodable, Sendable {
        public var total: Located<Decimal>
        public var trading: Decimal?
        public var grants: Decimal?
        public var donations: Decimal?
        public var other: Decimal?
        public enum CodingKeys: String, CodingKey, CaseIterable { case total, trading, grants, donations, other }
    }

    public struct Expenditure: Decodable, Sendable {
        public var total: Located<Decimal>
        public var staff: Decimal?
        public var training: Decimal?
        public var other: Decimal?
        public enum CodingKeys: String, CodingKey, CaseIterable { case total, staff, training, other }
    }

    public struct Distributions: Decodable, Sendable {
        public var memberDividend: Decimal?
        public var equityDividend: Decimal?
        public var community: Decimal?
        public enum CodingKeys: String, CodingKey, CaseIterable {
            case memberDividend = "member-dividend", equityDividend = "equity-dividend", community
        }
    }

    public var period: Located<DatePeriod>
    public var income: Income
    public var expenditure: Expenditure
    public var surplus: Located<Decimal>
    public var totalAssets: Decimal?
    public var shareCapital: Decimal?
    public var interestOnShares: Located<Decimal>?
    public var distributions: Located<Distributions>?
    public var reserves: Decimal?
    public var scrutiny: Located<AccountsScrutiny>?
    public var published: Located<LocalDate>?

    public var path: String { period.location.file }

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case period, income, expenditure, surplus, totalAssets = "total-assets", shareCapital = "share-capital"
        case interestOnShares = "interest-on-shares", distributions, reserves, scrutiny, published
    }
}
