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
    let loader: BundleLoader
    let out: String
    let format: ReportFormat?
    let resume: Bool

    func process(_ bundle: String, name: String) -> BatchRow {
        let jsonPath = (out as NSString).appendingPathComponent("\(name).json")
        var auditedAgainBecause: String?
        if resume {
            switch reusableReport(at: jsonPath, for: bundle) {
            case .success(let previous):
                if let format, format != .json {
                    let path = (out as NSString).appendingPathComponent("\(name).\(format.fileExtension)")
                    // Asked for another format this time: the reused report is written in it too.
                    if !FileManager.default.fileExists(atPath: path), let rendered = try? format.render(previous) {
                        try? AtomicFile.write(rendered, to: path, durable: false)
                    }
                }
                return BatchRow(bundle: bundle, report: "\(name).json", audit: previous, resumed: true)
            case .failure(let reason):
                auditedAgainBecause = reason.words
            }
        }
        var row = audit(bundle, name: name, jsonPath: jsonPath)
        row.auditedAgainBecause = auditedAgainBecause
        return row
    }

    private func audit(_ bundle: String, name: String, jsonPath: String) -> BatchRow {
        switch loader.read(bundle) {
        case .failure(let rejection):
            return BatchRow(bundle: bundle, rejectedBecause: rejection.description, code: rejection.code)
        case .success(let evidence):
            let report = pipeline.report(for: evidence)
            do {
                try AtomicFile.write(ReportFormat.json.render(report), to: jsonPath, durable: false)
                if let format, format != .json {
                    try AtomicFile.write(format.render(report), to: (out as NSString).appendingPathComponent("\(name).\(format.fileExtension)"),
                                         durable: false)
                }
            } catch {
                let reason = (error as? AtomicFile.Failure)?.reason ?? "\(error)"
                return BatchRow(bundle: bundle, rejectedBecause: "\(jsonPath): the report could not be written: \(reason)", code: "batch.report-not-written")
            }
            return BatchRow(bundle: bundle, report: "\(name).json", audit: report, resumed: false)
        }
    }

    /// Why `--resume` audited a bundle again rather than reuse its report.
    enum NotReusable: Error {
        case noReport, unreadable, otherVersion, otherRules, otherDate, evidenceChanged

        var words: String {
            switch self {
            case .noReport: "no earlier report"
            case .unreadable: "the earlier report could not be read"
            case .otherVersion: "the earlier report is from another nod version"
            case .otherRules: "the rules or profile changed"
            case .otherDate: "another audit date"
            case .evidenceChanged: "the evidence changed"
            }
        }
    }

    /// The existing report, when it was made from the same evidence, rules, profile, date and version.
    private func reusableReport(at path: String, for bundle: String) -> Result<AuditReport, NotReusable> {
        guard FileManager.default.fileExists(atPath: path) else { return .failure(.noReport) }
        guard let bytes = try? InputFile.read(path, limit: InputFile.reportLimit), let report = try? JSONReportRenderer.decode(Data(bytes)) else {
            return .failure(.unreadable)
        }
        guard report.tool.version == NodVersion.current else { return .failure(.otherVersion) }
        guard report.rules.profile == pipeline.profile.id, report.rules.profileVersion == pipeline.profile.version,
              report.rules.packs.map(\.sha256) == pipeline.packs.map(\.sha256) else { return .failure(.otherRules) }
        guard report.auditDate == pipeline.auditDate else { return .failure(.otherDate) }
        var isDirectory: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: bundle, isDirectory: &isDirectory)
        if !isDirectory.boolValue, let archive = report.bundle.archiveSHA256 {
            return BundleReader.archiveSHA256(path: bundle) == archive ? .success(report) : .failure(.evidenceChanged)
        }
        guard case .success(let evidence) = loader.read(bundle) else { return .failure(.evidenceChanged) }
        return evidence.digest == report.bundle.sha256 ? .success(report) : .failure(.evidenceChanged)
    }
}
