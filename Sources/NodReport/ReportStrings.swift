package import NodCore

/// Every word a report prints that is not a rule's own text, in Welsh and English.
/// Terms follow docs/rules.md's official terminology (diffyg cydymffurfio mawr / bach, sylw…).
package enum ReportStrings {
    /// The line under a finding the previous audit also found not met (empty when it did not).
    static func repeated(_ result: AuditReport.Result, _ report: AuditReport, _ lang: String) -> String {
        guard let history = report.history, history.repeated.contains(result.rule) else { return "" }
        var line = "\(repeatedFinding.text(lang)) \(history.previousAuditDate)"
        if let was = result.escalatedFrom {
            line += "; \(raisedFrom.text(lang)) \(severity(was).text(lang)) \(raisedTo.text(lang)) \(severity(result.severity).text(lang))"
        }
        return line + "."
    }

    /// The decision as every report and the batch portfolio page name it.
    package static func decision(_ decision: Decision) -> LocalizedText {
        switch decision {
        case .awarded: LocalizedText(en: "Awarded", cy: "Dyfarnwyd")
        case .awardedWithConditions: LocalizedText(en: "Awarded with conditions", cy: "Dyfarnwyd gydag amodau")
        case .notAwarded: LocalizedText(en: "Not awarded", cy: "Heb ei ddyfarnu")
        }
    }

    package static func status(_ status: RuleStatus) -> LocalizedText {
        switch status {
        case .pass: LocalizedText(en: "Met", cy: "Wedi'i fodloni")
        case .fail: LocalizedText(en: "Not met", cy: "Heb ei fodloni")
        case .notEvidenced: LocalizedText(en: "No evidence", cy: "Dim tystiolaeth")
        case .notApplicable: LocalizedText(en: "Not applicable", cy: "Amherthnasol")
        case .waived: LocalizedText(en: "Waived", cy: "Wedi'i hepgor")
        case .attested: LocalizedText(en: "Attested", cy: "Wedi'i ardystio")
        case .error: LocalizedText(en: "Could not be checked", cy: "Methu â gwirio")
        }
    }

    package static func severity(_ severity: Severity) -> LocalizedText {
        switch severity {
        case .major: LocalizedText(en: "Major nonconformity", cy: "Diffyg cydymffurfio mawr")
        case .minor: LocalizedText(en: "Minor nonconformity", cy: "Diffyg cydymffurfio bach")
        case .observation: LocalizedText(en: "Observation", cy: "Sylw")
        }
    }

    static let title = LocalizedText(en: "Audit report", cy: "Adroddiad archwilio")
    static let decisionLabel = LocalizedText(en: "Decision", cy: "Penderfyniad")
    static let levelLabel = LocalizedText(en: "Level", cy: "Lefel")
    static let scoreLabel = LocalizedText(en: "Score", cy: "Sgôr")
    static let auditDate = LocalizedText(en: "Audit date", cy: "Dyddiad yr archwiliad")
    static let period = LocalizedText(en: "Period audited", cy: "Cyfnod a archwiliwyd")
    static let profile = LocalizedText(en: "Standard", cy: "Safon")
    static let digest = LocalizedText(en: "Evidence digest", cy: "Crynhoad y dystiolaeth")
    static let selfCheck = LocalizedText(en: "Self-check: nothing here blocks; the decision shows what an audit would find.",
                                         cy: "Hunanwiriad: nid oes dim yma yn rhwystro; mae'r penderfyniad yn dangos beth fyddai archwiliad yn ei ganfod.")
    static let toFix = LocalizedText(en: "What to put right first", cy: "Beth i'w gywiro yn gyntaf")
    static let nothingToFix = LocalizedText(en: "Nothing: every requirement that applies is met.", cy: "Dim: mae pob gofyniad perthnasol wedi'i fodloni.")
    static let evidenceLabel = LocalizedText(en: "Evidence", cy: "Tystiolaeth")
    static let guidanceLabel = LocalizedText(en: "How to put it right", cy: "Sut i'w gywiro")
    static let dueLabel = LocalizedText(en: "Corrective action due", cy: "Dyddiad cau'r cam cywiro")
    static let sendEvidence = LocalizedText(en: "Send the evidence: the requirement may be met but nothing shows it.",
                                            cy: "Anfonwch y dystiolaeth: efallai bod y gofyniad wedi'i fodloni ond nid oes dim yn dangos hynny.")
    static let allResults = LocalizedText(en: "All requirements", cy: "Pob gofyniad")
    static let notApplicable = LocalizedText(en: "Not applicable to this co-operative", cy: "Ddim yn berthnasol i'r gydweithfa hon")
    static let problems = LocalizedText(en: "Problems found in the evidence", cy: "Problemau a ganfuwyd yn y dystiolaeth")
    static let ruleColumn = LocalizedText(en: "Rule", cy: "Rheol")
    static let requirementColumn = LocalizedText(en: "Requirement", cy: "Gofyniad")
    static let severityColumn = LocalizedText(en: "Severity", cy: "Difrifoldeb")
    static let resultColumn = LocalizedText(en: "Result", cy: "Canlyniad")
    static let findingColumn = LocalizedText(en: "Finding", cy: "Canfyddiad")
    static let reproduce = LocalizedText(en: "Reproduce", cy: "Atgynhyrchu")
    static let reproduceFiles = LocalizedText(en: "The command's files, by SHA-256", cy: "Ffeiliau'r gorchymyn, yn ôl SHA-256")

    /// The command that reproduces a report, every input that changed it included.
    static func reproduceCommand(_ report: AuditReport, language: String) -> String {
        var command = "nod audit BUNDLE --profile \(report.rules.profile) --date \(report.auditDate) --lang \(language)"
        guard let inputs = report.inputs else { return command }
        if inputs.rulesFromFiles == true { command += " --rules RULES" }
        if inputs.plugins != nil { command += " --plugin-path PLUGINS" }
        if inputs.waiversSHA256 != nil { command += " --waivers WAIVERS.yaml" }
        if inputs.attestationsSHA256 != nil { command += " --attestations ATTESTATIONS.yaml" }
        if inputs.previousSHA256 != nil { command += " --previous PREVIOUS.json" }
        return command
    }

    /// Each input file named in the command with its SHA-256 (and the plug-ins by version).
    static func reproduceDigests(_ report: AuditReport) -> [String] {
        guard let inputs = report.inputs else { return [] }
        var lines: [String] = []
        if inputs.rulesFromFiles == true { lines.append("RULES: " + report.rules.packs.map { "\($0.id) \($0.sha256)" }.joined(separator: ", ")) }
        if let plugins = inputs.plugins { lines.append("PLUGINS: " + plugins.joined(separator: ", ")) }
        if let digest = inputs.waiversSHA256 { lines.append("WAIVERS.yaml: \(digest)") }
        if let digest = inputs.attestationsSHA256 { lines.append("ATTESTATIONS.yaml: \(digest)") }
        if let digest = inputs.previousSHA256 { lines.append("PREVIOUS.json: \(digest)") }
        return lines
    }
    static let repeatedFinding = LocalizedText(en: "Repeated finding: also not met at the previous audit on", cy: "Canfyddiad a ailadroddwyd: heb ei fodloni yn yr archwiliad blaenorol hefyd, ar")
    static let raisedFrom = LocalizedText(en: "severity raised from", cy: "codwyd y difrifoldeb o")
    static let raisedTo = LocalizedText(en: "to", cy: "i")
    static let unclosedHeading = LocalizedText(en: "Corrective actions of the previous audit still open", cy: "Camau cywiro’r archwiliad blaenorol sy’n dal ar agor")
    static let waivedBy = LocalizedText(en: "Waived", cy: "Hepgorwyd")
    static let until = LocalizedText(en: "until", cy: "tan")
    static let waiversHeading = LocalizedText(en: "Waivers", cy: "Hepgoriadau")
    static let expiredWaiver = LocalizedText(en: "expired on", cy: "daeth i ben ar")
    static let unusedWaiver = LocalizedText(en: "not used", cy: "heb ei ddefnyddio")
    static let resultsByArea = LocalizedText(en: "Results by area", cy: "Canlyniadau fesul maes")
    static let notMetBySeverity = LocalizedText(en: "Requirements not met, by severity", cy: "Gofynion heb eu bodloni, fesul difrifoldeb")
    static let wellbeingChart = LocalizedText(en: "Well-being (SWEMWBS mean) against England's adult means", cy: "Llesiant (cymedr SWEMWBS) o'i gymharu â chymedrau oedolion Lloegr")
    static let previousWave = LocalizedText(en: "previous wave", cy: "ton flaenorol")
    static let thisWave = LocalizedText(en: "this wave", cy: "y don hon")
    static let englandMeans = LocalizedText(en: "England's means 23.2–23.7", cy: "cymedrau Lloegr 23.2–23.7")
    static let met = LocalizedText(en: "met", cy: "wedi'u bodloni")
    static let notMet = LocalizedText(en: "not met", cy: "heb eu bodloni")
    static let noEvidenceShort = LocalizedText(en: "no evidence", cy: "dim tystiolaeth")
    static let notApplicableShort = LocalizedText(en: "not applicable", cy: "amherthnasol")
    static let signedBy = LocalizedText(en: "Signed with key", cy: "Wedi'i lofnodi gydag allwedd")
    static let unsigned = LocalizedText(en: "Unsigned", cy: "Heb ei lofnodi")
    static let signatureValid = LocalizedText(en: "signature valid", cy: "llofnod dilys")
    static let signatureNotChecked = LocalizedText(en: "signature not checked (nod verify, or nod render --key)",
                                                   cy: "heb wirio'r llofnod (nod verify, neu nod render --key)")
    static let signatureInvalid = LocalizedText(en: "SIGNATURE INVALID", cy: "LLOFNOD ANNILYS")

    /// "key abc…, signature valid" — or unsigned — in the report's language.
    static func signatureLine(_ report: AuditReport, language: String, code: (String) -> String) -> String {
        guard let signature = report.signature else { return unsigned.text(language) }
        let status: String
        switch report.signatureCheck {
        case nil: status = signatureNotChecked.text(language)
        case .valid: status = signatureValid.text(language)
        case .invalid(let reason): status = "\(signatureInvalid.text(language)): \(reason.text(language))"
        }
        return "\(code(signature.keyID)), \(status)"
    }
    static let noLevel = LocalizedText(en: "none", cy: "dim")
}
