import Foundation
import NodCore
import NodPlugins
package import NodReport

/// A batch worker in a child process of its own (`nod batch-worker`), supervised: whatever
/// happens inside one audit — a trap, a hang, memory past the child's budget — that bundle
/// becomes a row saying so, the child is started again, and the batch goes on.
///
/// The parent sends one request line per bundle and reads one `BatchRow` line back. The
/// child writes the bundle's reports itself, exactly as an in-process worker would. The web
/// office's audit queue uses the same supervised children.
package final class IsolatedWorker {
    /// How to start a child: the program and its arguments (`nod batch-worker …`).
    let command: [String]
    /// How long one bundle may take before its child is killed.
    let timeout: Duration
    private var child: PluginProcess?

    package init(command: [String], timeout: Duration) {
        self.command = command
        self.timeout = timeout
    }

    /// One line to the child, one back; anything else is the bundle's row of failure.
    package func process(_ bundle: String, name: String, waivers: String? = nil, attestations: String? = nil, previous: String? = nil,
                         profile: String? = nil) -> BatchRow {
        do {
            let process = try running()
            var request = try JSONEncoder().encode(BatchRequest(bundle: bundle, name: name, waivers: waivers, attestations: attestations,
                                                                previous: previous, profile: profile))
            request.removeAll { $0 == 0x0A }
            try process.send(request)
            let line = try process.readLine(timeout: timeout, limit: 16 << 20)
            return try JSONDecoder().decode(BatchRow.self, from: line)
        } catch let fault as PluginFault {
            stop()
            return BatchRow(bundle: bundle, rejectedBecause: "internal error while auditing: \(Self.describe(fault)); the bundle's audit was stopped and the batch went on", code: "batch.internal-error")
        } catch {
            stop()
            return BatchRow(bundle: bundle, rejectedBecause: "internal error while auditing: \(error)", code: "batch.internal-error")
        }
    }

    /// Ends the child: the end of its input tells it to stop.
    package func close() {
        stop()
    }

    private func running() throws(PluginFault) -> PluginProcess {
        if let child { return child }
        let process = try PluginProcess(argv: command, directory: FileManager.default.currentDirectoryPath)
        child = process
        return process
    }

    private func stop() {
        child?.kill()
        child = nil
    }

    private static func describe(_ fault: PluginFault) -> String {
        switch fault {
        case .exited(let status) where status < 0: "nod stopped with signal \(-status)"
        case .exited(let status): "nod exited with status \(status)"
        case .timedOut(let seconds): "it took more than \(Int(seconds)) s"
        default: "\(fault)"
        }
    }
}

/// One bundle for an isolated worker: where it is, and the name its reports take.
package struct BatchRequest: Codable, Sendable {
    package var bundle: String
    package var name: String
    /// A certifier's review files for this bundle alone (the web office's re-judging).
    package var waivers: String?
    package var attestations: String?
    /// The organisation's previous report, for repeated findings.
    package var previous: String?
    /// Another profile than the worker's (a surveillance audit's reduced profile).
    package var profile: String?

    package init(bundle: String, name: String, waivers: String? = nil, attestations: String? = nil, previous: String? = nil, profile: String? = nil) {
        self.bundle = bundle
        self.name = name
        self.waivers = waivers
        self.attestations = attestations
        self.previous = previous
        self.profile = profile
    }
}
