import Foundation
import NodArchive
import NodCore
import NodEvidence
import NodReport
import NodRules

/// Audits one bundle of a batch and writes its reports; never throws: a rejected bundle or an
/// unwritable report becomes a row that says why.
struct BatchWorker: Sendable {
    let pipeline: AuditPipeline
    let loading: BundleLoading
    let out: String
    let format: Audit.Format?
    let resume: Bool

    func process(_ bundle: String, name: String) -> BatchRow {
        let jsonPath = (out as NSString).appendingPathComponent("\(name).json")
        if resume, let previous = reusableReport(at: jsonPath, for: bundle) {
            return BatchRow(bundle: bundle, report: "\(name).json", audit: previous, resumed: true)
        }
        switch loading.read(bundle) {
        case .failure(let rejection):
            return BatchRow(bundle: bundle, rejectedBecause: "\(rejection.location): \(rejection.message)")
        case .success(let evidence):
            let report = pipeline.report(for: evidence)
            do {
                try AtomicFile.write(JSONReportRenderer.render(report), to: jsonPath, durable: false)
                if let format, format != .json {
                    let other: Data = switch format {
                    case .md: Data(MarkdownReportRenderer.render(report).utf8)
                    case .html: Data(HTMLReportRenderer.render(report).utf8)
                    case .junit: Data(JUnitReportRenderer.render(report).utf8)
                    case .sarif: try SARIFReportRenderer.render(report)
                    case .json: Data()
                    }
                    try AtomicFile.write(other, to: (out as NSString).appendingPathComponent("\(name).\(format.rawValue == "junit" ? "junit.xml" : format.rawValue)"), durable: false)
                }
            } catch {
                let reason = (error as? AtomicFile.Failure)?.reason ?? "\(error)"
                return BatchRow(bundle: bundle, rejectedBecause: "\(jsonPath): the report could not be written: \(reason)")
            }
            return BatchRow(bundle: bundle, report: "\(name).json", audit: report, resumed: false)
        }
    }

    /// The existing report, when it was made from the same evidence, rules, profile, date and version.
    private func reusableReport(at path: String, for bundle: String) -> AuditReport? {
        guard let data = FileManager.default.contents(atPath: path), let report = try? JSONReportRenderer.decode(data),
              report.tool.version == NodVersion.current, report.rules.profile == pipeline.profile.id,
              report.rules.profileVersion == pipeline.profile.version, report.auditDate == pipeline.auditDate,
              report.rules.packs.map(\.sha256) == pipeline.packs.map(\.sha256) else { return nil }
        var isDirectory: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: bundle, isDirectory: &isDirectory)
        if !isDirectory.boolValue, let archive = report.bundle.archiveSHA256 {
            return BundleReader.archiveSHA256(path: bundle) == archive ? report : nil
        }
        guard case .success(let evidence) = loading.read(bundle) else { return nil }
        return evidence.digest == report.bundle.sha256 ? report : nil
    }
}

/// "done / total, rate, ETA, failures" on a terminal; nothing but the closing line otherwise.
final class BatchProgress: @unchecked Sendable {
    private let lock = NSLock()
    private let total: Int
    private let isTerminal: Bool
    private let started = ContinuousClock.now
    private var done = 0
    private var rejected = 0

    init(total: Int, isTerminal: Bool) {
        self.total = total
        self.isTerminal = isTerminal
    }

    func advance(rejected failed: Bool) {
        lock.lock()
        defer { lock.unlock() }
        done += 1
        if failed { rejected += 1 }
        guard isTerminal else { return }
        let seconds = max(0.001, Double((ContinuousClock.now - started).components.attoseconds) / 1e18 + Double((ContinuousClock.now - started).components.seconds))
        let rate = Double(done) / seconds
        let eta = rate > 0 ? Double(total - done) / rate : 0
        FileHandle.standardError.write(Data(String(format: "\r[%d/%d] %.1f bundles/s, ETA %.0f s, %d rejected   ", done, total, rate, eta, rejected).utf8))
    }

    func finish(_ line: String) {
        if isTerminal { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        let seconds = Double((ContinuousClock.now - started).components.seconds) + Double((ContinuousClock.now - started).components.attoseconds) / 1e18
        FileHandle.standardError.write(Data((line + String(format: " in %.1f s\n", seconds)).utf8))
    }
}
