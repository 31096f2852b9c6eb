package import Foundation
package import NodCore

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

    package init(data: URL, workerCommand: [String]) {
        self.data = data
        self.workerCommand = workerCommand
    }

    var reports: URL { data.appendingPathComponent("reports", isDirectory: true) }
}
