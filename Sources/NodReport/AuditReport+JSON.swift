package import NodCore

/// The report as canonical JSON: the keys and shapes of docs/report.md, the same bytes `JSONEncoder`
/// gave (the `Codable` conformance stays for reading reports back: `verify`, `diff`, `--resume`).
///
/// Every part of the report writes its own fields, keys in the order of their UTF-8 bytes
/// (`-` sorts before any letter, a key before the longer keys it begins); absent optionals
/// are left out.
extension AuditReport: CanonicalJSONObject {
    package func writeFields(to json: inout CanonicalJSONWriter) {
        json.field("audit-date", auditDate.description)
        json.field("blocking", blocking)
        json.field("bundle", bundle)
        json.field("corrective-actions", correctiveActions)
        json.field("decision", decision.rawValue)
        json.field("evidence", evidence)
        json.field("history", history)
        json.field("inputs", inputs)
        json.field("language", language)
        json.field("level", level)
        json.field("level-title", levelTitle)
        json.field("problems", problems)
        json.field("report-format", reportFormat)
        json.field("results", results)
        json.field("rules", rules)
        json.field("score", score)
        json.field("signature", signature)
        json.field("tool", tool)
        json.field("waivers", waivers)
    }
}

extension AuditReport.Tool: CanonicalJSONObject {
    package func writeFields(to json: inout CanonicalJSONWriter) {
        json.field("name", name)
        json.field("version", version)
    }
}

extension AuditReport.Bundle: CanonicalJSONObject {
    package func writeFields(to json: inout CanonicalJSONWriter) {
        json.field("archive-sha256", archiveSHA256)
        json.field("model", model)
        json.field("nation", nation)
        json.field("organisation", organisation)
        json.field("period", period)
        json.field("registration", registration)
        json.field("regulated-service", regulatedService)
        json.field("sha256", sha256)
    }
}

extension AuditReport.Registration: CanonicalJSONObject {
    package func writeFields(to json: inout CanonicalJSONWriter) {
        json.field("number", number)
        json.field("register", register)
    }
}

extension AuditReport.CorrectiveAction: CanonicalJSONObject {
    package func writeFields(to json: inout CanonicalJSONWriter) {
        json.field("due", due.description)
        json.field("rule", rule)
    }
}

extension AuditReport.History: CanonicalJSONObject {
    package func writeFields(to json: inout CanonicalJSONWriter) {
        json.field("previous-audit-date", previousAuditDate.description)
        json.field("repeated", repeated)
        json.field("unclosed-actions", unclosedActions)
    }
}

extension AuditReport.EvidenceEntry: CanonicalJSONObject {
    package func writeFields(to json: inout CanonicalJSONWriter) {
        json.field("bytes", bytes)
        json.field("path", path)
        json.field("sha256", sha256)
    }
}

extension AuditReport.ProblemEntry: CanonicalJSONObject {
    package func writeFields(to json: inout CanonicalJSONWriter) {
        json.field("code", code)
        json.field("column", column)
        json.field("line", line)
        json.field("message", message)
        json.field("message-cy", messageCy)
        json.field("path", path)
    }
}

extension AuditReport.Rules: CanonicalJSONObject {
    package func writeFields(to json: inout CanonicalJSONWriter) {
        json.field("packs", packs)
        json.field("profile", profile)
        json.field("profile-title", profileTitle)
        json.field("profile-version", profileVersion)
    }
}

extension AuditReport.PackReference: CanonicalJSONObject {
    package func writeFields(to json: inout CanonicalJSONWriter) {
        json.field("id", id)
        json.field("sha256", sha256)
        json.field("title", title)
        json.field("version", version)
    }
}

extension AuditReport.Score: CanonicalJSONObject {
    package func writeFields(to json: inout CanonicalJSONWriter) {
        json.field("earned", earned)
        json.field("percent", percent)
        json.field("possible", possible)
    }
}

extension AuditReport.Signature: CanonicalJSONObject {
    package func writeFields(to json: inout CanonicalJSONWriter) {
        json.field("algorithm", algorithm)
        json.field("key-id", keyID)
        json.field("value", value)
    }
}

extension AuditReport.Waivers: CanonicalJSONObject {
    package func writeFields(to json: inout CanonicalJSONWriter) {
        json.field("expired", expired)
        json.field("unused", unused)
    }
}

extension AuditReport.Result: CanonicalJSONObject {
    package func writeFields(to json: inout CanonicalJSONWriter) {
        json.field("attestation", attestation)
        json.field("escalated-from", escalatedFrom?.rawValue)
        json.field("evidence", evidence)
        json.field("guidance", guidance)
        json.sortedField("measures", measures)
        json.field("message", message)
        json.field("pack", pack)
        json.field("reason", reason)
        json.field("reason-text", reasonText)
        json.field("rule", rule)
        json.field("severity", severity.rawValue)
        json.field("status", status.rawValue)
        json.field("title", title)
        json.field("waiver", waiver)
    }
}

extension AuditReport.AttestationRecord: CanonicalJSONObject {
    package func writeFields(to json: inout CanonicalJSONWriter) {
        json.field("attester", attester)
        json.field("date", date.description)
        json.field("note", note)
        json.field("outcome", outcome)
    }
}

extension AuditReport.WaiverRecord: CanonicalJSONObject {
    package func writeFields(to json: inout CanonicalJSONWriter) {
        json.field("approver", approver)
        json.field("expires", expires.description)
        json.field("granted", granted.description)
        json.field("justification", justification)
        json.field("reason", reason)
        json.field("rule", rule)
        json.field("scope", scope)
    }
}

extension EvidenceCitation: CanonicalJSONObject {
    package func writeFields(to json: inout CanonicalJSONWriter) {
        json.field("line", line)
        json.field("path", path)
    }
}

extension LocalizedText: CanonicalJSONObject {
    package func writeFields(to json: inout CanonicalJSONWriter) {
        json.field("cy", cy)
        json.field("en", en)
    }
}

extension DatePeriod: CanonicalJSONObject {
    package func writeFields(to json: inout CanonicalJSONWriter) {
        json.field("end", end.description)
        json.field("start", start.description)
    }
}

extension AuditReport.Inputs: CanonicalJSONObject {
    package func writeFields(to json: inout CanonicalJSONWriter) {
        json.field("attestations-sha256", attestationsSHA256)
        json.field("plugins", plugins)
        json.field("previous-sha256", previousSHA256)
        json.field("rules-from-files", rulesFromFiles)
        json.field("waivers-sha256", waiversSHA256)
    }
}
