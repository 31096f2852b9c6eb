import NodCore
import NodPDF
import NodReport
import NodStore

/// How a certificate reads in each language: its column of labelled lines (for the page and
/// the PDF alike), its status, and the reason for a status change (the ledger keeps codes,
/// `action-overdue:GOV-03:2027-03-07`, or a certifier's own words after `certifier:`).
enum CertificateWords {
    static func column(_ document: CertificateDocument, _ language: Language) -> CertificateSheet.Column {
        let words = SiteText.words(language), lang = language.rawValue
        var lines: [(label: String, value: String)] = [
            (words["certificateNumber"] ?? "", document.number),
            (words["standard"] ?? "", "\(document.scope.profileTitle?.text(lang) ?? document.scope.profile) \(document.standard.profileVersion)"),
            (words["decisionDate"] ?? "", document.decision.date.spelled.text(lang)),
            (words["validUntil"] ?? "", document.expires.spelled.text(lang)),
        ]
        if !document.surveillanceDue.isEmpty {
            lines.append((words["surveillanceDue"] ?? "", document.surveillanceDue.map { $0.spelled.text(lang) }.joined(separator: "; ")))
        }
        if !document.conditions.isEmpty {
            lines.append((words["conditions"] ?? "", document.conditions.map { "\($0.rule) (\(words["due"] ?? "") \($0.due))" }.joined(separator: "; ")))
        }
        if document.decision.samePerson { lines.append((words["decisionHeading"] ?? "", words["samePerson"] ?? "")) }
        return CertificateSheet.Column(heading: words["certificateTitle"] ?? "", awardedTo: words["awardedTo"] ?? "",
                                       level: document.scope.levelTitle?.text(lang) ?? document.scope.level, lines: lines)
    }

    static func sheet(_ document: CertificateDocument) -> CertificateSheet {
        let welsh = SiteText.words(.cy), english = SiteText.words(.en)
        return CertificateSheet(
            organisation: document.organisation, number: document.number, welsh: column(document, .cy), english: column(document, .en),
            checkLine: "\(welsh["checkToday"] ?? "") · \(english["checkToday"] ?? "")", registerURL: document.register,
            created: "\(document.decision.date)T00:00:00Z")
    }

    static func status(_ status: CertificateStatus, _ language: Language) -> String {
        SiteText.words(language)["status.\(status.rawValue)"] ?? ""
    }

    static func reason(_ code: String, _ language: Language) -> String {
        let words = SiteText.words(language)
        if code.hasPrefix("certifier:") { return String(code.dropFirst("certifier:".count)) }
        let parts = code.split(separator: ":", maxSplits: 2).map(String.init)
        guard let kind = parts.first, let text = words["reason.\(kind)"] else { return code }
        let detail = parts.dropFirst().joined(separator: ", ")
        return detail.isEmpty ? text : "\(text) (\(detail))"
    }
}
