import NodCore
import NodEngine

/// One condition of a rule that was not met, with the severity it carries on its own (`nil`:
/// the rule's own severity).
struct UnmetCondition {
    var text: LocalizedText
    var severity: Severity?
    var evidence: [EvidenceCitation]

    init(_ text: LocalizedText, severity: Severity? = nil, evidence: [EvidenceCitation]) {
        self.text = text
        self.severity = severity
        self.evidence = evidence
    }
}

/// Every condition of a rule a check found unmet, so that a result names them all: a rule
/// that stopped at the first would let a lighter finding hide a heavier one, and would send
/// the co-op back for a second audit to learn of the next.
struct UnmetConditions {
    /// How the conditions' texts join: each a sentence of its own, or clauses of one sentence.
    enum Joining { case sentences, clauses }

    private(set) var conditions: [UnmetCondition]

    init(_ conditions: [UnmetCondition] = []) {
        self.conditions = conditions
    }

    var isEmpty: Bool { conditions.isEmpty }

    mutating func add(_ en: String, _ cy: String, evidence: [EvidenceCitation], severity: Severity? = nil) {
        conditions.append(UnmetCondition(LocalizedText(en: en, cy: cy), severity: severity, evidence: evidence))
    }

    mutating func add(_ condition: UnmetCondition) {
        conditions.append(condition)
    }

    /// The severity of a result listing them all: the rule's own when any condition carries
    /// it (a lighter one never lowers it), unless one is major.
    var highestSeverity: Severity? {
        let explicit = conditions.compactMap(\.severity)
        if explicit.contains(.major) { return .major }
        return explicit.count == conditions.count ? explicit.min() : nil
    }

    /// A failure listing every condition, citing each place once, at the highest severity;
    /// `nil` when every condition was met.
    func failure(joining: Joining = .sentences, measures: [Measure] = []) -> CheckOutcome? {
        guard !conditions.isEmpty else { return nil }
        let texts = conditions.map(\.text)
        let message = switch joining {
        case .sentences: LocalizedText(en: texts.map(\.en).joined(separator: " "), cy: texts.map(\.cy).joined(separator: " "))
        case .clauses: LocalizedText.sentence(listing: texts)
        }
        var cited: [EvidenceCitation] = []
        for citation in conditions.flatMap(\.evidence) where !cited.contains(citation) { cited.append(citation) }
        return .fail(message.en, message.cy, evidence: cited, measures: measures, severity: highestSeverity)
    }
}
