public import NodYAML

/// The co-operative model: who the members are. Rules apply per model.
public enum CoopModel: String, Sendable, Hashable, YAMLEnum {
    case worker, userLed = "user-led", consumer, multiStakeholder = "multi-stakeholder", producer
}

/// The registered legal form; some accounts rules apply to societies only.
public enum LegalForm: String, Sendable, Hashable, YAMLEnum {
    case coOperativeSociety = "co-operative-society"
    case communityBenefitSociety = "community-benefit-society"
    case companyLimitedByGuarantee = "company-limited-by-guarantee"
    case companyLimitedByShares = "company-limited-by-shares"
    case communityInterestCompany = "community-interest-company"
    case other

    /// Registered under the Co-operative and Community Benefit Societies Act 2014.
    public var isSociety: Bool { self == .coOperativeSociety || self == .communityBenefitSociety }
}

/// The UK nation whose regulator and law apply.
public enum Nation: String, Sendable, Hashable, YAMLEnum {
    case wales, england, scotland, northernIreland = "northern-ireland"
}

/// The two languages of every report; Welsh first.
public enum Language: String, Sendable, Hashable, YAMLEnum {
    case cy, en
}
