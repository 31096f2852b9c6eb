import ArgumentParser
import Foundation
import Logging
import NodCore
import NodServer
import NodStore

/// `nod serve`: the web office, where co-ops send evidence and read their reports, in Welsh
/// or English, and scripts use the JSON API.
struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the web office: upload bundles, read reports, the JSON API.",
        discussion: HelpText.flow("""
        Everything the office keeps is under --data: ledger.sqlite (accounts, organisations,
        submissions), bundles/ (each upload as it arrived, named by its SHA-256, never
        extracted) and reports/. Audits run in supervised child processes, --jobs at a time.
        Stop it with Ctrl-C or SIGTERM: audits in hand finish; an audit cut off by a crash is
        done again at the next start.

        The first time, create an administrator:
          nod users add you@example.coop --role admin --data DIR

        Certification: certifiers review audits rule by rule and a second certifier decides;
        an award issues a numbered certificate signed with the certification body's key
        (DATA/keys/certification-body.key, made on first start, or --signing-key). The public
        register is at /register (no sign-in); --public-url is the address its QR codes name.
        --date fixes the cycle's today as well as the audits' date.

        Operations: /healthz, /readyz, /metrics (Prometheus). API: /api/openapi.json.
        Behind a reverse proxy that terminates TLS, give --behind-proxy.

        Several servers behind one load balancer: give each the same --database
        postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE and the same --data folder on a
        shared volume. Each upload is audited by exactly one of them; the audits a stopped
        server had in hand return to the queue after its claim lapses (a minute).

        Examples:
          nod serve --data /srv/nod
          nod serve --data ./office --port 8080 --jobs 2
          nod serve --data /shared/nod --database postgres://nod@db.internal/nod
        """))

    @Option(help: "The folder where the office keeps its database, bundles and reports (created if need be).")
    var data: String

    @Option(help: "A PostgreSQL database for the ledger, shared by several servers (default: DATA/ledger.sqlite).")
    var database: String?

    @Option(help: .hidden)
    var claimLeaseSeconds = 60

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on (0: any free port, printed at start).")
    var port = 8080

    @Option(help: "Audits at once (default: the number of cores).")
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "A reverse proxy forwards every request: no request counts as local, and X-Forwarded-Proto: https marks cookies Secure.")
    var behindProxy = false

    @Option(help: "Audit as of this date (YYYY-MM-DD) instead of each day's own date.")
    var date: String?

    @Option(help: "The largest upload accepted, in bytes.")
    var maxUploadBytes: Int64 = 512 << 20

    @OptionGroup var scheme: SchemeOptions

    @OptionGroup var logging: LoggingOptions

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
        guard (1...64).contains(jobs) else { throw ValidationError("--jobs must be between 1 and 64") }
        try DateArgument.validate(date, option: "--date")
        guard maxUploadBytes > 0 else { throw ValidationError("--max-upload-bytes must be positive") }
        guard (3...3600).contains(claimLeaseSeconds) else { throw ValidationError("--claim-lease-seconds must be between 3 and 3600") }
        do { _ = try LedgerLocation.named(database, data: URL(fileURLWithPath: data)) } catch { throw ValidationError(error.description) }
    }

    func run() throws {
        var logger = logging.makeLogger("nod.serve")
        if !logging.verbose && !logging.quiet { logger.logLevel = .info }
        var configuration = OfficeConfiguration(data: URL(fileURLWithPath: data), workerCommand: [Executable.path, "batch-worker"])
        configuration.host = host
        configuration.port = port
        configuration.jobs = jobs
        configuration.behindProxy = behindProxy
        configuration.auditDate = date.flatMap { LocalDate(iso8601: $0) }
        configuration.uploadLimit = maxUploadBytes
        configuration.database = try? LedgerLocation.named(database, data: configuration.data)
        configuration.claimLease = .seconds(claimLeaseSeconds)
        scheme.apply(to: &configuration)
        let office = WebOffice(configuration: configuration, logger: logger)
        let (host, folder) = (host, data + (configuration.database.map { ", ledger in \($0.described), replica \(configuration.replica)" } ?? ""))
        let failure = Blocking.run { () async -> (any Error)? in
            do {
                try await office.run { port in
                    StandardOutput.write("nod web office: http://\(host.contains(":") ? "[\(host)]" : host):\(port)/ (data in \(folder))\n")
                }
                return nil
            } catch {
                return error
            }
        }
        if let failure {
            StandardError.write("error: the web office stopped: \(failure)")
            throw ExitCode(ExitStatus.internalError)
        }
    }
}
