import Foundation
import Hummingbird
import NodCore
import NodReport
import NodStore

/// Corrective actions: the organisation sends its evidence again to close one (the rule is
/// judged again in that new audit), and a certifier accepts or rejects the closure.
struct ActionRoutes {
    let office: Office

    func add(to router: Router<OfficeRequestContext>) {
        router.post("/actions/:action/closure") { request, context in
            try await withAction(request, context) { action, certificate, account in
                guard account.role == .coOp, account.organisationID == certificate.organisationID, action.status != .closed else {
                    return office.notFound(request, context)
                }
                let received: ReceivedUpload
                do {
                    received = try await UploadReceiver.multipart(request, store: office.store, csrf: context.visitor.csrfToken)
                } catch let failure as UploadFailure {
                    return office.refusal(failure, request: request, context: context, back: "/certificates/\(certificate.number)/manage")
                }
                let submission = try await office.ledger.addSubmission(
                    organisationID: certificate.organisationID, accountID: account.id, bundleSHA256: received.bundle.sha256,
                    fileName: received.fileName, bytes: received.bundle.bytes, keepEvidence: true)
                try await office.ledger.submitClosure(of: action, submission: submission, actor: account.email)
                office.bell.ring()
                return Office.redirect("/submissions/\(submission.publicID)")
            }
        }
        router.post("/actions/:action/resolve") { request, context in
            let form = try await FormFields(request, context: context)
            guard form.hasValidToken(context) else { return office.staleForm(request, context) }
            return try await withAction(request, context) { action, certificate, account in
                guard account.role == .certifier, action.status == .closureSubmitted, let decision = form["decision"],
                      ["accept", "reject"].contains(decision) else { return office.notFound(request, context) }
                try await office.ledger.resolve(action, accepted: decision == "accept", note: String((form["note"] ?? "").prefix(1000)),
                                                by: account.id, on: office.clock.today, organisationID: certificate.organisationID,
                                                actor: account.email)
                return Office.redirect("/certificates/\(certificate.number)/manage#action-\(action.publicID)")
            }
        }
    }

    private func withAction(_ request: Request, _ context: OfficeRequestContext,
                            _ body: (CorrectiveAction, NodStore.Certificate, Account) async throws -> Response) async throws -> Response {
        guard let account = context.visitor.account else { return Office.redirect("/sign-in") }
        guard let action = try await office.ledger.action(publicID: context.parameters.get("action") ?? ""),
              let certificate = try await office.ledger.certificates().first(where: { $0.id == action.certificateID }),
              account.role == .certifier || account.role == .admin || account.organisationID == certificate.organisationID else {
            return office.notFound(request, context)
        }
        return try await body(action, certificate, account)
    }

    /// The actions of a certificate as the manage page and the organisation page list them.
    func lines(_ certificate: NodStore.Certificate, account: Account, language: Language) async throws -> [CertificateManagement.ActionLine] {
        let words = SiteText.words(language), lang = language.rawValue, today = office.clock.today
        let grace = office.configuration.policy.actionGraceDays
        var titles: [String: String] = [:]
        if let document = try? JSONDecoder().decode(CertificateDocument.self, from: Data(certificate.document.utf8)),
           let report = office.storedReport(document.audit.submission) {
            for result in report.results { titles[result.rule] = result.title.text(lang) }
        }
        var lines: [CertificateManagement.ActionLine] = []
        for action in try await office.ledger.actions(certificateID: certificate.id) {
            var closure: CertificateManagement.Closure?
            if let id = action.closureSubmissionID, let submission = try await office.ledger.submission(id: id) {
                let result = office.storedReport(submission.publicID)?.results.first { $0.rule == action.rule }
                closure = .init(submission: submission.publicID,
                                result: result.map { ReportStrings.status($0.status).text(lang) } ?? SubmissionText.status(submission.status, language))
            }
            let overdue = action.isOverdue(on: today)
            lines.append(.init(
                publicID: action.publicID, rule: action.rule, title: titles[action.rule] ?? "", due: action.due.description,
                status: words["action.\(action.status.rawValue)"] ?? "", overdue: overdue,
                warning: overdue && certificate.status == .active ? action.due.adding(days: grace + 1).description : nil,
                closure: closure,
                mayClose: account.role == .coOp && account.organisationID == certificate.organisationID && action.status != .closed
                    && [.active, .suspended].contains(certificate.status),
                mayResolve: account.role == .certifier && action.status == .closureSubmitted))
        }
        return lines
    }
}
