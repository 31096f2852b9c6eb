import Foundation
import Hummingbird
import NodCore
import NodReport
import NodStore

/// Running a certificate through its cycle: the certifier changes its status, records each
/// surveillance audit, and answers closures of corrective actions; the organisation's members
/// see the same page and send evidence that an action is closed.
struct CertificateManagement {
    let office: Office

    struct Choice { let value: String; let label: String }
    struct HistoryLine { let date: String; let status: String; let reason: String }
    struct MilestoneLine { let kind: String; let due: String; let completed: String?; let overdue: Bool }
    struct Candidate { let publicID: String; let label: String }
    struct Closure { let submission: String; let result: String }
    struct ActionLine {
        let publicID: String, rule: String, title: String, due: String, status: String, overdue: Bool, warning: String?
        let closure: Closure?, mayClose: Bool, mayResolve: Bool
    }
    struct ManageContent {
        let number: String, organisation: String, organisationID: String, status: String, expires: String, history: [HistoryLine]
        let mayChange: Bool, statusChoices: [Choice], actions: [ActionLine], hasActions: Bool, milestones: [MilestoneLine]
        let nextSurveillance: Bool, candidates: [Candidate], hasCandidates: Bool
    }

    func add(to router: Router<OfficeRequestContext>) {
        router.get("/certificates/:number/manage") { request, context in
            try await withManaged(request, context) { certificate, account in
                try await CycleSweep(office: office).sweep()
                let fresh = try await office.ledger.certificate(number: certificate.number) ?? certificate
                return office.page("certificate-manage", title: "manageCertificate",
                                   content: try await content(fresh, account: account, language: context.visitor.language),
                                   request: request, context: context, titleText: fresh.number)
            }
        }
        router.post("/certificates/:number/status") { request, context in
            let form = try await FormFields(request, context: context)
            guard form.hasValidToken(context) else { return office.staleForm(request, context) }
            return try await withManaged(request, context) { certificate, account in
                guard account.role == .certifier, ![.withdrawn, .expired].contains(certificate.status),
                      let status = CertificateStatus(rawValue: form["status"] ?? ""), status != .expired, status != certificate.status,
                      let reason = form["reason"]?.trimmingCharacters(in: .whitespacesAndNewlines), !reason.isEmpty else {
                    return office.message("badReviewEntryTitle", [], status: .badRequest, request: request, context: context,
                                          back: "/certificates/\(certificate.number)/manage")
                }
                try await office.ledger.changeStatus(of: certificate, to: status, reason: "certifier:" + String(reason.prefix(500)),
                                                     on: office.clock.today, actor: account.email)
                return Office.redirect("/certificates/\(certificate.number)/manage")
            }
        }
        router.post("/certificates/:number/surveillance") { request, context in
            let form = try await FormFields(request, context: context)
            guard form.hasValidToken(context) else { return office.staleForm(request, context) }
            return try await withManaged(request, context) { certificate, account in
                let today = office.clock.today
                guard account.role == .certifier, [.active, .suspended].contains(certificate.status),
                      let milestone = try await office.ledger.milestones(certificateID: certificate.id)
                          .first(where: { $0.kind == .surveillance && $0.completed == nil }),
                      let submission = try await office.ledger.submission(publicID: form["submission"] ?? ""),
                      submission.organisationID == certificate.organisationID, submission.status == .audited,
                      let outcome = form["outcome"], ["maintain", "suspend"].contains(outcome) else {
                    return office.message("badReviewEntryTitle", [], status: .badRequest, request: request, context: context,
                                          back: "/certificates/\(certificate.number)/manage")
                }
                try await office.ledger.completeMilestone(milestone, submission: submission, on: today, actor: account.email)
                if outcome == "suspend", certificate.status == .active {
                    try await office.ledger.changeStatus(of: certificate, to: .suspended, reason: "surveillance-failed:\(today)", on: today, actor: account.email)
                } else if outcome == "maintain", certificate.status == .suspended, certificate.statusReason.hasPrefix("surveillance-missed") {
                    try await office.ledger.changeStatus(of: certificate, to: .active, reason: "surveillance-done:\(today)", on: today, actor: account.email)
                }
                return Office.redirect("/certificates/\(certificate.number)/manage")
            }
        }
        ActionRoutes(office: office).add(to: router)
    }

    /// Runs `body` for a certifier, an administrator, or a member of the certificate's organisation.
    func withManaged(_ request: Request, _ context: OfficeRequestContext,
                     _ body: (NodStore.Certificate, Account) async throws -> Response) async throws -> Response {
        guard let account = context.visitor.account else { return Office.redirect("/sign-in") }
        guard let certificate = try await office.ledger.certificate(number: context.parameters.get("number") ?? ""),
              account.role == .certifier || account.role == .admin || account.organisationID == certificate.organisationID else {
            return office.notFound(request, context)
        }
        return try await body(certificate, account)
    }

    func content(_ certificate: NodStore.Certificate, account: Account, language: Language) async throws -> ManageContent {
        let words = SiteText.words(language), today = office.clock.today
        let history = try await office.ledger.statusHistory(certificateID: certificate.id).map {
            HistoryLine(date: $0.changed.description, status: CertificateWords.status($0.status, language), reason: CertificateWords.reason($0.reason, language))
        }
        let milestones = try await office.ledger.milestones(certificateID: certificate.id)
        let used = Set(milestones.compactMap(\.submissionID))
        let document = try? JSONDecoder().decode(CertificateDocument.self, from: Data(certificate.document.utf8))
        let candidates = try await office.ledger.submissions(organisationID: certificate.organisationID)
            .filter { $0.status == .audited && !used.contains($0.id) && $0.publicID != document?.audit.submission }
            .map { Candidate(publicID: $0.publicID, label: "\(Office.shortDate($0.submitted)) · \(InertText.name($0.fileName)) · \($0.decision ?? "")") }
        let isCertifier = account.role == .certifier
        let choices: [CertificateStatus] = [.active, .suspended, .withdrawn].filter { $0 != certificate.status }
        return ManageContent(
            number: certificate.number, organisation: InertText.name(certificate.organisationName),
            organisationID: try await office.ledger.organisation(id: certificate.organisationID)?.publicID ?? "",
            status: CertificateWords.status(certificate.status, language), expires: certificate.expires.description, history: history,
            mayChange: isCertifier && ![.withdrawn, .expired].contains(certificate.status),
            statusChoices: choices.map { Choice(value: $0.rawValue, label: CertificateWords.status($0, language)) },
            actions: try await ActionRoutes(office: office).lines(certificate, account: account, language: language),
            hasActions: !(try await office.ledger.actions(certificateID: certificate.id)).isEmpty,
            milestones: milestones.map {
                MilestoneLine(kind: words["milestone.\($0.kind.rawValue)"] ?? "", due: $0.due.description, completed: $0.completed?.description,
                              overdue: $0.completed == nil && $0.due < today)
            },
            nextSurveillance: isCertifier && milestones.contains { $0.kind == .surveillance && $0.completed == nil }
                && [.active, .suspended].contains(certificate.status),
            candidates: candidates, hasCandidates: !candidates.isEmpty)
    }
}
