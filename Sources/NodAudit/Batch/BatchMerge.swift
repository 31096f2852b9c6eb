import Foundation
package import NodCore
import NodRules
package import NodReport

/// `nod batch merge SHARD… --out DIR`: the outputs of `nod batch --shard K/N` run on N machines,
/// made into the one output a single machine would have written — the same summary.csv,
/// summary.json and summary.html byte for byte, and every report beside them. Shards must come
/// from the same profile, audit date and nod version, and no bundle may appear in two.
package struct BatchMerge: Sendable {
    package let plan: AuditPlan
    package let language: Language
    package let format: ReportFormat?
    package let out: String

    package init(plan: AuditPlan, language: Language, format: ReportFormat?, out: String) {
        self.plan = plan
        self.language = language
        self.format = format
        self.out = out
    }

    /// What a shard's summary.json says of itself.
    package struct ShardSummary: Decodable {
        package var auditDate: String
        package var profile: String
        package var rows: [BatchRow]
        package var tool: Tool
        package struct Tool: Decodable { package var version: String }
        enum CodingKeys: String, CodingKey { case auditDate = "audit-date", profile, rows, tool }
    }

    /// Reads a shard's summary (a usage error names the folder when it is not one).
    package static func read(_ folder: String) throws(AuditSetupError) -> ShardSummary {
        let path = (folder as NSString).appendingPathComponent("summary.json")
        do {
            let bytes = try InputFile.read(path, limit: InputFile.reportLimit)
            return try JSONDecoder().decode(ShardSummary.self, from: Data(bytes))
        } catch {
            throw AuditSetupError(.usage, [.init(at: FileLocation(file: path), "not a batch summary nod can read (\(error))")])
        }
    }

    /// Merges `shards` (already read, in the order given) into `out`.
    package func merge(_ shards: [(folder: String, summary: ShardSummary)]) throws(AuditSetupError) -> BatchSummary {
        var rows: [BatchRow] = []
        var seen: [String: String] = [:]
        for (folder, summary) in shards {
            let place = FileLocation(file: (folder as NSString).appendingPathComponent("summary.json"))
            guard summary.profile == plan.profile.id, summary.auditDate == plan.auditDate.description, summary.tool.version == NodVersion.current else {
                throw AuditSetupError(.usage, [.init(at: place, "this shard is of profile \(summary.profile), date \(summary.auditDate), nod "
                    + "\(summary.tool.version); the merge is of \(plan.profile.id), \(plan.auditDate), nod \(NodVersion.current)")])
            }
            for row in summary.rows {
                if let other = seen[row.bundle] {
                    throw AuditSetupError(.usage, [.init(at: place, "\(row.bundle) is in two shards (also \(other)); merge the outputs of one --shard K/N run")])
                }
                seen[row.bundle] = folder
                rows.append(row)
            }
        }
        try BatchRunner.prepare(folder: out)
        for (folder, summary) in shards where Self.standardized(folder) != Self.standardized(out) {
            try copyReports(of: summary.rows, from: folder)
        }
        rows.sort { $0.bundle < $1.bundle }
        let formats = [ReportFormat.json] + (format.map { $0 == .json ? [] : [$0] } ?? [])
        let summary = BatchSummary(rows: rows, profile: plan.profile, auditDate: plan.auditDate, language: language, packs: plan.packs,
                                   formats: formats.map(\.fileExtension))
        do {
            try BatchRunner.write(summary, to: out)
        } catch {
            throw AuditSetupError(.usage, [.init(at: FileLocation(file: out), "the merged summary could not be written: \(error)")])
        }
        return summary
    }

    /// Each row's reports (JSON and the other format), copied beside the merged summary.
    private func copyReports(of rows: [BatchRow], from folder: String) throws(AuditSetupError) {
        let endings = ["json"] + (format.map { $0 == .json ? [] : [$0.fileExtension] } ?? [])
        for row in rows {
            guard let report = row.report, report.hasSuffix(".json"), !report.contains("/"), !report.hasPrefix(".") else { continue }
            let name = String(report.dropLast(".json".count))
            for ending in endings {
                let source = (folder as NSString).appendingPathComponent("\(name).\(ending)")
                do {
                    let bytes = try InputFile.read(source, limit: InputFile.reportLimit)
                    try AtomicFile.write(Data(bytes), to: (out as NSString).appendingPathComponent("\(name).\(ending)"), durable: false)
                } catch {
                    throw AuditSetupError(.usage, [.init(at: FileLocation(file: source), "the report could not be copied: \(error)")])
                }
            }
        }
    }

    private static func standardized(_ path: String) -> String { URL(fileURLWithPath: path).standardizedFileURL.path }
}
