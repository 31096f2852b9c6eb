import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Hummingbird
import NodArchiveTesting
import NodStore
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// The web office under load, beside nod batch on the same bundles in the same run: uploads by
/// eight concurrent API clients audited with `--jobs 2`; a stored report page under wrk
/// beside the same bytes served as a static file; the server's peak memory while a 1 GiB
/// bundle is uploaded and audited and pages are served.
enum OfficeBench {
    static func run(count: Int, bigBytes: Int64) async throws {
        let root = PluginOverhead.repositoryRoot()
        let build = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent().path
        let nod = "\(build)/nod"
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("nod-office-bench-\(getpid())").path
        try FileManager.default.createDirectory(atPath: "\(work)/batch", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: work) }
        let entries = try BatchBench.typicalEntries(root: root)
        let typical = try ArchiveBuilder.build(entries, format: .tarGzip)
        for index in 0..<count { try typical.write(to: URL(fileURLWithPath: "\(work)/batch/bundle-\(index).tar.gz")) }
        print("nod web office benchmark — \(count) typical bundles (\(typical.count / 1024) KiB tar.gz each), --jobs 2, 8 clients "
              + (FileManager.default.isExecutableFile(atPath: "/usr/bin/curl") ? "(curl --parallel)" : "(URLSession)"))

        BatchBench.settle(warming: "\(work)/batch")
        let batchStart = ContinuousClock.now
        _ = BatchBench.measure([nod, "batch", "\(work)/batch", "--out", "\(work)/out", "--date", "2026-06-30", "--jobs", "2", "--quiet"])
        let batchSeconds = BatchBench.seconds(since: batchStart)

        // The office: an account and token made in its ledger, then uploads through the API.
        let office = try await Office.start(nod: nod, data: "\(work)/office")
        let start = ContinuousClock.now
        // Eight concurrent clients: curl's parallel transfers where curl is installed (a client
        // that costs little CPU beside the server on the same two cores), else URLSession.
        let ids = try await upload(typical, count: count, to: office, work: work)
        let uploadSeconds = BatchBench.seconds(since: start)
        var audited = 0
        while audited < count {
            try await Task.sleep(for: .milliseconds(100))
            let (_, body) = try await office.request("GET", "/api/submissions?organisation=\(office.organisation)")
            audited = body.components(separatedBy: #""status":"audited""#).count - 1
            if body.contains(#""status":"rejected""#) { throw BenchFailure("a typical bundle was rejected") }
        }
        let officeSeconds = BatchBench.seconds(since: start)
        print(String(format: "uploads via API   %d audited in %.2f s (all accepted after %.2f s)   nod batch --jobs 2 %.2f s   ratio %.2f× (target ≤ 1.5×)   ids %d, distinct %d",
                     audited, officeSeconds, uploadSeconds, batchSeconds, officeSeconds / batchSeconds, ids.count, Set(ids).count))

        try await pageUnderLoad(office, id: ids[0], work: work)
        office.stop()

        // A 1 GiB bundle uploaded and audited while pages are served; the server's own peak.
        let big = "\(work)/big.tar"
        try ArchiveBuilder.build(entries + [.file("bundle/attachments/video.mp4", .random(bigBytes, seed: 99))], format: .tar)
            .write(to: URL(fileURLWithPath: big))
        let fresh = try await Office.start(nod: nod, data: "\(work)/office-big", extra: ["--max-upload-bytes", "\(bigBytes + (64 << 20))"])
        let pageID = Office.id(in: try await fresh.request("POST", "/api/organisations/\(fresh.organisation)/submissions?name=small.tar.gz", body: typical).1)!
        let served = Counter()
        let pages = Task {
            while !Task.isCancelled {
                _ = try? await fresh.request("GET", "/api/submissions/\(pageID)/report", accept: "text/html")
                served.add()
            }
        }
        var childPeak = 0
        let bigStart = ContinuousClock.now
        let (status, body) = try await fresh.upload(file: big)
        guard status == 202, let bigID = Office.id(in: body) else { throw BenchFailure("large upload: \(status) \(body)") }
        while true {
            childPeak = max(childPeak, fresh.childrenPeakKiB())
            let (_, body) = try await fresh.request("GET", "/api/submissions/\(bigID)")
            if body.contains(#""status":"audited""#) || body.contains(#""status":"rejected""#) { break }
            try await Task.sleep(for: .milliseconds(50))
        }
        pages.cancel()
        print(String(format: "1 GiB bundle      uploaded and audited in %.1f s while %d report pages were served   server peak RSS %.0f MiB (target ≤ 150)   audit worker peak %.0f MiB",
                     BatchBench.seconds(since: bigStart), served.value, Double(fresh.peakKiB()) / 1024, Double(childPeak) / 1024))
        fresh.stop()
    }

    /// Sends `count` copies of `bundle` through the API, eight at a time; the submissions' ids.
    static func upload(_ bundle: Data, count: Int, to office: Office, work: String) async throws -> [String] {
        let path = "/api/organisations/\(office.organisation)/submissions"
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/curl") {
            try bundle.write(to: URL(fileURLWithPath: "\(work)/upload.tar.gz"))
            var config = ""
            for index in 0..<count {
                config += "url = \"http://127.0.0.1:\(office.port)\(path)?name=b\(index).tar.gz\"\n"
                config += "header = \"Authorization: Bearer \(office.token)\"\nheader = \"Content-Type: application/octet-stream\"\n"
                config += "data-binary = \"@\(work)/upload.tar.gz\"\noutput = \"\(work)/answer-\(index).json\"\n"
                if index < count - 1 { config += "next\n" }
            }
            try config.write(toFile: "\(work)/curl.conf", atomically: true, encoding: .utf8)
            let curl = Process()
            curl.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
            curl.arguments = ["--silent", "--show-error", "--parallel", "--parallel-max", "8", "--config", "\(work)/curl.conf"]
            try curl.run()
            await OffLoopBench.wait(curl)
            return try (0..<count).map { index in
                let answer = try String(contentsOfFile: "\(work)/answer-\(index).json", encoding: .utf8)
                guard let id = Office.id(in: answer) else { throw BenchFailure("upload \(index): \(answer)") }
                return id
            }
        }
        return try await withThrowingTaskGroup(of: [String].self) { group in
            for client in 0..<8 {
                group.addTask {
                    var ids: [String] = []
                    for index in stride(from: client, to: count, by: 8) {
                        let (status, body) = try await office.request("POST", "\(path)?name=b\(index).tar.gz", body: bundle)
                        guard status == 202, let id = Office.id(in: body) else { throw BenchFailure("upload \(index): \(status) \(body)") }
                        ids.append(id)
                    }
                    return ids
                }
            }
            return try await group.reduce(into: []) { $0 += $1 }
        }
    }

    /// wrk against the stored report page, then against the same bytes as a static file from
    /// a Hummingbird server of the same build.
    static func pageUnderLoad(_ office: Office, id: String, work: String) async throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/wrk") else {
            print("report page       skipped: wrk is not installed (apt-get install wrk)")
            return
        }
        let ledger = try await Ledger.open(data: URL(fileURLWithPath: office.data))
        let (session, _) = try await ledger.startSession(accountID: office.accountID)
        try await ledger.close()
        let cookie = "nod-session=\(session)"
        // The page as a browser gets it (URLSession on Linux will not send a Cookie header it did not set itself).
        let fetch = Process()
        fetch.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        fetch.arguments = ["python3", "-c", "import sys, urllib.request; sys.stdout.write(urllib.request.urlopen(urllib.request.Request(sys.argv[1], "
                           + "headers={'Cookie': sys.argv[2]})).read().decode())", "http://127.0.0.1:\(office.port)/submissions/\(id)", cookie]
        let output = Pipe()
        fetch.standardOutput = output
        try fetch.run()
        let page = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        fetch.waitUntilExit()
        try FileManager.default.createDirectory(atPath: "\(work)/static", withIntermediateDirectories: true)
        try Data(page.utf8).write(to: URL(fileURLWithPath: "\(work)/static/report.html"))
        if ProcessInfo.processInfo.environment["NOD_BENCH_SHOW_PAGE"] != nil { print(page) }
        let router = Router()
        router.add(middleware: FileMiddleware("\(work)/static", searchForIndexHtml: false))
        let port = Mutex<Int>(0)
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
                              onServerRunning: { channel in port.withLock { $0 = channel.localAddress?.port ?? 0 } })
        let server = Task { try await app.runService(gracefulShutdownSignals: []) }
        while port.withLock({ $0 }) == 0 { try await Task.sleep(for: .milliseconds(20)) }
        let dynamic = wrk("http://127.0.0.1:\(office.port)/submissions/\(id)", cookie: cookie)
        let fixed = wrk("http://127.0.0.1:\(port.withLock { $0 })/report.html", cookie: nil)
        server.cancel()
        print(String(format: "report page       %.0f requests/s (p99 %@)   same bytes as a static file %.0f requests/s (p99 %@)   ratio %.0f %% (target ≥ 50 %%)   %d bytes",
                     dynamic.rate, dynamic.p99 as NSString, fixed.rate, fixed.p99 as NSString, dynamic.rate / fixed.rate * 100, page.utf8.count))
    }

    static func wrk(_ url: String, cookie: String?) -> (rate: Double, p99: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/wrk")
        process.arguments = ["-t2", "-c32", "-d20s", "--latency"] + (cookie.map { ["-H", "Cookie: \($0)"] } ?? []) + [url]
        let pipe = Pipe()
        process.standardOutput = pipe
        try? process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let rate = output.split(separator: "\n").first { $0.contains("Requests/sec:") }.flatMap { Double($0.split(separator: " ").last ?? "") } ?? .nan
        let p99 = output.split(separator: "\n").first { $0.trimmingCharacters(in: .whitespaces).hasPrefix("99%") }
            .map { String($0.split(separator: " ").last ?? "?") } ?? "?"
        return (rate, p99)
    }

    /// A running `nod serve` with a co-op account and its API token.
    final class Office: Sendable {
        let process: Process
        let port: Int
        let data: String
        let token: String
        let organisation: String
        let accountID: Int

        private init(process: Process, port: Int, data: String, token: String, organisation: String, accountID: Int) {
            self.process = process
            self.port = port
            self.data = data
            self.token = token
            self.organisation = organisation
            self.accountID = accountID
        }

        static func start(nod: String, data: String, extra: [String] = []) async throws -> Office {
            let ledger = try await Ledger.open(data: URL(fileURLWithPath: data))
            let accountID = try await ledger.addAccount(email: "bench@gofal.coop", password: "a long enough passphrase", role: .coOp, organisation: "Gofal")
            let token = try await ledger.createAPIToken(accountID: accountID, label: "bench").secret
            let organisation = try await ledger.organisations()[0].publicID
            try await ledger.close()
            let process = Process()
            process.executableURL = URL(fileURLWithPath: nod)
            process.arguments = ["serve", "--data", data, "--port", "0", "--jobs", "2", "--date", "2026-06-30", "--quiet"] + extra
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            let line = String(decoding: pipe.fileHandleForReading.availableData, as: UTF8.self)
            guard let range = line.range(of: #"127\.0\.0\.1:[0-9]+"#, options: .regularExpression), let port = Int(line[range].split(separator: ":")[1]) else {
                process.terminate()
                throw BenchFailure("nod serve did not start: \(line)")
            }
            return Office(process: process, port: port, data: data, token: token, organisation: organisation, accountID: accountID)
        }

        func request(_ method: String, _ path: String, body: Data? = nil, accept: String? = nil) async throws -> (Int, String) {
            var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)\(path)")!)
            request.httpMethod = method
            request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
            if let accept { request.setValue(accept, forHTTPHeaderField: "Accept") }
            request.httpBody = body
            request.timeoutInterval = 600
            let (data, response) = try await URLSession.shared.data(for: request)
            return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
        }

        func upload(file: String) async throws -> (Int, String) {
            var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)/api/organisations/\(organisation)/submissions?name=big.tar")!)
            request.httpMethod = "POST"
            request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
            request.timeoutInterval = 600
            let (data, response) = try await URLSession.shared.upload(for: request, fromFile: URL(fileURLWithPath: file))
            return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
        }

        static func id(in body: String) -> String? {
            body.range(of: #""id":"[0-9a-f]{32}""#, options: .regularExpression).map { String(body[$0].dropFirst(6).dropLast()) }
        }

        /// The server process's own peak resident memory (VmHWM), in KiB.
        func peakKiB() -> Int { Self.hwm(process.processIdentifier) }

        /// The largest peak among the server's children (the audit workers) now.
        func childrenPeakKiB() -> Int {
            let pid = process.processIdentifier
            let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? []
            var peak = 0
            for task in tasks {
                let children = (try? String(contentsOfFile: "/proc/\(pid)/task/\(task)/children", encoding: .utf8)) ?? ""
                for child in children.split(separator: " ").compactMap({ Int32($0) }) { peak = max(peak, Self.hwm(child)) }
            }
            return peak
        }

        static func hwm(_ pid: Int32) -> Int {
            let status = (try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)) ?? ""
            return status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") }
                .flatMap { Int($0.split(separator: " ").dropFirst().first ?? "") } ?? 0
        }

        func stop() {
            process.terminate()
            process.waitUntilExit()
        }
    }

    final class Counter: Sendable {
        private let count = Mutex(0)
        func add() { count.withLock { $0 += 1 } }
        var value: Int { count.withLock { $0 } }
    }
}

/// Waits for a child process without holding a thread of the concurrency pool.
enum OffLoopBench {
    static func wait(_ process: Process) async {
        await withCheckedContinuation { continuation in
            Thread { process.waitUntilExit(); continuation.resume() }.start()
        }
    }
}

struct BenchFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
