import Foundation
public import NodCore
public import NodYAML

/// `manifest.yaml`: who the co-op is, which period is audited, and what its own rules say.
///
/// The only file a bundle cannot do without: a missing or malformed manifest rejects the
/// bundle (exit 3), because no rule can be judged without the period and the model.
public struct Manifest: YAMLReadable, Sendable {
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

    /// The top-level keys a manifest may have (the JSON Schema's `properties`).
    public static let keys = [
        "bundle-format", "organisation", "period", "currency", "language", "stakeholder-classes", "constitution",
        "policies", "memberships", "welsh-language",
    ]

    public init(yaml: YAMLValue) throws(YAMLError) {
        let fields = try yaml.mapping(Self.keys)
        bundleFormat = try fields.required("bundle-format")
        guard bundleFormat == Self.supportedFormat else {
            throw fields.invalid("bundle-format", "bundle-format \(bundleFormat) is not one this nod reads (it reads \(Self.supportedFormat))",
                                 prefixed: false)
        }
        organisation = try fields.required("organisation")
        period = try fields.required("period")
        currency = try fields.optional("currency") ?? "GBP"
        language = try fields.optional("language")
        stakeholderClasses = try fields.optional("stakeholder-classes") ?? []
        constitution = try fields.optional("constitution") ?? Constitution()
        policies = try fields.optional("policies") ?? []
        memberships = try fields.optional("memberships") ?? []
        welshLanguage = try fields.optional("welsh-language")
    }

    public func policy(_ id: String) -> Policy? {
        policies.first { $0.id == id }
    }
}

/// Who the co-op is.
public struct Organisation: YAMLReadable, Sendable {
    /// A registration with a public register (the FCA mutuals register, Companies House).
    public struct Registration: YAMLReadable, Sendable {
        public var register: String
        public var number: String
        public init(yaml: YAMLValue) throws(YAMLError) {
            let fields = try yaml.mapping(["register", "number"])
            register = try fields.required("register")
            number = try fields.required("number")
        }
    }

    public var name: String
    public var registration: Registration?
    public var model: CoopModel
    public var legalForm: LegalForm
    public var charitable: Bool
    public var nation: Nation
    public var regulatedService: Bool
    public var services: [String]

    public init(yaml: YAMLValue) throws(YAMLError) {
        let fields = try yaml.mapping(["name", "registration", "model", "legal-form", "charitable", "nation", "regulated-service", "services"])
        name = try fields.required("name")
        registration = try fields.optional("registration")
        model = try fields.required("model")
        legalForm = try fields.optional("legal-form") ?? .other
        charitable = try fields.optional("charitable") ?? false
        nation = try fields.required("nation")
        regulatedService = try fields.optional("regulated-service") ?? false
        services = try fields.optional("services") ?? []
    }
}

/// One policy the co-op declares, and the file that holds it.
public struct Policy: YAMLReadable, Sendable {
    public var id: String
    public var file: Located<String>
    public var reviewed: Located<LocalDate>?
    public var languages: [Language]

    public init(yaml: YAMLValue) throws(YAMLError) {
        let fields = try yaml.mapping(["id", "file", "reviewed", "languages"])
        id = try fields.required("id")
        file = try fields.required("file")
        reviewed = try fields.optional("reviewed")
        languages = try fields.optional("languages") ?? []
    }

    /// The policy ids bundle.md names; others are allowed and listed.
    public static let knownIDs: Set<String> = [
        "safeguarding", "complaints", "whistleblowing", "control-restraint", "staff-support", "staff-discipline",
        "membership", "community", "equality", "data-protection", "health-safety", "welsh-language", "statement-of-purpose",
    ]
}

/// A federation, consortium or support relationship (co-operation among co-operatives).
public struct FederationMembership: YAMLReadable, Sendable {
    public var name: String
    public var since: LocalDate?

    public init(yaml: YAMLValue) throws(YAMLError) {
        let fields = try yaml.mapping(["name", "since"])
        name = try fields.required("name")
        since = try fields.optional("since")
    }
}

/// Figures for the Welsh-language Active Offer.
public struct WelshLanguageProfile: YAMLReadable, Sendable {
    public var staffTotal: Int?
    public var staffWelshSpeaking: Int?
    public var usersTotal: Int?
    public var usersLanguageRecorded: Int?
    public var usersPreferringWelsh: Int?
    public var usersServedInWelsh: Int?
    public init(yaml: YAMLValue) throws(YAMLError) {
        let fields = try yaml.mapping([
            "staff-total", "staff-welsh-speaking", "users-total", "users-language-recorded", "users-preferring-welsh",
            "users-served-in-welsh",
        ])
        staffTotal = try fields.optional("staff-total")
        staffWelshSpeaking = try fields.optional("staff-welsh-speaking")
        usersTotal = try fields.optional("users-total")
        usersLanguageRecorded = try fields.optional("users-language-recorded")
        usersPreferringWelsh = try fields.optional("users-preferring-welsh")
        usersServedInWelsh = try fields.optional("users-served-in-welsh")
    }
}
