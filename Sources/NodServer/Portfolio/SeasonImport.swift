package import Foundation
import NodCore
import NodReport
package import NodStore

/// `nod ledger import OUT --data DATA` (and `nod batch --ledger DATA`): a batch's reports
/// become a season of the office's ledger, each an audited submission of the organisation its
/// manifest registers (matched by the register number, made when new), its report kept where
/// the office shows reports. A report without a registration cannot be matched and is named.
package struct SeasonImport: Sendable {
    /// What one import did.
    package struct Outcome: Sendable, Equatable {
        package var season: String
        package var imported = 0
        package var alreadyImported = 0
        /// Rows not imported, and why: not audited, no registration, an unreadable report.
        package var skipped: [(bundle: String, reason: String)] = []

        package static func == (a: Outcome, b: Outcome) -> Bool {
            a.season == b.season && a.imported == b.imported && a.alreadyImported == b.alreadyImported
                && a.skipped.map(\.bundle) == b.skipped.map(\.bundle) && a.skipped.map(\.reason) == b.skipped.map(\.reason)
        }

        /// "imported 3 reports into season 2026; 1 already there; 1 skipped".
        package var line: String {
            "imported \(imported) \(imported == 1 ? "report" : "reports") into season \(season); "
                + "\(alreadyImported) already there; \(skipped.count) skipped"
        }
    }

    /// Why an import could not start.
    package struct Failure: Error, CustomStringConvertible {
        package var description: String
    }

    package let data: URL

    package init(data: URL) {
        self.data = data
    }

    private struct SummaryFile: Decodable {
        var auditDate: String
        var rows: [BatchRow]
        enum CodingKeys: String, CodingKey { case auditDate = "audit-date", rows }
    }

    /// Imports the batch written to `out`; `season` defaults to its audit date's year.
    package func run(out: URL, season: String?, ledger: Ledger) async throws -> Outcome {
        let summaryPath = out.appendingPathComponent("summary.json").path
        let summary: SummaryFile
        do {
            let bytes = try InputFile.read(summaryPath, limit: InputFile.reportLimit)
            summary = try JSONDecoder().decode(SummaryFile.self, from: Data(bytes))
        } catch {
            throw Failure(description: "\(summaryPath): not a batch summary nod can read (\(error))")
        }
        let season = season ?? String(summary.auditDate.prefix(4))
        guard Self.isSeason(season) else { throw Failure(description: "season '\(season)' must be 1 to 32 letters, digits, '-' or '_'") }
        let reports = data.appendingPathComponent("reports", isDirectory: true)
        try FileManager.default.createDirectory(at: reports, withIntermediateDirectories: true)
        var outcome = Outcome(season: season)
        // A few hundred reports a transaction: one commit each, not a dozen; a server using the
        // same ledger waits for one chunk at most.
        for chunk in stride(from: 0, to: summary.rows.count, by: Self.chunk) {
            let rows = summary.rows[chunk..<min(summary.rows.count, chunk + Self.chunk)]
            outcome = try await ledger.soleTransaction { [outcome, self] ledger in
                try await importRows(rows, from: out, into: ledger, season: season, reports: reports, outcome: outcome)
            }
        }
        return outcome
    }

    static let chunk = 250

    private func importRows(_ rows: ArraySlice<BatchRow>, from out: URL, into ledger: Ledger, season: String, reports: URL,
                            outcome start: Outcome) async throws -> Outcome {
        var outcome = start
        for row in rows {
            guard row.status == "audited", let name = row.report else {
                outcome.skipped.append((row.bundle, "not audited (\(row.status))"))
                continue
            }
            // The name is the batch's own; a summary edited to point elsewhere is refused.
            guard !name.contains("/"), !name.hasPrefix("."), name.hasSuffix(".json") else {
                outcome.skipped.append((row.bundle, "the report name '\(name)' is not a file of this batch"))
                continue
            }
            let bytes: [UInt8], report: ReportHeadline
            do {
                bytes = try InputFile.read(out.appendingPathComponent(name).path, limit: InputFile.reportLimit)
                report = try JSONDecoder().decode(ReportHeadline.self, from: Data(bytes))
                guard report.reportFormat == 1 else { throw Failure(description: "report-format \(report.reportFormat)") }
            } catch {
                outcome.skipped.append((row.bundle, "its report \(name) could not be read"))
                continue
            }
            guard let registration = report.bundle.registration else {
                outcome.skipped.append((row.bundle, "no registration in its manifest, so no organisation to match"))
                continue
            }
            let audit = SeasonalAudit(season: season, decision: report.decision.rawValue, level: report.level, earned: report.score.earned,
                                      possible: report.score.possible,
                                      notMet: report.results.filter { $0.status.counts && !$0.status.isMet }.map(\.rule))
            switch try await ledger.importReport(registration: "\(registration.register):\(registration.number)",
                                                 organisationName: report.bundle.organisation, bundleSHA256: report.bundle.sha256,
                                                 fileName: (row.bundle as NSString).lastPathComponent, audit: audit) {
            case .alreadyImported:
                outcome.alreadyImported += 1
            case .imported(let submission, _):
                // A fresh name, written before its chunk commits: a failure rolls the rows back and
                // leaves at most an unreferenced file, so no temporary file and rename are needed
                // (they were a fifth of an import's time, in the file system's inode search).
                try Data(bytes).write(to: reports.appendingPathComponent("\(submission).json"))
                outcome.imported += 1
            }
        }
        return outcome
    }

    /// What an import needs of a report: its organisation, decision, score and each rule's
    /// status. Decoding only these costs a third of decoding the whole report (measured:
    /// the whole report's decoding was 38 % of an import's time).
    struct ReportHeadline: Decodable {
        struct Bundle: Decodable { var sha256: String; var organisation: String; var registration: AuditReport.Registration? }
        struct Score: Decodable { var earned: Int; var possible: Int }
        struct Result: Decodable { var rule: String; var status: RuleStatus }
        var reportFormat: Int
        var bundle: Bundle
        var decision: NodCore.Decision
        var level: String?
        var score: Score
        var results: [Result]
        enum CodingKeys: String, CodingKey { case reportFormat = "report-format", bundle, decision, level, score, results }
    }

    static func isSeason(_ text: String) -> Bool {
        (1...32).contains(text.count) && text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }
    }
}
