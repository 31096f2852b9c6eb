package import NodYAML

/// The one vocabulary of member classes, so that rules can reason about who holds power.
package enum StakeholderClass: String, Sendable, Hashable, YAMLEnum, Comparable {
    case workers, serviceUsers = "service-users", carers, volunteers, community, investors, producers, organisations

    /// Service users and their carers: the side a user-led co-op must put in control.
    package var isUserSide: Bool { self == .serviceUsers || self == .carers }

    package static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
