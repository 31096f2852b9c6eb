public import Foundation
public import NodCore
public import NodYAML

/// `accounts/*.yaml`: one financial year's accounts, in the manifest's currency, as `Decimal`.
public struct AccountsSummary: YAMLReadable, Sendable {
    public struct Income: YAMLReadable, Sendable {
        public var total: Located<Decimal>
        public var trading: Decimal?
        public var grants: Decimal?
        public var donations: Decimal?
        public var other: Decimal?
        public init(yaml: YAMLValue) throws(YAMLError) {
            let fields = try yaml.mapping(["total", "trading", "grants", "donations", "other"])
            total = try fields.required("total")
            trading = try fields.optional("trading")
            grants = try fields.optional("grants")
            donations = try fields.optional("donations")
            other = try fields.optional("other")
        }
    }

    public struct Expenditure: YAMLReadable, Sendable {
        public var total: Located<Decimal>
        public var staff: Decimal?
        public var training: Decimal?
        public var other: Decimal?
        public init(yaml: YAMLValue) throws(YAMLError) {
            let fields = try yaml.mapping(["total", "staff", "training", "other"])
            total = try fields.required("total")
            staff = try fields.optional("staff")
            training = try fields.optional("training")
            other = try fields.optional("other")
        }
    }

    public struct Distributions: YAMLReadable, Sendable {
        public var memberDividend: Decimal?
        public var equityDividend: Decimal?
        public var community: Decimal?
        public init(yaml: YAMLValue) throws(YAMLError) {
            let fields = try yaml.mapping(["member-dividend", "equity-dividend", "community"])
            memberDividend = try fields.optional("member-dividend")
            equityDividend = try fields.optional("equity-dividend")
            community = try fields.optional("community")
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

    public init(yaml: YAMLValue) throws(YAMLError) {
        let fields = try yaml.mapping([
            "period", "income", "expenditure", "surplus", "total-assets", "share-capital", "interest-on-shares", "distributions",
            "reserves", "scrutiny", "published",
        ])
        period = try fields.required("period")
        income = try fields.required("income")
        expenditure = try fields.required("expenditure")
        surplus = try fields.required("surplus")
        totalAssets = try fields.optional("total-assets")
        shareCapital = try fields.optional("share-capital")
        interestOnShares = try fields.optional("interest-on-shares")
        distributions = try fields.optional("distributions")
        reserves = try fields.optional("reserves")
        scrutiny = try fields.optional("scrutiny")
        published = try fields.optional("published")
    }
}
