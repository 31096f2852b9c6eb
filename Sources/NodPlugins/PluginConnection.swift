package import Foundation
import NodCore
import Synchronization
package import NodPluginProtocol

/// How to start a plug-in and what it promises (from its plugin.yaml).
package struct PluginLaunch: Sendable {
    package var name: String
    package var version: String
    package var run: [String]
    package var directory: String
    package var timeout: Duration
    package var checks: [String]
    /// Largest answer accepted for one request (docs/plugins.md: 16 MiB).
    package var answerLimit: Int

    package init(name: String, version: String, run: [String], directory: String, timeout: Duration, checks: [String], answerLimit: Int = 16 << 20) {
        self.name = name
        self.version = version
        self.run = run
        self.directory = directory
        self.timeout = timeout
        self.checks = checks
        self.answerLimit = answerLimit
    }
}

/// A plug-in's failure as a check sees it: which plug-in, and why.
package struct PluginFailure: Error, Sendable, CustomStringConvertible {
    package var plugin: String
    package var fault: PluginFault
    package var description: String { "plug-in '\(plugin)' failed: \(fault)" }
}

/// One plug-in process shared by every request of a run: started on first use, reused, killed
/// (its whole process group) at its first fault. The checks it still owes that bundle fail at
/// once with the same cause; the next bundle gets a new process. One request at a time.
package final class PluginConnection: Sendable {
    package let launch: PluginLaunch
    private let state = Mutex(State())

    /// The process and what is known of it, changed only under the connection's lock.
    private struct State {
        var process: PluginProcess?
        var fault: (bundle: String, fault: PluginFault)?
        var requests = 0
        var stderrLog = Data()

        mutating func stop() {
            guard let process else { return }
            process.kill()
            stderrLog.append(process.stderrText)
            self.process = nil
        }
    }

    package init(launch: PluginLaunch) {
        self.launch = launch
    }

    deinit {
        close()
    }

    /// What the plug-in wrote to stderr, for the log.
    package var stderrLog: Data { state.withLock { $0.stderrLog } }

    /// Sends one check and waits for its answer. A protocol `error` answer is returned, not a fault.
    package func check(_ request: CheckRequest, bundle: String) throws(PluginFailure) -> PluginMessage {
        try state.withLock { (state) throws(PluginFailure) -> PluginMessage in
            if let fault = state.fault, fault.bundle == bundle { throw PluginFailure(plugin: launch.name, fault: fault.fault) }
            state.fault = nil
            do {
                let process = try running(&state)
                state.requests += 1
                var numbered = request
                numbered.id = "\(request.id)-\(state.requests)"
                try process.send(try encode(.check(numbered)))
                let answer = try decode(try process.readLine(timeout: launch.timeout, limit: launch.answerLimit))
                switch answer {
                case .result(let result) where result.id != numbered.id:
                    throw PluginFault.wrongID(expected: numbered.id, got: result.id)
                case .error(let id, _) where id != numbered.id:
                    throw PluginFault.wrongID(expected: numbered.id, got: id)
                case .hello:
                    throw PluginFault.malformed("a second hello")
                default:
                    return answer
                }
            } catch {
                state.stop()
                let fault = error as? PluginFault ?? .malformed("\(error)")
                state.fault = (bundle, fault)
                throw PluginFailure(plugin: launch.name, fault: fault)
            }
        }
    }

    /// Says bye and lets the plug-in exit; kills it if it does not.
    package func close() {
        state.withLock { state in
            if let process = state.process, let bye = try? encode(.bye) {
                try? process.send(bye)
            }
            state.stop()
        }
    }

    private func running(_ state: inout State) throws -> PluginProcess {
        if let process = state.process { return process }
        let process = try PluginProcess(argv: launch.run, directory: launch.directory)
        state.process = process
        let hello = try encode(.hello(nod: NodVersion.current))
        let reply = Result { () throws(PluginFault) -> Data in
            try process.send(hello)
            return try process.readLine(timeout: launch.timeout, limit: launch.answerLimit)
        }
        if case .failure(.exited(let status)) = reply, status == 126 || status == 127 {
            throw PluginFault.failedToStart("the program in run: (\(launch.run.joined(separator: " "))) was not found or is not executable")
        }
        let first = try reply.get()
        guard case .hello(let greeting) = try decode(first) else {
            throw PluginFault.refused("the first answer was not a hello")
        }
        guard greeting.protocol == HostMessage.protocolVersion else {
            throw PluginFault.refused("it speaks protocol \(greeting.protocol), nod speaks \(HostMessage.protocolVersion)")
        }
        let missing = launch.checks.filter { !greeting.checks.contains($0) }
        guard missing.isEmpty else { throw PluginFault.refused("its hello does not offer \(missing.joined(separator: ", "))") }
        return process
    }

    private func encode(_ message: HostMessage) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(message)
    }

    private func decode(_ line: Data) throws(PluginFault) -> PluginMessage {
        do {
            return try JSONDecoder().decode(PluginMessage.self, from: line)
        } catch {
            let shown = String(decoding: line.prefix(80), as: UTF8.self)
            throw .malformed("'\(shown)\(line.count > 80 ? "…" : "")'")
        }
    }

    /// The plug-in's process id while it runs, for tests.
    var processID: Int32? { state.withLock { $0.process?.pid } }
}
