public import Foundation
public import NodCore

/// `manifest.yaml`: who the co-op is, which period is audited, and what its own rules say.
///
/// The only file a bundle cannot do without: a missing or malformed manifest rejects the
/// bundle (exit 3), because no rule can be judged without the period and the model.
public struct Manifest: Decodable, Sendable {
    /// The bundle format this nod reads.
    public static let supportedFormat = 1

    public var bundleFormat: Int
    public var organisation: Organisation
    public var period: Located<DatePeriod>
    public var currency: String
    public var language: Language?
    public var stakeholderClasses: [StakeholderClass]
    public var constitution: Constitution
    public var policies: [Policy]
    public var memberships: [FederationMembership]
    public var welshLanguage: WelshLanguageProfile?

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case bundleFormat = "bundle-format", organisation, period, currency, language
        case stakeholderClasses = "stakeholder-classes", constitution, policies, memberships
        case welshLanguage = "welsh-language"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        bundleFormat = try container.decode(Int.self, forKey: .bundleFormat)
        guard bundleFormat == Self.supportedFormat else {
            throw DecodingError.dataCorruptedError(
                forKey: .bundleFormat, in: container,
                debugDescription: "bundle-format \(bundleFormat) is not one this nod reads (it reads \(Self.supportedFormat))")
        }
        organisation = try container.decode(Organisation.self, forKey: .organisation)
        period = try container.decode(Located<DatePeriod>.self, forKey: .period)
        currency = try container.decodeIfPresent(String.self, forKey: .currency) ?? "GBP"
        language = try container.decodeIfPresent(Language.self, forKey: .language)
        stakeholderClasses = try container.decodeIfPresent([StakeholderClass].self, forKey: .stakeholderClasses) ?? []
        constitution = try container.decodeIfPresent(Constitution.self, forKey: .constitution) ?? Constitution()
        policies = try container.decodeIfPresent([Policy].self, forKey: .policies) ?? []
        memberships = try container.decodeIfPresent([FederationMembership].self, forKey: .memberships) ?? []
        welshLanguage = try container.decodeIfPresent(WelshLanguageProfile.self, forKey: .welshLanguage)
    }

    public func policy(_ id: String) -> Policy? {
        policies.first { $0.id == id }
    }
}

/// Who the co-op is.
public struct Organisation: Decodable, Sendable {
    /// A registration with a public register (the FCA mutuals register, Companies House).
    public struct Registration: Decodable, Sendable {
        public var register: String
        public var number: String
        public enum CodingKeys: String, CodingKey, CaseIterable { case register, number }
    }

    public var name: String
    public var registration: Registration?
    public var model: CoopModel
    public var legalForm: LegalForm
    public var charitable: Bool
    public var nation: Nation
    public var regulatedService: Bool
    public var services: [String]

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case name, registration, model, legalForm = "legal-form", charitable, nation
        case regulatedService = "regulated-service", services
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        registration = try container.decodeIfPresent(Registration.self, forKey: .registration)
        model = try container.decode(CoopModel.self, forKey: .model)
        legalForm = try container.decodeIfPresent(LegalForm.self, forKey: .legalForm) ?? .other
        charitable = try container.decodeIfPresent(Bool.self, forKey: .charitable) ?? false
        nation = try container.decode(Nation.self, forKey: .nation)
        regulatedService = try container.decodeIfPresent(Bool.self, forKey: .regulatedService) ?? false
        services = try container.decodeIfPresent([String].self, forKey: .services) ?? []
    }
}

/// One policy the co-op declares, and the file that holds it.
public struct Policy: Decodable, Sendable {
    public var id: String
    public var file: Located<String>
    public var reviewed: Located<LocalDate>?
    public var languages: [Language]
    public enum CodingKeys: String, CodingKey, CaseIterable { case id, file, reviewed, languages }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        file = try container.decode(Located<String>.self, forKey: .file)
        reviewed = try container.decodeIfPresent(Located<LocalDate>.self, forKey: .reviewed)
        languages = try container.decodeIfPresent([Language].self, forKey: .languages) ?? []
    }

    /// The policy ids bundle.md names; others are allowed and listed.
    public static let knownIDs: Set<String> = [
        "safeguarding", "complaints", "whistleblowing", "control-restraint", "staff-support", "staff-discipline",
        "membership", "community", "equality", "data-protection", "health-safety", "welsh-language", "statement-of-purpose",
    ]
}

/// A federation, consortium or support relationship (co-operation among co-operatives).
public struct FederationMembership: Decodable, Sendable {
    public var name: String
    public var since: LocalDate?
    public enum CodingKeys: String, CodingKey, CaseIterable { case name, since }
}

/// Figures for the Welsh-language Active Offer.
public struct WelshLanguageProfile: Decodable, Sendable {
    public var staffTotal: Int?
    public var staffWelshSpeaking: Int?
    public var usersTotal: Int?
    public var usersLanguageRecorded: Int?
    public var usersPreferringWelsh: Int?
    public var usersServedInWelsh: Int?
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case staffTotal = "staff-total", staffWelshSpeaking = "staff-welsh-speaking", usersTotal = "users-total"
        case usersLanguageRecorded = "users-language-recorded", usersPreferringWelsh = "users-preferring-welsh"
        case usersServedInWelsh = "users-served-in-welsh"
    }
}
