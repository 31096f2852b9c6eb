import NodCore

/// The report as canonical JSON: the keys and shapes of cli.md, the same bytes `JSONEncoder`
/// gave (the `Codable` conformance stays for reading reports back: `verify`, `diff`, `--resume`).
///
/// Every object's keys are written in the order of their UTF-8 bytes (`-` sorts before any
/// letter, a key before the longer keys it begins); absent optionals are left out.
extension AuditReport {
    func write(to json: inout CanonicalJSONWriter) {
        json.object { json in
            json.field("audit-date", auditDate.description)
            json.field("blocking", blocking)
            json.objectField("bundle") { json in
                json.field("archive-sha256", bundle.archiveSHA256)
                json.field("model", bundle.model)
                json.field("nation", bundle.nation)
                json.field("organisation", bundle.organisation)
                json.key("period")
                bundle.period.write(to: &json)
                json.field("regulated-service", bundle.regulatedService)
                json.field("sha256", bundle.sha256)
            }
            json.key("corrective-actions")
            json.array(correctiveActions) { json, action in
                json.object { json in
                    json.field("due", action.due.description)
                    json.field("rule", action.rule)
                }
            }
            json.field("decision", decision.rawValue)
            json.key("evidence")
            json.array(evidence) { json, entry in
                json.object { json in
                    json.field("bytes", entry.bytes)
                    json.field("path", entry.path)
                    json.field("sha256", entry.sha256)
                }
            }
            json.field("language", language)
            json.field("level", level)
            if let levelTitle {
                json.key("level-title")
                levelTitle.write(to: &json)
            }
            json.key("problems")
            json.array(problems) { json, problem in
                json.object { json in
                    json.field("code", problem.code)
                    json.field("column", problem.column)
                    json.field("line", problem.line)
                    json.field("message", problem.message)
                    json.field("path", problem.path)
                }
            }
            json.field("report-format", reportFormat)
            json.key("results")
            json.array(results) { json, result in result.write(to: &json) }
            json.objectField("rules") { json in
                json.key("packs")
                json.array(rules.packs) { json, pack in
                    json.object { json in
                        json.field("id", pack.id)
                        json.field("sha256", pack.sha256)
                        if let title = pack.title {
                            json.key("title")
                            title.write(to: &json)
                        }
                        json.field("version", pack.version)
                    }
                }
                json.field("profile", rules.profile)
                json.field("profile-version", rules.profileVersion)
            }
            json.objectField("score") { json in
                json.field("earned", score.earned)
                json.field("percent", score.percent)
                json.field("possible", score.possible)
            }
            if let signature {
                json.objectField("signature") { json in
                    json.field("algorithm", signature.algorithm)
                    json.field("key-id", signature.keyID)
                    json.field("value", signature.value)
                }
            }
            json.objectField("tool") { json in
                json.field("name", tool.name)
                json.field("version", tool.version)
            }
            if let waivers {
                json.objectField("waivers") { json in
                    json.key("expired")
                    json.array(waivers.expired) { json, waiver in waiver.write(to: &json) }
                    json.key("unused")
                    json.array(waivers.unused) { json, waiver in waiver.write(to: &json) }
                }
            }
        }
    }
}

extension AuditReport.Result {
    func write(to json: inout CanonicalJSONWriter) {
        json.object { json in
            if let attestation {
                json.objectField("attestation") { json in
                    json.field("attester", attestation.attester)
                    json.field("date", attestation.date.description)
                    json.field("note", attestation.note)
                    json.field("outcome", attestation.outcome)
                }
            }
            json.key("evidence")
            json.array(evidence) { json, citation in
                json.object { json in
                    json.field("line", citation.line)
                    json.field("path", citation.path)
                }
            }
            if let guidance {
                json.key("guidance")
                guidance.write(to: &json)
            }
            if let measures {
                json.key("measures")
                json.sortedFields(measures)
            }
            json.key("message")
            message.write(to: &json)
            json.field("pack", pack)
            json.field("reason", reason)
            if let reasonText {
                json.key("reason-text")
                reasonText.write(to: &json)
            }
            json.field("rule", rule)
            json.field("severity", severity.rawValue)
            json.field("status", status.rawValue)
            json.key("title")
            title.write(to: &json)
            if let waiver {
                json.key("waiver")
                waiver.write(to: &json)
            }
        }
    }
}

extension AuditReport.WaiverRecord {
    func write(to json: inout CanonicalJSONWriter) {
        json.object { json in
            json.field("approver", approver)
            json.field("expires", expires.description)
            json.field("granted", granted.description)
            json.field("justification", justification)
            if let reason {
                json.key("reason")
                reason.write(to: &json)
            }
            json.field("rule", rule)
            json.field("scope", scope)
        }
    }
}

extension LocalizedText {
    func write(to json: inout CanonicalJSONWriter) {
        json.object { json in
            json.field("cy", cy)
            json.field("en", en)
        }
    }
}

extension DatePeriod {
    func write(to json: inout CanonicalJSONWriter) {
        json.object { json in
            json.field("end", end.description)
            json.field("start", start.description)
        }
    }
}
