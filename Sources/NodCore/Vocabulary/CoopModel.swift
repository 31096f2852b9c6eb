/// The co-operative model: who the members are. Rules apply per model.
package enum CoopModel: String, Sendable, Hashable, CaseIterable {
    case worker, userLed = "user-led", consumer, multiStakeholder = "multi-stakeholder", producer
}

/// The registered legal form; some accounts rules apply to societies only.
package enum LegalForm: String, Sendable, Hashable, CaseIterable {
    case coOperativeSociety = "co-operative-society"
    case communityBenefitSociety = "community-benefit-society"
    case companyLimitedByGuarantee = "company-limited-by-guarantee"
    case companyLimitedByShares = "company-limited-by-shares"
    case communityInterestCompany = "community-interest-company"
    case other

    /// Registered under the Co-operative and Community Benefit Societies Act 2014.
    package var isSociety: Bool { self == .coOperativeSociety || self == .communityBenefitSociety }
}

/// The UK nation whose regulator and law apply.
package enum Nation: String, Sendable, Hashable, CaseIterable {
    case wales, england, scotland, northernIreland = "northern-ireland"
}

/// The two languages of every report; Welsh first.
package enum Language: String, Sendable, Hashable, CaseIterable {
    case cy, en
}
