package import Foundation
package import NodCore
package import NodYAML

/// `accounts/*.yaml`: one financial year's accounts, in the manifest's currency, as `Decimal`.
package struct AccountsSummary: YAMLReadable, Sendable {
    package struct Income: YAMLReadable, Sendable {
        package var total: Located<Decimal>
        package var trading: Decimal?
        package var grants: Decimal?
        package var donations: Decimal?
        package var other: Decimal?
        package init(yaml: YAMLValue) throws(YAMLError) {
            let fields = try yaml.mapping(["total", "trading", "grants", "donations", "other"])
            total = try fields.required("total")
            trading = try fields.optional("trading")
            grants = try fields.optional("grants")
            donations = try fields.optional("donations")
            other = try fields.optional("other")
        }
    }

    package struct Expenditure: YAMLReadable, Sendable {
        package var total: Located<Decimal>
        package var staff: Decimal?
        package var training: Decimal?
        package var other: Decimal?
        package init(yaml: YAMLValue) throws(YAMLError) {
            let fields = try yaml.mapping(["total", "staff", "training", "other"])
            total = try fields.required("total")
            staff = try fields.optional("staff")
            training = try fields.optional("training")
            other = try fields.optional("other")
        }
    }

    package struct Distributions: YAMLReadable, Sendable {
        package var memberDividend: Decimal?
        package var equityDividend: Decimal?
        package var community: Decimal?
        package init(yaml: YAMLValue) throws(YAMLError) {
            let fields = try yaml.mapping(["member-dividend", "equity-dividend", "community"])
            memberDividend = try fields.optional("member-dividend")
            equityDividend = try fields.optional("equity-dividend")
            community = try fields.optional("community")
        }
    }

    package var period: Located<DatePeriod>
    package var income: Income
    package var expenditure: Expenditure
    package var surplus: Located<Decimal>
    package var totalAssets: Decimal?
    package var shareCapital: Decimal?
    package var interestOnShares: Located<Decimal>?
    package var distributions: Located<Distributions>?
    package var reserves: Decimal?
    package var scrutiny: Located<AccountsScrutiny>?
    package var published: Located<LocalDate>?

    package var path: String { period.location.file }

    package init(yaml: YAMLValue) throws(YAMLError) {
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
