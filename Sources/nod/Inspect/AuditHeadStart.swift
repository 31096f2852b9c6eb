import Logging
import NodArchive
import NodCore
import NodEvidence
import NodRules
import NodYAML
import Synchronization

/// Work `nod audit` begins on the spare core before ArgumentParser has parsed its command
/// line: reading the bundle, and loading the built-in rules.
///
/// ArgumentParser takes several milliseconds to reflect on `audit`'s options, and neither
/// job depends on them in the usual case. So `main` reads the raw words once: unless help is
/// asked for, it guesses the bundle — the first word after `audit` that is neither an option
/// nor an option's value — and reads it with the default limits (not when a `--max-…` limit
/// is given), and loads the built-in rules (not when `--rules` replaces them). `Audit.run()`
/// and `RuleOptions.library()` take each result only when the parsed command agrees — same
/// bundle, same limits, built-in rules alone — and otherwise do the work again as asked.
/// Both jobs are free of side effects, so a wrong guess costs only the spare core's time.
enum AuditHeadStart {
    typealias LoadedRules = (library: RuleLibrary, errors: [RuleError])

    private struct Started: Sendable {
        var bundle: EarlyBundle?
        var rules: BackgroundResult<LoadedRules>?
    }

    private static let started = Mutex(Started())

    /// Begins what `arguments` (the whole command line) allows, if it is `nod audit …`.
    static func begin(_ arguments: [String]) {
        guard arguments.count > 2, arguments[1] == "audit" else { return }
        let words = arguments.dropFirst(2)
        if words.contains(where: { $0 == "--help" || $0 == "-h" }) { return }
        let bundle = bundleArgument(words).map { EarlyBundle(path: $0) }
        let rules = words.contains { $0 == "--rules" || $0.hasPrefix("--rules=") }
            ? nil : BackgroundResult { RuleLibrary.load(EmbeddedRules.sources) }
        started.withLock { $0 = Started(bundle: bundle, rules: rules) }
    }

    /// `audit`'s options that take no value; every other option takes one (`--name value`,
    /// or `--name=value`). A flag missing here makes the guess skip a word: no harm but time.
    static let flags: Set<String> = ["--verbose", "-v", "--quiet", "-q", "--with-default-rules"]

    /// The bundle among `audit`'s words, or nil when a limit is changed or `--` is used.
    static func bundleArgument(_ words: ArraySlice<String>) -> String? {
        var words = words.makeIterator(), bundle: String?
        while let word = words.next() {
            if word.hasPrefix("--max-") || word == "--" { return nil }
            if word.hasPrefix("-") {
                if !flags.contains(word), !word.contains("=") { _ = words.next() }
            } else if bundle == nil {
                bundle = word
            }
        }
        return bundle
    }

    /// The bundle read begun early, when it is of `path` under these limits (handed out once).
    static func bundle(_ path: String, bundleLimits: BundleLimits, yamlLimits: YAMLLimits) -> EarlyBundle? {
        let early = started.withLock { state in defer { state.bundle = nil }; return state.bundle }
        guard let early, early.matches(path, bundleLimits: bundleLimits, yamlLimits: yamlLimits) else { return nil }
        return early
    }

    /// The built-in rules loaded early, if they were (handed out once).
    static func builtInRules() -> LoadedRules? {
        started.withLock { state in defer { state.rules = nil }; return state.rules }?.wait()
    }
}

/// A bundle being read before the command line was parsed, with the log lines of the read
/// kept until it is known whether anyone asked for them (`--verbose`).
final class EarlyBundle: Sendable {
    typealias Outcome = Result<EvidenceModel, BundleLoading.Rejection>

    private let path: String
    private let loading: BundleLoading
    private let messages = RecordedMessages()
    private let result: BackgroundResult<Outcome>

    fileprivate init(path: String) {
        let messages = self.messages
        let logger = Logger(label: "nod.audit") { _ in RecordingLogHandler(messages: messages) }
        let loading = BundleLoading(bundleLimits: .default, yamlLimits: .default, logger: logger, concurrent: true)
        self.path = path
        self.loading = loading
        result = BackgroundResult { loading.read(path) }
    }

    fileprivate func matches(_ path: String, bundleLimits: BundleLimits, yamlLimits: YAMLLimits) -> Bool {
        self.path == path && loading.bundleLimits == bundleLimits && loading.yamlLimits == yamlLimits
    }

    /// Blocks until the bundle is read, then logs what the read logged.
    func wait(logging logger: Logger) -> Outcome {
        let outcome = result.wait()
        for (level, message) in messages.all { logger.log(level: level, "\(message) (begun while the command line was parsed)") }
        return outcome
    }
}

private final class RecordedMessages: Sendable {
    private let messages = Mutex<[(Logger.Level, String)]>([])

    func append(_ level: Logger.Level, _ message: String) {
        messages.withLock { $0.append((level, message)) }
    }

    var all: [(Logger.Level, String)] { messages.withLock { $0 } }
}

private struct RecordingLogHandler: LogHandler {
    let messages: RecordedMessages
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        messages.append(event.level, event.message.description)
    }
}
