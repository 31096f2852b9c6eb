import Foundation
import NodPluginProtocol
@testable import NodPlugins
import NodTestSupport
import Testing

/// Every fault of docs/plugins.md, provoked by a deliberately broken test plug-in.
struct FaultIsolationTests {
    static let fixtures = RepositoryPaths.root().appendingPathComponent("Tests/NodPluginsTests/Fixtures").path

    static func connection(_ mode: String, extra: [String] = [], timeout: Duration = .seconds(2), limit: Int = 1 << 20) -> PluginConnection {
        PluginConnection(launch: PluginLaunch(name: "test", version: "1.0.0", run: ["/usr/bin/python3", "misbehaving.py", mode] + extra,
                                              directory: fixtures, timeout: timeout, checks: ["count-words"], answerLimit: limit))
    }

    static func request(_ id: String = "r") -> CheckRequest {
        CheckRequest(id: id, check: "count-words", rule: "PLG-01", params: .object(["min": .number(3)]), lang: "cy",
                                 auditDate: "2026-06-30", evidence: .object([:]), files: [])
    }

    func fault(_ connection: PluginConnection, bundle: String = "b1") -> PluginFault? {
        do {
            _ = try connection.check(Self.request(), bundle: bundle)
            Issue.record("expected a fault")
            return nil
        } catch {
            return error.fault
        }
    }

    @Test func aWellBehavedPluginIsStartedOnceAndReused() throws {
        let connection = Self.connection("good")
        guard case .result(let first) = try connection.check(Self.request(), bundle: "b1") else { Issue.record("no result"); return }
        let pid = connection.processID
        guard case .result(let second) = try connection.check(Self.request(), bundle: "b2") else { Issue.record("no result"); return }
        #expect(first.status == .pass && second.status == .pass)
        #expect(first.measures?["params"] == 10)  // {"min": 3}
        #expect(connection.processID == pid)
    }

    @Test func aCrashIsAFaultAndTheRestOfTheBundleFailsAtOnce() throws {
        let connection = Self.connection("crash")
        #expect(fault(connection) == .exited(status: 1))
        // The same bundle's next check fails with the same cause, without a new process.
        #expect(fault(connection) == .exited(status: 1))
        #expect(connection.processID == nil)
    }

    @Test func theNextBundleGetsAFreshProcess() throws {
        try TemporaryDirectory.with { dir in
            let connection = Self.connection("crash-once", extra: [dir.appendingPathComponent("crashed").path])
            #expect(fault(connection, bundle: "b1") == .exited(status: 1))
            guard case .result(let result) = try connection.check(Self.request(), bundle: "b2") else { Issue.record("no result"); return }
            #expect(result.status == .pass)
        }
    }

    @Test(.timeLimit(.minutes(1))) func aHangIsKilledAtTheTimeoutWithItsChildren() throws {
        let connection = Self.connection("hang-with-child", timeout: .milliseconds(800))
        #expect(fault(connection) == .timedOut(seconds: 0.8))

        // The plug-in and the child it started are both gone once its group is killed.
        let process = try PluginProcess(argv: ["/usr/bin/python3", "misbehaving.py", "hang-with-child"], directory: Self.fixtures)
        try process.send(Data(#"{"type":"hello","protocol":1,"nod":"t"}"#.utf8))
        _ = try process.readLine(timeout: .seconds(2), limit: 1 << 20)
        try process.send(Data(#"{"type":"check","id":"x","check":"count-words","rule":"R","params":{},"lang":"en","audit-date":"2026-06-30","evidence":{},"files":[]}"#.utf8))
        #expect(throws: PluginFault.self) { try process.readLine(timeout: .milliseconds(500), limit: 1 << 20) }
        #expect(PluginProcess.livingMembers(ofGroup: process.pid) == 2)
        process.kill()
        usleep(100_000)
        #expect(PluginProcess.livingMembers(ofGroup: process.pid) == 0)
    }

    @Test func garbageIsAFault() {
        guard case .malformed(let text)? = fault(Self.connection("garbage")) else { Issue.record("expected malformed"); return }
        #expect(text.contains("this is not json"))
    }

    @Test func theWrongIDIsAFault() {
        guard case .wrongID(_, let got)? = fault(Self.connection("wrong-id")) else { Issue.record("expected wrong id"); return }
        #expect(got == "someone-else")
    }

    @Test func aFloodIsCutAtTheLimit() {
        let clock = ContinuousClock()
        var observed: PluginFault?
        let elapsed = clock.measure { observed = fault(Self.connection("flood", limit: 1 << 20)) }
        #expect(observed == .answerTooLarge(limit: 1 << 20))
        #expect(elapsed < .seconds(3))
    }

    @Test func aBadHandshakeIsAFault() {
        guard case .refused? = fault(Self.connection("no-hello")) else { Issue.record("expected refused"); return }
        #expect(fault(Self.connection("exit-at-start")) == .exited(status: 3))
    }

    @Test func aMissingProgramFailsToStart() {
        let connection = PluginConnection(launch: PluginLaunch(name: "ghost", version: "1", run: ["./no-such-program"], directory: Self.fixtures,
                                                               timeout: .seconds(2), checks: ["x"]))
        guard case .failedToStart(let why)? = fault(connection) else { Issue.record("expected failed to start"); return }
        #expect(why.contains("no-such-program"))
    }

    @Test func stderrIsDrainedAndKeptForTheLog() throws {
        let connection = Self.connection("stderr-spam")
        guard case .result = try connection.check(Self.request(), bundle: "b1") else { Issue.record("no result"); return }
        connection.close()
        #expect(connection.stderrLog.count == PluginProcess.stderrLimit)
    }

    @Test func aProtocolErrorIsAnAnswerNotAFault() throws {
        let connection = Self.connection("refuse")
        guard case .error(_, let message) = try connection.check(Self.request(), bundle: "b1") else { Issue.record("expected error"); return }
        #expect(message == "no survey to read")
        guard case .error = try connection.check(Self.request(), bundle: "b1") else { Issue.record("process was not reused"); return }
    }

    @Test func failuresNameThePluginAndTheCause() {
        let failure = PluginFailure(plugin: "wellbeing-extras", fault: .timedOut(seconds: 10))
        #expect(failure.description == "plug-in 'wellbeing-extras' failed: it did not answer within 10.0 s")
    }
}
