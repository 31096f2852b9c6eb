import Logging
import NodArchive
import NodCore
import NodEvidence
import NodYAML
import Synchronization

/// The bundle of `nod audit BUNDLE …`, read on the second core while the command line is
/// still being parsed.
///
/// ArgumentParser takes several milliseconds to reflect on `audit`'s options, and reading the
/// bundle does not depend on them unless a limit is changed. So unless a `--max-…` limit or
/// help is asked for, `main` guesses the bundle — the first word after `audit` that is neither
/// an option nor an option's value — and starts reading it at once with the default limits.
/// `Audit.run()` takes the result only when the parsed command names the same bundle with the
/// default limits; otherwise the bundle is read again as given. Reading has no side effects,
/// so a wrong guess costs only the second core's time.
final class EarlyBundleRead: Sendable {
    typealias Outcome = Result<EvidenceModel, BundleLoading.Rejection>

    private let path: String
    private let messages: RecordedMessages
    private let result: BackgroundResult<Outcome>

    private static let started = Mutex<EarlyBundleRead?>(nil)

    private init(path: String) {
        self.path = path
        let messages = RecordedMessages()
        self.messages = messages
        let logger = Logger(label: "nod.audit") { _ in RecordingLogHandler(messages: messages) }
        let loading = BundleLoading(bundleLimits: .default, yamlLimits: .default, logger: logger, concurrent: true)
        result = BackgroundResult { loading.read(path) }
    }

    /// Starts reading when `arguments` (the whole command line) is `nod audit … BUNDLE …`
    /// with the default limits and no request for help.
    static func start(_ arguments: [String]) {
        guard let path = bundleArgument(arguments) else { return }
        started.withLock { $0 = EarlyBundleRead(path: path) }
    }

    /// `audit`'s options that take no value; every other option takes one (`--name value`,
    /// or `--name=value`). A flag missing here makes the guess skip a word: no harm but time.
    static let flags: Set<String> = ["--verbose", "-v", "--quiet", "-q", "--with-default-rules"]

    /// The bundle of `nod audit …`, or nil when it is not an audit with the default limits.
    static func bundleArgument(_ arguments: [String]) -> String? {
        guard arguments.count > 2, arguments[1] == "audit" else { return nil }
        var words = arguments.dropFirst(2).makeIterator(), bundle: String?
        while let word = words.next() {
            if word.hasPrefix("--max-") || word == "--help" || word == "-h" || word == "--" { return nil }
            if word.hasPrefix("-") {
                if !flags.contains(word), !word.contains("=") { _ = words.next() }
            } else if bundle == nil {
                bundle = word
            }
        }
        return bundle
    }

    /// The read begun early, when it is of `path` under these limits (it is handed out once);
    /// `wait` returns its outcome after passing its log messages on to `logger`.
    static func take(_ path: String, bundleLimits: BundleLimits, yamlLimits: YAMLLimits) -> EarlyBundleRead? {
        guard let early = started.withLock({ value in defer { value = nil }; return value }),
              early.path == path, bundleLimits == .default, yamlLimits == .default else { return nil }
        return early
    }

    /// Blocks until the bundle is read, then logs what the read logged.
    func wait(logging logger: Logger) -> Outcome {
        let outcome = result.wait()
        for (level, message) in messages.all { logger.log(level: level, "\(message) (begun while the command line was parsed)") }
        return outcome
    }
}

/// Log messages kept until it is known whether anyone asked for them (`--verbose`).
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
