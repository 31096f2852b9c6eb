import Foundation
package import NodCore
import NodEvidence
package import NodYAML

/// One requirement of a standard: what it asks, who it applies to, which checker judges it,
/// with which parameters, and where the requirement comes from.
package struct Rule: YAMLReadable, Sendable {
    /// Conditions beyond the co-op model under which a rule applies (`[wales]`, `[regulated]`).
    package struct Applicability: YAMLReadable, Sendable, Hashable {
        package var nations: [Nation]?
        package var regulatedService: Bool?
        package var legalForms: [LegalForm]?

        package init(yaml: YAMLValue) throws(YAMLError) {
            let fields = try yaml.mapping(["nation", "regulated-service", "legal-form"])
            nations = try fields.optional("nation")
            regulatedService = try fields.optional("regulated-service")
            legalForms = try fields.optional("legal-form")
        }
    }

    package var id: String
    package var title: LocalizedText
    /// What the standard requires, in a sentence.
    package var requirement: LocalizedText
    /// The evidence a co-op must send for it.
    package var evidence: LocalizedText
    /// The default threshold in words (the checker's parameters are the exact form).
    package var threshold: LocalizedText
    /// How to meet it, for a co-op that does not yet.
    package var guidance: LocalizedText
    package var area: String
    package var severity: Severity
    /// Models it applies to; every model when absent.
    package var models: [CoopModel]?
    package var appliesWhen: Applicability?
    /// The checker's id (`agm-held`).
    package var check: Located<String>
    /// The checker's parameters, kept as YAML until the checker decodes them.
    package var parameters: YAMLNode?
    /// Where the requirement comes from, as a reader of each language can find it (`{ en, cy }`;
    /// a single string is taken as both, for a source that has one name).
    package var citation: LocalizedText
    /// Written by a contributor who does not write Welsh (`needs-translation: true`): its texts
    /// may be English only, and show in English in a Welsh report until they are translated.
    /// `nod rules lint` lists such rules; the packs shipped with nod have none (a test holds it).
    package var needsTranslation: Bool
    /// Where the rule's id is written, for errors and `nod explain`.
    package var location: FileLocation

    /// Reads every field on its own, so that one run names every mistake of the rule (an
    /// unknown key, a misspelt severity and a missing citation together).
    package init(yaml: YAMLValue) throws(YAMLError) {
        var problems = YAMLProblems()
        let fields = try yaml.mapping([
            "id", "title", "requirement", "evidence", "threshold", "guidance", "area", "severity", "models", "applies-when",
            "check", "with", "citation", "needs-translation",
        ], noting: &problems)
        let id = problems.read { () throws(YAMLError) -> Located<String> in
            let id: Located<String> = try fields.required("id")
            guard Self.isWellFormedID(id.value) else {
                throw fields.invalid("id", "rule id '\(id.value)' must look like GOV-01 (capitals, a hyphen, two or three digits)")
            }
            return id
        }
        let needsTranslation = problems.read { () throws(YAMLError) -> Bool in try fields.optional("needs-translation") ?? false } ?? false
        func text(_ key: String) -> LocalizedText? {
            problems.read { () throws(YAMLError) -> LocalizedText in
                guard needsTranslation else { return try fields.required(key) }
                let text: TextAwaitingTranslation = try fields.required(key)
                return text.value
            }
        }
        let title = text("title"), requirement = text("requirement"), evidence = text("evidence")
        let threshold = text("threshold"), guidance = text("guidance")
        let area = problems.read { () throws(YAMLError) -> String in try fields.required("area") }
        let severity = problems.read { () throws(YAMLError) -> Severity in try fields.required("severity") }
        let models = problems.read { () throws(YAMLError) -> [CoopModel]? in try fields.optional("models") }
        let appliesWhen = problems.read { () throws(YAMLError) -> Applicability? in try fields.optional("applies-when") }
        let check = problems.read { () throws(YAMLError) -> Located<String> in try fields.required("check") }
        let parameters = problems.read { () throws(YAMLError) -> YAMLNode? in try fields.optional("with") }
        let citation = problems.read { () throws(YAMLError) -> LocalizedText in try fields.required("citation", as: Citation.self).value }
        try problems.check()
        // Every read above either gave its value or noted an error, and there is none.
        guard let id, let title, let requirement, let evidence, let threshold, let guidance, let area, let severity,
              let models, let appliesWhen, let check, let parameters, let citation else {
            throw YAMLError(.invalidValue, at: yaml.location, "the rule could not be read")
        }
        self.id = id.value
        location = id.location
        self.needsTranslation = needsTranslation
        self.title = title
        self.requirement = requirement
        self.evidence = evidence
        self.threshold = threshold
        self.guidance = guidance
        self.area = area
        self.severity = severity
        self.models = models
        self.appliesWhen = appliesWhen
        self.check = check
        self.parameters = parameters
        self.citation = citation
    }
}


extension Rule {
    /// `GOV-01`: two to six capitals, a hyphen, two or three digits.
    static func isWellFormedID(_ id: String) -> Bool {
        let parts = id.utf8.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
        guard parts.count == 2 else { return false }
        return (2...6).contains(parts[0].count) && parts[0].allSatisfy { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }
            && (2...3).contains(parts[1].count) && parts[1].allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    }
}

/// A citation: `{ en: …, cy: … }`, or one string for both.
private struct Citation: YAMLReadable {
    var value: LocalizedText

    init(yaml: YAMLValue) throws(YAMLError) {
        if yaml.node.scalar != nil {
            let single = try String(yaml: yaml)
            value = LocalizedText(en: single, cy: single)
        } else {
            value = try LocalizedText(yaml: yaml)
        }
    }
}

/// A rule's text while it awaits its Welsh: `{ en: "…" }`, or both languages as usual. The
/// Welsh stands in as the English until a translator writes it.
private struct TextAwaitingTranslation: YAMLReadable {
    var value: LocalizedText

    init(yaml: YAMLValue) throws(YAMLError) {
        let fields = try yaml.mapping(["en", "cy"])
        let english: String = try fields.required("en")
        value = LocalizedText(en: english, cy: try fields.optional("cy") ?? english)
    }
}
