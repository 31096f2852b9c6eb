import NodCore
import NodRules
import Synchronization

/// The built-in rule packs and profiles, loaded on another core while `nod audit`'s command
/// line is parsed.
///
/// Loading them takes a few milliseconds that depend on nothing the options say, unless
/// `--rules` replaces them; so `main` starts it at once, and `RuleOptions.library()` takes the
/// result when the parsed options load the built-in rules alone.
enum EarlyRules {
    typealias Loaded = (library: RuleLibrary, errors: [RuleError])

    private static let started = Mutex<BackgroundResult<Loaded>?>(nil)

    /// Starts loading for `nod audit …` without `--rules` or a request for help.
    static func start(_ arguments: [String]) {
        guard arguments.count > 2, arguments[1] == "audit",
              !arguments.contains(where: { $0 == "--rules" || $0.hasPrefix("--rules=") || $0 == "--help" || $0 == "-h" }) else { return }
        started.withLock { $0 = BackgroundResult { RuleLibrary.load(EmbeddedRules.sources) } }
    }

    /// The built-in rules loaded early, if they were (handed out once).
    static func take() -> Loaded? {
        started.withLock { value in defer { value = nil }; return value }?.wait()
    }
}
