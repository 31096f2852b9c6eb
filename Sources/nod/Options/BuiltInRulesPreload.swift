import Foundation
import NodCore
import NodRules
import Synchronization

/// The built-in rules, read on a second core while ArgumentParser reads the command line.
///
/// `nod audit` and `nod batch` need them (unless `--rules` replaces them), and parsing the
/// command line is ≈ 5 ms of reflection during which the other core is idle; reading the
/// eleven rule files takes about as long. Started only for those two commands, and always
/// finished before the process exits, so no exit path races a half-read library.
final class BuiltInRulesPreload: Sendable {
    static let shared = BuiltInRulesPreload()

    private let loading = Mutex<BackgroundResult<(RuleLibrary, [RuleError])>?>(nil)

    /// Starts reading when the first argument names a command that audits bundles.
    func start(for arguments: [String]) {
        guard let command = arguments.dropFirst().first, ["audit", "batch"].contains(command) else { return }
        loading.withLock { $0 = BackgroundResult { RuleLibrary.load(EmbeddedRules.sources) } }
    }

    /// The library read ahead, if it was; later callers read the rules themselves.
    func take() -> (RuleLibrary, [RuleError])? {
        loading.withLock { loading in
            defer { loading = nil }
            return loading?.wait()
        }
    }

    /// Waits for a read still under way (before the process exits).
    func settle() {
        _ = take()
    }
}
