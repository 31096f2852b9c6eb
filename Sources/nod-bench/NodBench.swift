import Foundation
import NodCore
import NodPluginProtocol
import NodPlugins
import Synchronization

/// Benchmarks that print figures (never pass/fail tests). Run in release:
///   swift run -c release nod-bench plugin-overhead [requests]
@main
struct NodBench {
    static func main() throws {
        let arguments = Array(CommandLine.arguments.dropFirst())
        switch arguments.first {
        case "measure":
            BatchBench.measureHere(Array(arguments.dropFirst()))
        case "batch":
            let count = arguments.dropFirst().first.flatMap(Int.init) ?? 1000
            let megabytes = arguments.dropFirst(2).first.flatMap(Int64.init) ?? 1024
            try BatchBench.run(count: count, bigBytes: megabytes << 20)
        case "office":
            let count = arguments.dropFirst().first.flatMap(Int.init) ?? 1000
            let megabytes = arguments.dropFirst(2).first.flatMap(Int64.init) ?? 1024
            let failure = BlockingBench.run { () async -> (any Error)? in
                do { try await OfficeBench.run(count: count, bigBytes: megabytes << 20); return nil } catch { return error }
            }
            if let failure { print("office benchmark failed: \(failure)") }
        case "portfolio":
            let sizes = arguments.dropFirst().compactMap(Int.init)
            let postgres = arguments.dropFirst().first { $0.hasPrefix("postgres") }
            let failure = BlockingBench.run { () async -> (any Error)? in
                do { try await PortfolioBench.run(sizes: sizes.isEmpty ? [100, 10_000] : sizes, postgres: postgres); return nil } catch { return error }
            }
            if let failure { print("portfolio benchmark failed: \(failure)") }
        case "plugin-overhead":
            try PluginOverhead.run(requests: arguments.dropFirst().first.flatMap(Int.init) ?? 5000)
        default:
            print("usage: nod-bench batch [bundles=1000] [large-MiB=1024] | nod-bench office [bundles=1000] [large-MiB=1024] | nod-bench portfolio [reports…=100 10000] [postgres://…] | nod-bench plugin-overhead [requests]")
            print("  batch            nod against the floor: a typical bundle, a large one, a batch, jobs 1 vs 2, a shell loop")
            print("  office           the web office: API uploads by 8 clients vs nod batch, a report page under wrk, peak RSS with a 1 GiB upload")
            print("  portfolio        seasons in the ledger: import time and memory, the portfolio page at each size and their ratio;")
            print("                   with a PostgreSQL address (a server it may create databases on), on SQLite and on PostgreSQL")
            print("  plugin-overhead  time per check request to an already started plug-in (Swift and Python)")
        }
    }
}

/// Per-request overhead of protocol 1 once a plug-in is running: encode, write, poll, read,
/// decode — the plug-in's own work kept near zero (an empty evidence model).
enum PluginOverhead {
    static func run(requests: Int) throws {
        let root = repositoryRoot()
        let buildFolder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent().path
        let plugins: [(String, [String], String)] = [
            ("Swift (minutes-readability)", ["\(buildFolder)/nod-plugin-minutes-readability"], "minutes-readability"),
            ("Python (board-attendance)", ["python3", "main.py"], "board-attendance-rate"),
        ]
        print("plug-in request overhead, \(requests) requests after start-up (target ≤ 0.5 ms per request)")
        for (name, run, check) in plugins {
            let folder = check == "minutes-readability" ? "minutes-readability" : "board-attendance"
            let connection = PluginConnection(launch: PluginLaunch(
                name: folder, version: "1", run: run, directory: "\(root)/Plugins/\(folder)", timeout: .seconds(10), checks: [check]))
            let evidence: JSONValue = .object(["meetings": .array([]), "directors": .array([]),
                                               "period": .object(["start": .string("2025-04-01"), "end": .string("2026-03-31")])])
            let request = CheckRequest(id: "r", check: check, rule: "EXT-01", params: .object([:]), lang: "en",
                                                   auditDate: "2026-06-30", evidence: evidence, files: [])
            let clock = ContinuousClock()
            let startup = try clock.measure { _ = try connection.check(request, bundle: "b") }
            let elapsed = try clock.measure {
                for _ in 0..<requests { _ = try connection.check(request, bundle: "b") }
            }
            connection.close()
            let perRequest = Double(elapsed.components.seconds) * 1e3 + Double(elapsed.components.attoseconds) / 1e15
            print(String(format: "  %-30@ start-up %7.1f ms   per request %.3f ms", name as NSString,
                         Double(startup.components.seconds) * 1e3 + Double(startup.components.attoseconds) / 1e15,
                         perRequest / Double(requests)))
        }
    }

    static func repositoryRoot() -> String {
        var url = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url.path }
            url.deleteLastPathComponent()
        }
        return FileManager.default.currentDirectoryPath
    }
}

/// Runs async work to its end from the synchronous entry point.
enum BlockingBench {
    static func run<T: Sendable>(_ work: @escaping @Sendable () async -> T) -> T {
        let result = Mutex<T?>(nil)
        let done = DispatchSemaphore(value: 0)
        Task {
            let value = await work()
            result.withLock { $0 = value }
            done.signal()
        }
        done.wait()
        return result.withLock { $0 }!
    }
}
