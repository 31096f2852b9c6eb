import NodAudit
import Foundation
package import NodArchive
import NodCore
import NodEngine
import NodEvidence
package import NodReport

/// The valid bundle the file-replacing harnesses damage (the Gofal Dyffryn example, read
/// from the repository once), and the shipped audit they run it through.
package final class FuzzBase: Sendable {
    package static let shared = FuzzBase()

    package let example: BundleContents
    let audit: ShippedAudit
    let ruleIDs: Set<String>
    let csvPaths: [String]
    let markdownPaths: [String]
    let yamlPaths: [String]

    /// The repository's root, found from this source file.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    private init() {
        let folder = Self.repository.appendingPathComponent("Examples/gofal-dyffryn").path
        guard let example = try? BundleReader().read(path: folder),
              let date = LocalDate(iso8601: "2026-06-30"), let audit = ShippedAudit(auditDate: date) else {
            fatalError("the fuzz base bundle \(folder) could not be read; run from a checkout of nod")
        }
        self.example = example
        self.audit = audit
        ruleIDs = Set(audit.pipeline.rules.map(\.id))
        let paths = example.files.map(\.path)
        csvPaths = paths.filter { $0.hasSuffix(".csv") }
        markdownPaths = paths.filter { $0.hasSuffix(".md") }
        yamlPaths = paths.filter { $0.hasSuffix(".yaml") }
    }

    /// The evidence alone, without rules.
    func load(_ contents: BundleContents) -> EvidenceModel? {
        try? audit.loader.load(files: contents.files, source: contents.source, digest: contents.digest, archiveSHA256: contents.archiveSHA256)
    }

    package func audit(_ contents: BundleContents) -> AuditReport? {
        guard let report = audit.audit(contents) else { return nil }
        _ = try? JSONReportRenderer.render(report)
        return report
    }
}
