import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import NodStore

/// Seasons in the ledger at two sizes in one run: `nod ledger import` of a regulator's reports
/// (two seasons, half the organisations each … all of them in both), its time and peak memory,
/// then the portfolio page and its downloads served by `nod serve` over that ledger. The page
/// at the larger size should cost at most three times the page at the smaller: its counts are
/// kept by the ledger, and a page reads fifty organisations whatever their number.
enum PortfolioBench {
    struct Figures {
        var reports: Int
        var importSeconds: Double
        var importPeakMiB: Double
        var pageMilliseconds: Double
        var csvMilliseconds: Double
        var xlsxMilliseconds: Double
        var serverPeakMiB: Double
    }

    static func run(sizes: [Int], postgres: String?) async throws {
        let root = PluginOverhead.repositoryRoot()
        let build = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent().path
        let nod = "\(build)/nod"
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("nod-portfolio-bench-\(getpid())").path
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: work) }
        // One real report of each example, made by nod itself.
        var bases: [String] = []
        for example in ["gofal-dyffryn", "bristol-adaptations", "eryri-byw-annibynnol"] {
            let output = "\(work)/\(example).json"
            let process = Process()
            process.executableURL = URL(fileURLWithPath: nod)
            process.arguments = ["audit", "\(root)/Examples/\(example)", "--date", "2026-06-30", "--format", "json", "-o", output]
            try process.run()
            process.waitUntilExit()
            bases.append(try String(contentsOfFile: output, encoding: .utf8))
        }
        print("nod portfolio benchmark — reports imported into the ledger as two seasons, then the portfolio served by nod serve")
        for database in [nil] + (postgres.map { [$0] } ?? []) {
            print(database == nil ? "SQLite (DATA/ledger.sqlite)" : "PostgreSQL (a new database on \(database!.redactingPassword) for each size)")
            var figures: [Figures] = []
            for size in sizes {
                var location: String?
                if let database { location = try await PostgresPool.createDatabase(named: "nod_bench_\(getpid())_\(size)", onServer: database) }
                figures.append(try await measure(size: size, bases: bases, nod: nod, work: "\(work)/\(database == nil ? "sqlite" : "postgres")-\(size)",
                                                 database: location))
                let last = figures[figures.count - 1]
                print(String(format: "%6d reports   import %.2f s (%.0f reports/s), peak RSS %.0f MiB   /portfolio %.2f ms   organisations.csv %.1f ms   organisations.xlsx %.1f ms   server peak RSS %.0f MiB",
                             last.reports, last.importSeconds, Double(last.reports) / last.importSeconds, last.importPeakMiB,
                             last.pageMilliseconds, last.csvMilliseconds, last.xlsxMilliseconds, last.serverPeakMiB))
            }
            if let small = figures.first, let large = figures.last, figures.count > 1 {
                print(String(format: "page at %d reports / page at %d reports: %.2f× (target ≤ 3×)", large.reports, small.reports,
                             large.pageMilliseconds / small.pageMilliseconds))
            }
        }
    }

    /// `size` reports: `size / 2` organisations, each in season 2025 and 2026 (one in ten falls).
    static func measure(size: Int, bases: [String], nod: String, work: String, database: String?) async throws -> Figures {
        let databaseArguments = database.map { ["--database", $0] } ?? []
        let organisations = max(1, size / 2)
        for season in ["2025", "2026"] {
            let out = "\(work)/out-\(season)"
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            var rows: [String] = []
            for index in 0..<organisations {
                var report = bases[index % bases.count]
                report = report.replacingOccurrences(of: #""number" : "RS"#, with: #""number" : "BENCH\#(index)-"#)
                report = report.replacingOccurrences(of: #""organisation" : ""#, with: #""organisation" : "Co-op \#(index) "#)
                if season == "2026", index % 10 == 0 {
                    report = report.replacingOccurrences(of: #""decision" : "awarded""#, with: #""decision" : "not-awarded""#)
                }
                try report.write(toFile: "\(out)/r\(index).json", atomically: false, encoding: .utf8)
                rows.append(#"{"bundle":"b\#(index)","report":"r\#(index).json","status":"audited"}"#)
            }
            try #"{"audit-date":"\#(season)-06-30","rows":[\#(rows.joined(separator: ","))]}"#.write(toFile: "\(out)/summary.json", atomically: false, encoding: .utf8)
        }
        let data = "\(work)/office"
        var importSeconds = 0.0, importPeak = 0.0
        for season in ["2025", "2026"] {
            let run = BatchBench.measure([nod, "ledger", "import", "\(work)/out-\(season)", "--data", data, "--season", season] + databaseArguments)
            importSeconds += run.seconds
            importPeak = max(importPeak, run.rssMiB)
        }
        // A regulator with a session, made in the ledger before the server opens it.
        let ledger = try await Ledger.open(database.map { .postgres(url: $0) } ?? .file(folder: URL(fileURLWithPath: data)))
        try await ledger.addAccount(email: "rheoleiddiwr@example.gov.wales", password: "a long enough passphrase", role: .regulator, organisation: nil)
        let account = try await ledger.account(email: "rheoleiddiwr@example.gov.wales")!
        let (session, _) = try await ledger.startSession(accountID: account.id)
        try await ledger.close()

        let process = Process()
        process.executableURL = URL(fileURLWithPath: nod)
        process.arguments = ["serve", "--data", data, "--port", "0", "--jobs", "1", "--date", "2026-06-30", "--quiet"] + databaseArguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        defer { process.terminate(); process.waitUntilExit() }
        let line = String(decoding: pipe.fileHandleForReading.availableData, as: UTF8.self)
        guard let range = line.range(of: #"127\.0\.0\.1:[0-9]+"#, options: .regularExpression), let port = Int(line[range].split(separator: ":")[1]) else {
            throw BenchFailure("nod serve did not start: \(line)")
        }
        func timed(_ path: String, times: Int) async throws -> Double {
            var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)\(path)")!)
            request.setValue("nod-session=\(session)", forHTTPHeaderField: "Cookie")
            request.httpShouldHandleCookies = false
            for _ in 0..<max(3, times / 10) { _ = try await URLSession.shared.data(for: request) }
            let start = ContinuousClock.now
            for _ in 0..<times {
                let (body, response) = try await URLSession.shared.data(for: request)
                guard (response as? HTTPURLResponse)?.statusCode == 200, !body.isEmpty else { throw BenchFailure("\(path) was not served") }
            }
            return BatchBench.seconds(since: start) * 1000 / Double(times)
        }
        let page = try await timed("/portfolio", times: 200)
        let csv = try await timed("/portfolio/organisations.csv", times: 10)
        let xlsx = try await timed("/portfolio/organisations.xlsx", times: 10)
        let status = (try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8)) ?? ""
        let peak = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") }
            .flatMap { Double($0.split(separator: " ").dropFirst().first ?? "") } ?? .nan
        return Figures(reports: organisations * 2, importSeconds: importSeconds, importPeakMiB: importPeak, pageMilliseconds: page,
                       csvMilliseconds: csv, xlsxMilliseconds: xlsx, serverPeakMiB: peak / 1024)
    }
}
