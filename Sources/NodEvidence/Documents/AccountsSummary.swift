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
        /// The one commissioner or funder the co-op drew most income from (GOV-12).
        package var largestSource: Located<Source>?
        package init(yaml: YAMLValue) throws(YAMLError) {
            let fields = try yaml.mapping(["total", "trading", "grants", "donations", "other", "largest-source"])
            total = try fields.requiredAmount("total")
            trading = try fields.optionalAmount("trading")
            grants = try fields.optionalAmount("grants")
            donations = try fields.optionalAmount("donations")
            other = try fields.optionalAmount("other")
            largestSource = try fields.optional("largest-source")
        }
    }

    /// Comparative figures for the year before.
    package struct PrecedingYear: YAMLReadable, Sendable {
        package var income: Decimal
        package var totalAssets: Decimal
        package init(yaml: YAMLValue) throws(YAMLError) {
            let fields = try yaml.mapping(["income", "total-assets"])
            income = try fields.requiredAmount("income")
            totalAssets = try fields.requiredAmount("total-assets")
        }
    }

    /// A named source of income and what it paid in the year.
    package struct Source: YAMLReadable, Sendable {
        package var name: String
        package var amount: Decimal
        package init(yaml: YAMLValue) throws(YAMLError) {
            let fields = try yaml.mapping(["name", "amount"])
            name = try fields.required("name")
            amount = try fields.requiredAmount("amount")
        }
    }

    package struct Expenditure: YAMLReadable, Sendable {
        package var total: Located<Decimal>
        package var staff: Decimal?
        package var training: Decimal?
        package var other: Decimal?
        package init(yaml: YAMLValue) throws(YAMLError) {
            let fields = try yaml.mapping(["total", "staff", "training", "other"])
            total = try fields.requiredAmount("total")
            staff = try fields.optionalAmount("staff")
            training = try fields.optionalAmount("training")
            other = try fields.optionalAmount("other")
        }
    }

    package struct Distributions: YAMLReadable, Sendable {
        package var memberDividend: Decimal?
        package var equityDividend: Decimal?
        package var community: Decimal?
        package init(yaml: YAMLValue) throws(YAMLError) {
            let fields = try yaml.mapping(["member-dividend", "equity-dividend", "community"])
            memberDividend = try fields.optionalAmount("member-dividend")
            equityDividend = try fields.optionalAmount("equity-dividend")
            community = try fields.optionalAmount("community")
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
    /// The preceding year's figures as these accounts show them (their comparatives), for a
    /// bundle without that year's own summary (FIN-02's size tests look at them).
    package var precedingYear: Located<PrecedingYear>?
    /// Facts of the year that make the audit exemption unavailable (CCBS Act 2014 s.84(3)).
    package var auditExclusions: Located<[AuditExclusion]>?

    package var path: String { period.location.file }

    package init(yaml: YAMLValue) throws(YAMLError) {
        let fields = try yaml.mapping([
            "period", "income", "expenditure", "surplus", "total-assets", "share-capital", "interest-on-shares", "distributions",
            "reserves", "scrutiny", "published", "audit-exclusions", "preceding-year",
        ])
        period = try fields.required("period")
        guard period.value.end <= period.value.start.adding(months: 18) else {
            throw fields.invalid("period", "runs from \(period.value.start) to \(period.value.end), longer than the 18 months a financial year can last")
        }
        income = try fields.required("income")
        expenditure = try fields.required("expenditure")
        surplus = try fields.required("surplus")
        totalAssets = try fields.optionalAmount("total-assets")
        shareCapital = try fields.optionalAmount("share-capital")
        interestOnShares = try fields.optionalAmount("interest-on-shares")
        distributions = try fields.optional("distributions")
        reserves = try fields.optional("reserves")
        scrutiny = try fields.optional("scrutiny")
        published = try fields.optional("published")
        auditExclusions = try fields.optional("audit-exclusions")
        precedingYear = try fields.optional("preceding-year")
    }
}
