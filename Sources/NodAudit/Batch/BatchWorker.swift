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
        if resume, let previous = reusableReport(at: jsonPath, for: bundle) {
            return BatchRow(bundle: bundle, report: "\(name).json", audit: previous, resumed: true)
        }
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

    /// The existing report, when it was made from the same evidence, rules, profile, date and version.
    private func reusableReport(at path: String, for bundle: String) -> AuditReport? {
        guard let bytes = try? InputFile.read(path, limit: InputFile.reportLimit), let report = try? JSONReportRenderer.decode(Data(bytes)),
              report.tool.version == NodVersion.current, report.rules.profile == pipeline.profile.id,
              report.rules.profileVersion == pipeline.profile.version, report.auditDate == pipeline.auditDate,
              report.rules.packs.map(\.sha256) == pipeline.packs.map(\.sha256) else { return nil }
        var isDirectory: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: bundle, isDirectory: &isDirectory)
        if !isDirectory.boolValue, let archive = report.bundle.archiveSHA256 {
            return BundleReader.archiveSHA256(path: bundle) == archive ? report : nil
        }
        guard case .success(let evidence) = loader.read(bundle) else { return nil }
        return evidence.digest == report.bundle.sha256 ? report : nil
    }
}
