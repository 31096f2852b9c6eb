import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import NodCore
@testable import NodServer
import NodStore
import NodTestSupport
import SQLKit
import Testing

/// The real `nod serve` killed with SIGKILL in the middle of its queue and started again:
/// every accepted upload ends audited, none is recorded twice, and the database is sound.
@Suite(.serialized, .tags(.slow))
struct OfficeRestartTests {
    @Test func afterKillNineAndARestartEveryAcceptedUploadIsAuditedOnce() async throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("nod-restart-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: data) }
        let ledger = try await Ledger.open(data: data)
        let accountID = try await ledger.addAccount(email: "a@gofal.coop", password: "a long enough passphrase", role: .coOp, organisation: "Gofal")
        let token = try await ledger.createAPIToken(accountID: accountID, label: "test").secret
        // Thirty accepted uploads, put in the store and the ledger by the code the upload handler
        // uses, before the server starts: it then has a queue to be killed in the middle of.
        let store = try BundleStore(data: data)
        var ids: [String] = []
        for index in 0..<30 {
            let stored = try store.put(try TestOffice.exampleZip(replacing: ["notes/restart-\(index).md": "# \(index)\n"]))
            ids.append(try await ledger.addSubmission(organisationID: 1, accountID: accountID, bundleSHA256: stored.sha256, fileName: "b\(index).zip",
                                                      bytes: stored.bytes, keepEvidence: true).publicID)
        }
        try await ledger.close()

        let first = try ServerProcess(data: data, jobs: 1)
        // Kill it as soon as one audit has ended: the rest are in hand or queued.
        let watcher = try await Ledger.open(data: data)
        for _ in 0..<3000 {
            let done = try await watcher.database.raw("SELECT COUNT(*) AS n FROM submissions WHERE status = 'audited'").first()?
                .decode(column: "n", as: Int.self) ?? 0
            if done > 0 { break }
            try await Task.sleep(for: .milliseconds(10))
        }
        first.kill9()
        let before = first.log()
        let unfinished = try await watcher.submissions(organisationID: 1).filter { $0.status == .queued || $0.status == .auditing }.count
        try await watcher.close()
        #expect(unfinished > 0, "every audit had ended before the kill: the test proved nothing")

        let second = try ServerProcess(data: data)
        for id in ids {
            for _ in 0..<1200 {
                let (_, body) = try await second.request("GET", "/api/submissions/\(id)", token: token)
                if body.contains(#""status":"audited""#) || body.contains(#""status":"rejected""#) { break }
                try await Task.sleep(for: .milliseconds(100))
            }
        }
        second.stop()
        let logs = before + second.log()

        let reopened = try await Ledger.open(data: data)
        let submissions = try await reopened.submissions(organisationID: 1)
        #expect(submissions.count == 30)
        #expect(submissions.allSatisfy { $0.status == .audited && $0.decision != nil }, "\(submissions.map(\.status))")
        #expect(try await reopened.integrityCheck() == "ok")
        try await reopened.close()
        for id in ids {
            #expect(logs.components(separatedBy: "submission=\(id)").count - 1 <= 2, "\(id) recorded more than once")
            #expect(FileManager.default.fileExists(atPath: data.appendingPathComponent("reports/\(id).json").path))
        }
        let leftovers = (try? FileManager.default.contentsOfDirectory(atPath: data.appendingPathComponent("bundles").path)) ?? []
        #expect(!leftovers.contains { $0.hasPrefix(".incoming-") })
    }
}

/// `nod serve` as a child process on a free loopback port.
final class ServerProcess: @unchecked Sendable {
    let process = Process()
    let port: Int
    private let errors: URL

    init(data: URL, jobs: Int = 2) throws {
        errors = data.appendingPathComponent("serve-\(UUID().uuidString).log")
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        let output = Pipe()
        process.executableURL = NodProcess.executable
        process.arguments = ["serve", "--data", data.path, "--port", "0", "--jobs", "\(jobs)", "--date", "2026-06-30"]
        process.standardOutput = output
        process.standardError = try FileHandle(forWritingTo: errors)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        var line = Data()
        while !line.contains(0x0A) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line += chunk
        }
        let text = String(decoding: line, as: UTF8.self)
        guard let range = text.range(of: #"127\.0\.0\.1:[0-9]+"#, options: .regularExpression),
              let port = Int(text[range].split(separator: ":")[1]) else {
            process.terminate()
            throw TestFailure("nod serve did not start: \(text)")
        }
        self.port = port
    }

    func request(_ method: String, _ path: String, token: String, body: Data? = nil) async throws -> (Int, String) {
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)\(path)")!)
        request.httpMethod = method
        request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        request.httpBody = body
        request.timeoutInterval = 30
        let (data, response) = try await URLSession.shared.data(for: request)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }

    func kill9() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    func stop() {
        process.terminate()
        process.waitUntilExit()
    }

    func log() -> String { (try? String(contentsOf: errors, encoding: .utf8)) ?? "" }
}
