import Foundation
import Hummingbird
import NodCore
import NodReport
import NodRules
import NodStore

/// A certifier's review of one audit, rule by rule: attestations (what a visit showed),
/// waivers (accepted exceptions), requests to the co-op for evidence, notes, and the finish.
/// What the page writes are the attestation and waiver files `nod audit` reads; every change
/// queues the audit again with them, so the report always follows from evidence + files.
struct ReviewRoutes {
    let office: Office

    struct RuleLine { let rule: String; let title: String; let severity: String; let status: String; let attestation: String?; let waiver: String? }
    struct ReviewContent {
        let publicID: String, fileName: String, rules: [RuleLine], notes: String, locked: Bool, rejudging: Bool
    }

    func add(to router: Router<OfficeRequestContext>) {
        router.get("/submissions/:submission/review") { request, context in
            try await withReview(request, context) { submission, _, _ in
                try await page(submission, request, context)
            }
        }
        router.get("/submissions/:submission/review/:file") { request, context in
            try await withReview(request, context) { submission, _, _ in
                let review = try await office.ledger.review(submissionID: submission.id)
                switch context.parameters.get("file") {
                case "attestations.yaml": return Office.download(Data((review?.attestations ?? "").utf8), name: "attestations-\(submission.publicID).yaml", type: "application/yaml")
                case "waivers.yaml": return Office.download(Data((review?.waivers ?? "").utf8), name: "waivers-\(submission.publicID).yaml", type: "application/yaml")
                default: return office.notFound(request, context)
                }
            }
        }
        for action in ["attestation", "waiver", "request", "finish"] {
            router.post("/submissions/:submission/review/\(action)") { request, context in
                let form = try await FormFields(request, context: context)
                guard form.hasValidToken(context) else { return office.staleForm(request, context) }
                return try await withReview(request, context, changing: true) { submission, account, report in
                    try await ReviewChange(office: office, submission: submission, account: account, report: report)
                        .apply(action, form: form, request: request, context: context)
                }
            }
        }
        router.post("/submissions/:submission/review/import") { request, context in
            guard let form = await SmallMultipartForm(request, limit: 1 << 20), CSRF.matches(form.text("csrf"), context.visitor.csrfToken) else {
                return office.staleForm(request, context)
            }
            return try await withReview(request, context, changing: true) { submission, account, report in
                try await ReviewChange(office: office, submission: submission, account: account, report: report)
                    .importFiles(attestations: form["attestations"] ?? [], waivers: form["waivers"] ?? [], request: request, context: context)
            }
        }
        router.post("/submissions/:submission/answer") { request, context in
            try await SubmissionRoutes(office: office).withSubmission(request, context) { submission, organisation in
                guard let account = context.visitor.account, account.role == .coOp, account.organisationID == organisation.id,
                      try await office.ledger.evidenceRequests(submissionID: submission.id).contains(where: { $0.answerSubmissionID == nil }) else {
                    return office.notFound(request, context)
                }
                let received: ReceivedUpload
                do {
                    received = try await UploadReceiver.multipart(request, store: office.store, csrf: context.visitor.csrfToken)
                } catch let failure as UploadFailure {
                    return office.refusal(failure, request: request, context: context, back: "/submissions/\(submission.publicID)")
                }
                let answer = try await office.ledger.addSubmission(
                    organisationID: organisation.id, accountID: account.id, bundleSHA256: received.bundle.sha256,
                    fileName: received.fileName, bytes: received.bundle.bytes, keepEvidence: true)
                try await office.ledger.answerRequests(of: submission, with: answer, on: office.clock.today, actor: account.email)
                if let review = try await office.ledger.review(submissionID: answer.id) {
                    try ReviewFiles(folder: office.configuration.reviews, submission: answer.publicID)
                        .write(attestations: review.attestations, waivers: review.waivers)
                }
                office.renderedPages.forget(submission.publicID)
                office.bell.ring()
                return Office.redirect("/submissions/\(answer.publicID)")
            }
        }
    }

    /// Runs `body` for a certifier on an audited (or re-judging) submission; `changing` also
    /// requires that no decision has been recorded.
    private func withReview(_ request: Request, _ context: OfficeRequestContext, changing: Bool = false,
                            _ body: (Submission, Account, AuditReport) async throws -> Response) async throws -> Response {
        try await SubmissionRoutes(office: office).withSubmission(request, context) { submission, _ in
            guard let account = context.visitor.account, account.role == .certifier, let report = office.storedReport(submission.publicID) else {
                return office.notFound(request, context)
            }
            if changing {
                guard try await office.ledger.decision(submissionID: submission.id) == nil, submission.status == .audited else {
                    return office.message("badReviewEntryTitle", ["reviewLocked"], status: .conflict, request: request, context: context,
                                          back: "/submissions/\(submission.publicID)/review")
                }
            }
            return try await body(submission, account, report)
        }
    }

    private func page(_ submission: Submission, _ request: Request, _ context: OfficeRequestContext) async throws -> Response {
        guard let report = office.storedReport(submission.publicID) else { return office.notFound(request, context) }
        let lang = context.visitor.language.rawValue
        let review = try await office.ledger.review(submissionID: submission.id)
        let entries = ReviewChange.entries(review, report: report)
        // What is not met first (most severe first), then the rest in the report's order.
        let notMet = report.notMetInOrder
        let notMetRules = Set(notMet.map(\.rule))
        let rules = (notMet + report.results.filter { !notMetRules.contains($0.rule) }).map { result in
            RuleLine(rule: result.rule, title: result.title.text(lang), severity: ReportStrings.severity(result.severity).text(lang),
                     status: ReportStrings.status(result.status).text(lang),
                     attestation: entries.attestations.first { $0.rule == result.rule }.map { "\($0.date) · \($0.outcome.rawValue == "met" ? "✓" : "✗") \($0.note) — \($0.attester)" },
                     waiver: entries.waivers.first { $0.rule == result.rule }.map { "\($0.justification) — \($0.approver), → \($0.expires)" })
        }
        let locked = try await office.ledger.decision(submissionID: submission.id) != nil
        let rejudging = submission.status == .queued || submission.status == .auditing
        let content = ReviewContent(publicID: submission.publicID, fileName: InertText.name(submission.fileName), rules: rules,
                                    notes: review?.notes ?? "", locked: locked || rejudging, rejudging: rejudging)
        return office.page("review", title: "reviewHeading", content: content, request: request, context: context, refresh: rejudging)
    }
}
