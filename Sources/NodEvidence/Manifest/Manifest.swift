import Foundation
package import NodCore
package import NodYAML

/// `manifest.yaml`: who the co-op is, which period is audited, and what its own rules say.
///
/// The only file a bundle cannot do without: a missing or malformed manifest rejects the
/// bundle (exit 3), because no rule can be judged without the period and the model.
package struct Manifest: YAMLReadable, Sendable {
    /// The bundle format this nod reads.
    package static let supportedFormat = 1

    package var bundleFormat: Int
    package var organisation: Organisation
    package var period: Located<DatePeriod>
    package var currency: String
    package var language: Language?
    package var stakeholderClasses: [StakeholderClass]
    package var constitution: Constitution
    package var policies: [Policy]
    package var memberships: [FederationMembership]
    package var welshLanguage: WelshLanguageProfile?
    package var workforce: Workforce?

    /// The top-level keys a manifest may have (the JSON Schema's `properties`).
    package static let keys = [
        "bundle-format", "organisation", "period", "currency", "language", "stakeholder-classes", "constitution",
        "policies", "memberships", "welsh-language", "workforce",
    ]

    package init(yaml: YAMLValue) throws(YAMLError) {
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
        workforce = try fields.optional("workforce")
    }

    package func policy(_ id: String) -> Policy? {
        policies.first { $0.id == id }
    }
}

/// Who the co-op is.
package struct Organisation: YAMLReadable, Sendable {
    /// A registration with a public register (the FCA mutuals register, Companies House).
    package struct Registration: YAMLReadable, Sendable {
        package var register: String
        package var number: String
        package init(yaml: YAMLValue) throws(YAMLError) {
            let fields = try yaml.mapping(["register", "number"])
            register = try fields.required("register")
            number = try fields.required("number")
        }
    }

    package var name: String
    package var registration: Registration?
    package var model: CoopModel
    package var legalForm: LegalForm
    package var charitable: Bool
    package var nation: Nation
    package var regulatedService: Bool
    package var services: [String]
    /// A public authority or parent body that controls the co-op, if one does (GOV-12).
    package var controlledBy: Located<String>?

    package init(yaml: YAMLValue) throws(YAMLError) {
        let fields = try yaml.mapping(["name", "registration", "model", "legal-form", "charitable", "nation", "regulated-service", "services",
                                       "controlled-by"])
        name = try fields.required("name")
        registration = try fields.optional("registration")
        model = try fields.required("model")
        legalForm = try fields.optional("legal-form") ?? .other
        charitable = try fields.optional("charitable") ?? false
        nation = try fields.required("nation")
        // Absent or left empty, it is judged `true`: a missing answer must never be the
        // favourable one (`false` puts the care rules out of scope).
        regulatedService = try fields.optional("regulated-service") ?? true
        services = try fields.optional("services") ?? []
        controlledBy = try fields.optional("controlled-by")
    }
}

/// One policy the co-op declares, and the file that holds it.
package struct Policy: YAMLReadable, Sendable {
    package var id: String
    package var file: Located<String>
    package var reviewed: Located<LocalDate>?
    package var languages: [Language]
    /// For a complaints policy: the days it promises to acknowledge and to respond within.
    package var acknowledgeWithinDays: Located<Int>?
    package var respondWithinDays: Located<Int>?

    package init(yaml: YAMLValue) throws(YAMLError) {
        let fields = try yaml.mapping(["id", "file", "reviewed", "languages", "acknowledge-within-days", "respond-within-days"])
        id = try fields.required("id")
        file = try fields.required("file")
        reviewed = try fields.optional("reviewed")
        languages = try fields.optional("languages") ?? []
        acknowledgeWithinDays = try fields.optionalAmount("acknowledge-within-days")
        respondWithinDays = try fields.optionalAmount("respond-within-days")
    }

    /// The policy ids docs/bundle.md names; others are allowed and listed.
    package static let knownIDs: Set<String> = [
        "safeguarding", "complaints", "whistleblowing", "control-restraint", "staff-support", "staff-discipline",
        "membership", "community", "equality", "data-protection", "health-safety", "welsh-language", "statement-of-purpose",
    ]
}

/// How the co-op employs its workers, beyond the staff register (CARE-13).
package struct Workforce: YAMLReadable, Sendable {
    /// Whether rotas and pay keep travel time apart from care time (SI 2017/1264 reg 42).
    package var travelTimeSeparate: Located<Bool>?
    package init(yaml: YAMLValue) throws(YAMLError) {
        let fields = try yaml.mapping(["travel-time-separate"])
        travelTimeSeparate = try fields.optional("travel-time-separate")
    }
}

/// A federation, consortium or support relationship (co-operation among co-operatives).
package struct FederationMembership: YAMLReadable, Sendable {
    package var name: String
    package var since: LocalDate?

    package init(yaml: YAMLValue) throws(YAMLError) {
        let fields = try yaml.mapping(["name", "since"])
        name = try fields.required("name")
        since = try fields.optional("since")
    }
}

/// Figures for the Welsh-language Active Offer.
package struct WelshLanguageProfile: YAMLReadable, Sendable {
    package var staffTotal: Int?
    package var staffWelshSpeaking: Int?
    package var usersTotal: Int?
    package var usersLanguageRecorded: Int?
    package var usersPreferringWelsh: Int?
    package var usersServedInWelsh: Int?
    package init(yaml: YAMLValue) throws(YAMLError) {
        let fields = try yaml.mapping([
            "staff-total", "staff-welsh-speaking", "users-total", "users-language-recorded", "users-preferring-welsh",
            "users-served-in-welsh",
        ])
        staffTotal = try fields.optionalAmount("staff-total")
        staffWelshSpeaking = try fields.optionalAmount("staff-welsh-speaking")
        usersTotal = try fields.optionalAmount("users-total")
        usersLanguageRecorded = try fields.optionalAmount("users-language-recorded")
        usersPreferringWelsh = try fields.optionalAmount("users-preferring-welsh")
        usersServedInWelsh = try fields.optionalAmount("users-served-in-welsh")
        // A part never outnumbers its whole.
        let parts: [(key: String, part: Int?, whole: Int?, of: String)] = [
            ("staff-welsh-speaking", staffWelshSpeaking, staffTotal, "staff-total"),
            ("users-language-recorded", usersLanguageRecorded, usersTotal, "users-total"),
            ("users-preferring-welsh", usersPreferringWelsh, usersTotal, "users-total"),
            ("users-served-in-welsh", usersServedInWelsh, usersTotal, "users-total"),
        ]
        for check in parts {
            if let part = check.part, let whole = check.whole, part > whole {
                throw fields.invalid(check.key, "is \(part), more than \(check.of) (\(whole))")
            }
        }
    }
}
