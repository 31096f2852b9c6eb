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
        package var messageCy: String?
        enum CodingKeys: String, CodingKey { case code, path, line, column, scope, message, messageCy = "message-cy" }
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
                         column: $0.location.column > 0 ? $0.location.column : nil, scope: $0.scope.rawValue, message: $0.message,
                         messageCy: $0.welsh)
        }
    }

    package func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }

    /// For a person at a terminal, in `language`: every field from the bundle with its control
    /// characters shown, not obeyed. Kinds are named in words; the problems' own messages are
    /// the reader's (file:line:column leads each, in any language).
    package func text(language: Language = .en) -> String {
        func e(_ text: String) -> String { OutputEscaping.terminal(text) }
        let l = language.rawValue
        func label(_ en: String, _ cy: String) -> String {
            let text = language == .cy ? cy : en
            return text + String(repeating: " ", count: max(1, 14 - text.count))
        }
        let model = CoopModel(rawValue: bundle.model).map { $0.name.text(l) } ?? bundle.model
        var out = ""
        out += "\(label("Bundle", "Bwndel"))\(e(bundle.source))\n"
        out += "\(label("Organisation", "Sefydliad"))\(e(bundle.organisation)) (\(e(model)))\n"
        out += "\(label("Period", "Cyfnod"))\(bundle.period)\n"
        out += "\(label("Digest", "Crynhoad"))sha256:\(bundle.sha256)\n"
        if let archive = bundle.archiveSHA256 { out += "\(label("Archive", "Archif"))sha256:\(archive)\n" }
        let total = evidence.reduce(Int64(0)) { $0 + $1.bytes }
        let files = CountedNoun.file.counted(evidence.count).text(l)
        out += language == .cy ? "\nTystiolaeth (\(files), \(total) beit)\n" : "\nEvidence (\(files), \(total) bytes)\n"
        let width = min(60, evidence.map(\.path.count).max() ?? 0)
        for file in evidence {
            let padding = String(repeating: " ", count: max(1, width - file.path.count + 1))
            let bytes = String(file.bytes)
            out += "  \(e(file.path))\(padding)\(String(repeating: " ", count: max(0, 9 - bytes.count)))\(bytes)  \(file.sha256.prefix(16))…\n"
        }
        out += language == .cy ? "\nA ddarllenwyd\n" : "\nParsed\n"
        if parsed.allSatisfy({ $0.count == 0 }) { out += language == .cy ? "  dim ond y maniffest\n" : "  nothing but the manifest\n" }
        for count in parsed where count.count > 0 {
            let name = Self.kindName(count.kind).text(l)
            out += "  \(name)\(String(repeating: " ", count: max(1, 30 - name.count)))\(count.count)\n"
        }
        if problems.isEmpty {
            out += language == .cy ? "\nNi chafwyd hyd i broblem.\n" : "\nNo problems found.\n"
        } else {
            out += language == .cy ? "\nProblemau (\(problems.count))\n" : "\nProblems (\(problems.count))\n"
        }
        for problem in problems {
            var location = problem.path
            if let line = problem.line { location += ":\(line)" }
            if let column = problem.column { location += ":\(column)" }
            let level = problem.scope == "file" ? (language == .cy ? "gwall" : "error") : (language == .cy ? "rhybudd" : "warning")
            let message = language == .cy ? problem.messageCy ?? "\(Problem.Code(rawValue: problem.code).summary.cy) (“\(problem.message)”)" : problem.message
            out += "  \(e(location)): \(level): \(e(message))\n"
        }
        return out
    }

    /// What a count counts, in words.
    static func kindName(_ kind: String) -> LocalizedText {
        switch kind {
        case "members": LocalizedText(en: "members", cy: "aelodau")
        case "member-education": LocalizedText(en: "member education sessions", cy: "sesiynau addysg aelodau")
        case "directors": LocalizedText(en: "directors", cy: "cyfarwyddwyr")
        case "staff": LocalizedText(en: "staff", cy: "staff")
        case "supervision-sessions": LocalizedText(en: "supervision sessions", cy: "sesiynau goruchwylio")
        case "training-records": LocalizedText(en: "training records", cy: "cofnodion hyfforddiant")
        case "meetings": LocalizedText(en: "meetings", cy: "cyfarfodydd")
        case "accounts": LocalizedText(en: "accounts summaries", cy: "crynodebau cyfrifon")
        case "regulator-documents": LocalizedText(en: "regulator documents", cy: "dogfennau rheoleiddwyr")
        case "ri-visits": LocalizedText(en: "responsible individual's visits", cy: "ymweliadau'r unigolyn cyfrifol")
        case "quality-reviews": LocalizedText(en: "quality-of-care reviews", cy: "adolygiadau o ansawdd y gofal")
        case "complaints": LocalizedText(en: "complaints", cy: "cwynion")
        case "safeguarding-concerns": LocalizedText(en: "safeguarding concerns", cy: "pryderon diogelu")
        case "whistleblowing-concerns": LocalizedText(en: "whistleblowing concerns", cy: "pryderon chwythu'r chwiban")
        case "personal-plans": LocalizedText(en: "personal plans", cy: "cynlluniau personol")
        case "plan-reviews": LocalizedText(en: "plan reviews", cy: "adolygiadau cynlluniau")
        case "surveys": LocalizedText(en: "surveys", cy: "arolygon")
        case "survey-responses": LocalizedText(en: "survey responses", cy: "ymatebion i arolygon")
        case "social-value-summaries": LocalizedText(en: "social value summaries", cy: "crynodebau gwerth cymdeithasol")
        case "policies": LocalizedText(en: "policies", cy: "polisïau")
        case "attachments": LocalizedText(en: "attachments", cy: "atodiadau")
        default: LocalizedText(en: kind, cy: kind)
        }
    }
}
