package import Foundation
package import NodCore
package import NodStore

/// How one `nod serve` runs: where it keeps everything, where it listens, how many audits at
/// once, and whether a reverse proxy stands in front of it.
package struct OfficeConfiguration: Sendable {
    /// Everything the office keeps lives under this folder: `ledger.sqlite`, `bundles/`, `reports/`.
    package var data: URL
    package var host = "127.0.0.1"
    package var port = 8080
    /// Audits at once, each in a supervised child process.
    package var jobs = ProcessInfo.processInfo.activeProcessorCount
    /// A reverse proxy (TLS, a public name) forwards every request: then no request is treated
    /// as local, and `X-Forwarded-Proto: https` marks cookies `Secure`.
    package var behindProxy = false
    /// The date audits are made on; `nil` for each day's own date.
    package var auditDate: LocalDate?
    /// The largest upload accepted, in bytes.
    package var uploadLimit: Int64 = 512 << 20
    /// How to start one audit worker (`nod batch-worker …` without `--out` and `--date`).
    package var workerCommand: [String]
    /// How long one audit may take before its worker is stopped.
    package var auditTimeout: Duration = .seconds(600)
    /// The ledger: `nil` for `DATA/ledger.sqlite`; a PostgreSQL database for several replicas
    /// (each with the same `data` folder on a shared volume).
    package var database: LedgerLocation?
    /// How this server signs its claims on the shared queue: the host's name and a random part,
    /// so two servers on one host never take each other's claims for their own.
    package var replica = OfficeConfiguration.replicaName()
    /// How long a claim on a queued submission holds unless renewed (the server renews it every
    /// third of that while the audit runs); a dead server's claims return to the queue after it.
    package var claimLease: Duration = .seconds(60)

    /// The certification body's private key; `nil` for `DATA/keys/certification-body.key`, made on first start.
    package var signingKey: URL?
    /// Where the public reaches this office (`https://nod.example.org`): the address in
    /// certificates' QR codes. `nil` for the address it listens on.
    package var publicURL: String?
    package var policy = SchemePolicy()

    package init(data: URL, workerCommand: [String]) {
        self.data = data
        self.workerCommand = workerCommand
    }

    var ledgerLocation: LedgerLocation { database ?? .file(folder: data) }

    static func replicaName() -> String {
        ProcessInfo.processInfo.hostName.prefix(64) + "-" + String.randomHex(bytes: 4)
    }

    var reports: URL { data.appendingPathComponent("reports", isDirectory: true) }
    var reviews: URL { data.appendingPathComponent("reviews", isDirectory: true) }

    /// The register page of a certificate (its QR code's target); `boundPort` is the port the
    /// server listens on (with `--port 0`, known only once it runs).
    func registerURL(_ number: String, boundPort: Int) -> String {
        let base = publicURL ?? "http://\(host.contains(":") ? "[\(host)]" : host):\(boundPort)"
        return (base.hasSuffix("/") ? String(base.dropLast()) : base) + "/register/" + number
    }
}
