package import Foundation
import NodCore

/// The report as SARIF 2.1.0, so a SARIF viewer shows each finding at its evidence file and
/// line. Rules carry their metadata; results are the rules not met (errors included).
package enum SARIFReportRenderer {
    struct Log: Encodable {
        var schema = "https://json.schemastore.org/sarif-2.1.0.json"
        var version = "2.1.0"
        var runs: [Run]
        enum CodingKeys: String, CodingKey { case schema = "$schema", version, runs }
    }
    struct Run: Encodable { var tool: Tool; var results: [Result]; var properties: [String: String] }
    struct Tool: Encodable { var driver: Driver }
    struct Driver: Encodable {
        var name = "nod"
        var version: String
        var informationUri = "https://nod.coop"
        var rules: [RuleDescriptor]
    }
    struct Message: Encodable { var text: String }
    struct RuleDescriptor: Encodable {
        var id: String
        var name: String
        var shortDescription: Message
        var fullDescription: Message
        var defaultConfiguration: Configuration
        var properties: [String: String]
    }
    struct Configuration: Encodable { var level: String }
    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int
        var level: String
        var kind: String
        var message: Message
        var locations: [Location]
    }
    struct Location: Encodable { var physicalLocation: PhysicalLocation }
    struct PhysicalLocation: Encodable { var artifactLocation: ArtifactLocation; var region: Region? }
    struct ArtifactLocation: Encodable { var uri: String; var uriBaseId = "BUNDLE" }
    struct Region: Encodable { var startLine: Int }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .major: "error"
        case .minor: "warning"
        case .observation: "note"
        }
    }

    package static func render(_ report: AuditReport) throws -> Data {
        let lang = report.language
        let rules = report.results.map { result in
            RuleDescriptor(id: result.rule, name: result.rule, shortDescription: Message(text: result.title.text(lang)),
                           fullDescription: Message(text: [result.title.text(lang), result.guidance?.text(lang)].compactMap { $0 }
                               .joined(separator: ". ")),
                           defaultConfiguration: Configuration(level: level(result.severity)),
                           properties: ["pack": result.pack, "severity": result.severity.rawValue])
        }
        let results = report.results.enumerated().filter { $0.element.isNotMetForSARIF }.map { index, result in
            Result(ruleId: result.rule, ruleIndex: index, level: level(result.severity), kind: "fail",
                   message: Message(text: result.message.text(lang)),
                   locations: result.evidence.isEmpty
                       ? [Location(physicalLocation: PhysicalLocation(artifactLocation: ArtifactLocation(uri: expectedPath(result.message.en)),
                                                                      region: nil))]
                       : result.evidence.map { citation in
                           Location(physicalLocation: PhysicalLocation(artifactLocation: ArtifactLocation(uri: citation.path),
                                                                       region: citation.line.map { Region(startLine: $0) }))
                       })
        }
        let log = Log(runs: [Run(tool: Tool(driver: Driver(version: report.tool.version, rules: rules)), results: results,
                                 properties: ["decision": report.decision.rawValue, "bundle-sha256": report.bundle.sha256,
                                              "audit-date": report.auditDate.description, "profile": report.rules.profile])])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(log) + Data("\n".utf8)
    }
}

extension SARIFReportRenderer {
    /// Where the evidence of a result that cites none was expected: the first bundle path its
    /// message names ("No member register (members/register.csv)"), else manifest.yaml,
    /// which declares what the bundle holds — so that every result has a place to show in a
    /// code-scanning viewer.
    static func expectedPath(_ message: String) -> String {
        let pattern = /[A-Za-z0-9_-]+(?:\/[A-Za-z0-9_.-]+)+\.(?:csv|yaml|yml|md)/
        return message.firstMatch(of: pattern).map { String($0.output) } ?? "manifest.yaml"
    }
}

extension AuditReport.Result {
    var isNotMetForSARIF: Bool { [.fail, .notEvidenced, .error].contains(status) }
}
