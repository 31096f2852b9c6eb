import Foundation
import Hummingbird
import NodCore
import NodReport
import NodStore

/// The certifier's side of a submission: the certification panel under its report (evidence
/// asked for, the review's state, the decision or the form that records it), the decision
/// itself, and the desk that lists what waits for a certifier.
struct CertificationRoutes {
    let office: Office

    struct OutcomeChoice { let value: String; let label: String }
    struct RequestLine { let rule: String; let message: String; let asked: String; let answer: String? }
    struct DecisionLine { let outcome: String; let date: String; let decider: String; let samePerson: Bool; let reason: String?; let certificate: String? }
    struct PanelContent {
        let publicID: String, hasRequests: Bool, requests: [RequestLine], mayAnswer: Bool, isCertifier: Bool, reviewState: String
        let decision: DecisionLine?, mayDecide: Bool, outcomes: [OutcomeChoice], samePersonAllowed: Bool, whyNoDecision: String
    }

    func add(to router: Router<OfficeRequestContext>) {
        router.post("/submissions/:submission/decision") { request, context in
            let form = try await FormFields(request, context: context)
            guard form.hasValidToken(context) else { return office.staleForm(request, context) }
            return try await SubmissionRoutes(office: office).withSubmission(request, context) { submission, organisation in
                guard let account = context.visitor.account, account.role == .certifier,
                      let outcome = DecisionOutcome(rawValue: form["outcome"] ?? "") else { return office.notFound(request, context) }
                let reason = String((form["reason"] ?? "").prefix(2000))
                switch try await CertificationDesk(office: office).decide(submission, organisation: organisation, outcome: outcome,
                                                                          reason: reason, by: account) {
                case .success(let certificate):
                    office.renderedPages.forget(submission.publicID)
                    return Office.redirect(certificate.map { "/certificates/\($0.number)" } ?? "/submissions/\(submission.publicID)")
                case .failure(let refusal):
                    return office.message("decisionRefusedTitle", ["refusal.\(refusal)"], status: .conflict, request: request, context: context,
                                          back: "/submissions/\(submission.publicID)")
                }
            }
        }
        router.get("/certification") { request, context in
            guard let account = context.visitor.account else { return Office.redirect("/sign-in") }
            guard account.role == .certifier || account.role == .admin else { return office.notFound(request, context) }
            try await CycleSweep(office: office).sweep()
            return office.page("desk", title: "cycleDesk", content: try await DeskContent.make(office, language: context.visitor.language),
                               request: request, context: context)
        }
    }

    /// The panel's markup for this visitor, or `nil` when there is nothing to show (a
    /// submission still waiting for its audit, to someone who is not a certifier).
    static func panel(_ office: Office, _ submission: Submission, request: Request, context: OfficeRequestContext) async throws -> String {
        guard let account = context.visitor.account else { return "" }
        let words = SiteText.words(context.visitor.language)
        let isCertifier = account.role == .certifier
        let requests = try await office.ledger.evidenceRequests(submissionID: submission.id)
        var requestLines: [RequestLine] = []
        for item in requests {
            var answer: String?
            if let id = item.answerSubmissionID { answer = try await office.ledger.submission(id: id)?.publicID }
            requestLines.append(RequestLine(rule: item.rule, message: item.message, asked: item.asked.description, answer: answer))
        }
        let review = try await office.ledger.review(submissionID: submission.id)
        var reviewState = words["reviewNotStarted"] ?? ""
        if let review {
            let reviewer = try await office.ledger.account(id: review.reviewerID)?.email ?? ""
            reviewState = review.completed.map { "\(words["reviewFinishedOn"] ?? "") \($0) \(words["by"] ?? "") \(reviewer)" }
                ?? "\(words["reviewInProgress"] ?? "") \(reviewer)"
        }
        var decisionLine: DecisionLine?
        if let decision = try await office.ledger.decision(submissionID: submission.id) {
            let decider = try await office.ledger.account(id: decision.deciderID)?.email ?? ""
            let certificate = try await office.ledger.certificate(decisionID: decision.id)?.number
            decisionLine = DecisionLine(outcome: words["outcome.\(decision.outcome.rawValue)"] ?? "", date: decision.decided.description,
                                        decider: decider, samePerson: decision.samePerson, reason: decision.reason.isEmpty ? nil : decision.reason,
                                        certificate: certificate)
        }
        guard isCertifier || decisionLine != nil || !requests.isEmpty else { return "" }
        let desk = CertificationDesk(office: office)
        let report = submission.status == .audited ? office.storedReport(submission.publicID) : nil
        let mayDecide = decisionLine == nil && report != nil && desk.mayDecide(account, review: review)
        let outcomes = report.map { CertificationDesk.allowedOutcomes($0.decision) } ?? []
        let why = review?.completed == nil ? "decisionNeedsReview" : isCertifier ? "decisionOtherCertifier" : "decisionPending"
        let content = PanelContent(
            publicID: submission.publicID, hasRequests: !requestLines.isEmpty, requests: requestLines,
            mayAnswer: requests.contains { $0.answerSubmissionID == nil } && office.mayUpload(account, organisationID: submission.organisationID)
                && account.role == .coOp,
            isCertifier: isCertifier, reviewState: reviewState, decision: decisionLine, mayDecide: mayDecide,
            outcomes: outcomes.map { OutcomeChoice(value: $0.rawValue, label: words["outcome.\($0.rawValue)"] ?? $0.rawValue) },
            samePersonAllowed: office.configuration.policy.reviewerMayDecide, whyNoDecision: words[why] ?? "")
        return office.render("submission-certification", title: "certification", content: content, request: request, context: context)
    }
}
