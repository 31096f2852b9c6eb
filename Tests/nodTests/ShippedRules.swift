import NodAudit
import NodRules

/// How many rules the built-in profiles hold, read from the rules themselves, so that adding
/// a rule to a pack does not break tests about something else.
enum ShippedRules {
    static let library = try! RuleChoice().load()

    /// The rules a profile judges.
    static func count(in profile: String) -> Int {
        library.profile(profile).map { library.rules(for: $0).count } ?? 0
    }

    /// Every rule of every built-in pack.
    static var all: Int { library.allRules.count }
}
