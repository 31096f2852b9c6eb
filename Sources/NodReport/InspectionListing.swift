import Foundation
package import NodCore
package import NodEvidence

/// What `nod inspect` prints, as a `Codable` value so the JSON is stable and scriptable.
package struct InspectionListing: Encodable {
    package struct Bundle: Encodable {
        package var source: String
        package var sha256: String
        package var archiveSHA256: String?
        package var organisation: String
        package var model: String
        package var period: DatePeriod
        enum CodingKeys: String, CodingKey {
            case source, sha256, archiveSHA256 = "archive-sha256", organisation, model, period
        }
    }

    package struct File: Encodable {
        package var path: String
        package var bytes: Int64
        package var sha256: String
    }

    package struct Count: Encodable {
        package var kind: String
        package var count: Int
    }

    package struct ProblemEntry: Encodable {
        package var code: String
        package var path: String
        package var line: Int?
        package var column: Int?
        package var scope: String
        package var message: String
    }

    package var inspectFormat = 1
    package var tool: [String: String] = ["name": "nod", "version": NodVersion.current]
    package var bundle: Bundle
    package var evidence: [File]
    package var parsed: [Count]
    package var problems: [ProblemEntry]

    enum CodingKeys: String, CodingKey {
        case inspectFormat = "inspect-format", tool, bundle, evidence, parsed, problems
    }

    package init(model: EvidenceModel) {
        bundle = Bundle(source: model.source, sha256: model.digest, archiveSHA256: model.archiveSHA256,
                        organisation: model.manifest.organisation.name, model: model.manifest.organisation.model.rawValue,
                        period: model.manifest.period.value)
        evidence = model.files.map { File(path: $0.path, bytes: $0.bytes, sha256: $0.sha256) }
        parsed = model.counts.map { Count(kind: $0.kind, count: $0.count) }
        problems = model.problems.map {
            ProblemEntry(code: $0.code.rawValue, path: $0.location.file, line: $0.location.line > 0 ? $0.location.line : nil,
                         column: $0.location.column > 0 ? $0.location.column : nil, scope: $0.scope.rawValue, message: $0.message)
        }
    }

    package func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }

    /// For a person at a terminal: every field from the bundle with its control characters
    /// shown, not obeyed.
    package func text() -> String {
        func e(_ text: String) -> String { OutputEscaping.terminal(text) }
        var out = ""
        out += "Bundle        \(e(bundle.source))\n"
        out += "Organisation  \(e(bundle.organisation)) (\(bundle.model))\n"
        out += "Period        \(bundle.period)\n"
        out += "Digest        sha256:\(bundle.sha256)\n"
        if let archive = bundle.archiveSHA256 { out += "Archive       sha256:\(archive)\n" }
        let total = evidence.reduce(Int64(0)) { $0 + $1.bytes }
        out += "\nEvidence (\(evidence.count) files, \(total) bytes)\n"
        let width = min(60, evidence.map(\.path.count).max() ?? 0)
        for file in evidence {
            let padding = String(repeating: " ", count: max(1, width - file.path.count + 1))
            let bytes = String(file.bytes)
            out += "  \(e(file.path))\(padding)\(String(repeating: " ", count: max(0, 9 - bytes.count)))\(bytes)  \(file.sha256.prefix(16))…\n"
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
            out += "  \(e(location)): \(problem.scope == "file" ? "error" : "warning"): \(e(problem.message))\n"
        }
        return out
    }
}
