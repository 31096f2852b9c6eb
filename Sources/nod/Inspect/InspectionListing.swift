import Foundation
import NodCore
import NodEvidence

/// What `nod inspect` prints, as a `Codable` value so the JSON is stable and scriptable.
struct InspectionListing: Encodable {
    struct Bundle: Encodable {
        var source: String
        var sha256: String
        var archiveSHA256: String?
        var organisation: String
        var model: String
        var period: DatePeriod
        enum CodingKeys: String, CodingKey {
            case source, sha256, archiveSHA256 = "archive-sha256", organisation, model, period
        }
    }

    struct File: Encodable {
        var path: String
        var bytes: Int64
        var sha256: String
    }

    struct Count: Encodable {
        var kind: String
        var count: Int
    }

    struct ProblemEntry: Encodable {
        var code: String
        var path: String
        var line: Int?
        var column: Int?
        var scope: String
        var message: String
    }

    var inspectFormat = 1
    var tool: [String: String] = ["name": "nod", "version": NodVersion.current]
    var bundle: Bundle
    var evidence: [File]
    var parsed: [Count]
    var problems: [ProblemEntry]

    enum CodingKeys: String, CodingKey {
        case inspectFormat = "inspect-format", tool, bundle, evidence, parsed, problems
    }

    init(model: EvidenceModel) {
        bundle = Bundle(source: model.source, sha256: model.digest, archiveSHA256: model.archiveSHA256,
                        organisation: model.manifest.organisation.name, model: model.manifest.organisation.model.rawValue,
                        period: model.manifest.period.value)
        evidence = model.files.map { File(path: $0.path, bytes: $0.bytes, sha256: $0.sha256) }
        parsed = model.counts.map { Count(kind: $0.kind, count: $0.count) }
        problems = model.problems.map {
            ProblemEntry(code: $0.code, path: $0.location.file, line: $0.location.line > 0 ? $0.location.line : nil,
                         column: $0.location.column > 0 ? $0.location.column : nil, scope: $0.scope.rawValue, message: $0.message)
        }
    }

    func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }

    func text() -> String {
        var out = ""
        out += "Bundle        \(bundle.source)\n"
        out += "Organisation  \(bundle.organisation) (\(bundle.model))\n"
        out += "Period        \(bundle.period)\n"
        out += "Digest        sha256:\(bundle.sha256)\n"
        if let archive = bundle.archiveSHA256 { out += "Archive       sha256:\(archive)\n" }
        let total = evidence.reduce(Int64(0)) { $0 + $1.bytes }
        out += "\nEvidence (\(evidence.count) files, \(total) bytes)\n"
        let width = min(60, evidence.map(\.path.count).max() ?? 0)
        for file in evidence {
            let padding = String(repeating: " ", count: max(1, width - file.path.count + 1))
            let bytes = String(file.bytes)
            out += "  \(file.path)\(padding)\(String(repeating: " ", count: max(0, 9 - bytes.count)))\(bytes)  \(file.sha256.prefix(16))…\n"
        }
        out += "\nParsed\n"
        if parsed.allSatisfy({ $0.count == 0 }) { out += "  nothing but the manifest\n" }
        for count in parsed where count.count > 0 {
            out += "  \(count.kind)\(String(repeating: " ", count: max(1, 24 - count.kind.count)))\(count.count)\n"
        }
        out += problems.isEmpty ? "\nNo problems found.\n" : "\nProblems (\(problems.count))\n"
        for problem in problems {
            var location = problem.path
            if let line = problem.line { location += ":\(line)" }
            if let column = problem.column { location += ":\(column)" }
            out += "  \(location): \(problem.scope == "file" ? "error" : "warning"): \(problem.message)\n"
        }
        return out
    }
}
