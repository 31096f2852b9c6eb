package import NodCore
import NodYAML

/// The one vocabulary of member classes, so that rules can reason about who holds power.
package enum StakeholderClass: String, Sendable, Hashable, YAMLEnum, Comparable {
    case workers, serviceUsers = "service-users", carers, volunteers, community, investors, producers, organisations

    /// Service users and their carers: the side a user-led co-op must put in control.
    package var isUserSide: Bool { self == .serviceUsers || self == .carers }

    /// The class's members as a report names them, in each language.
    package var members: LocalizedText {
        switch self {
        case .workers: LocalizedText(en: "workers", cy: "gweithwyr")
        case .serviceUsers: LocalizedText(en: "service users", cy: "defnyddwyr gwasanaeth")
        case .carers: LocalizedText(en: "carers", cy: "gofalwyr")
        case .volunteers: LocalizedText(en: "volunteers", cy: "gwirfoddolwyr")
        case .community: LocalizedText(en: "community members", cy: "aelodau o'r gymuned")
        case .investors: LocalizedText(en: "investor members", cy: "aelodau buddsoddi")
        case .producers: LocalizedText(en: "producers", cy: "cynhyrchwyr")
        case .organisations: LocalizedText(en: "member organisations", cy: "sefydliadau sy'n aelodau")
        }
    }

    package static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
