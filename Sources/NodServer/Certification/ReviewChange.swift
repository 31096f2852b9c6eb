import Foundation
import Hummingbird
import NodCore
import NodReport
import NodRules
import NodStore

/// One change a certifier makes to a review: the files are rewritten, read back with the same
/// reader `nod audit` uses (so nothing the page writes can fail to load), stored, recorded in the
/// trail, and the submission is queued to be judged again.
struct ReviewChange {
    let office: Office
    let submission: Submission
    let account: Account
    let report: AuditReport

    /// The review's attestations and waivers as plain entries (an unreadable file reads as none).
    static func entries(_ review: Review?, report: AuditReport) -> (attestations: [AttestationEntry], waivers: [WaiverEntry]) {
        let known = Set(report.results.map(\.rule))
        let attestations = (try? ExceptionFiles.attestations(Array((review?.attestations ?? "").utf8), file: "attestations.yaml", knownRules: known)) ?? []
        let waivers = (try? ExceptionFiles.waivers(Array((review?.waivers ?? "").utf8), file: "waivers.yaml", knownRules: known)) ?? []
        return (review?.attestations.isEmpty ?? true ? [] : attestations.map(AttestationEntry.init),
                review?.waivers.isEmpty ?? true ? [] : waivers.map(WaiverEntry.init))
    }

    func apply(_ action: String, form: FormFields, request: Request, context: OfficeRequestContext) async throws -> Response {
        let today = office.clock.today
        let existing = try await office.ledger.review(submissionID: submission.id)
        var (attestations, waivers) = Self.entries(existing, report: report)
        let rule = form["rule"] ?? ""
        let known = Set(report.results.map(\.rule))
        var notes = existing?.notes ?? ""
        var event = EventKind.review, detail: [String: String] = [:], completed: LocalDate?
        switch action {
        case "attestation":
            guard known.contains(rule), let date = LocalDate(iso8601: form["date"] ?? ""), date <= today,
                  let outcome = Attestation.Outcome(rawValue: form["outcome"] ?? ""), let note = nonEmpty(form["note"], 2000) else { return badEntry(request, context) }
            attestations.removeAll { $0.rule == rule }
            attestations.append(AttestationEntry(rule: rule, attester: account.email, date: date, outcome: outcome, note: note))
            (event, detail) = (.attestation, ["rule": rule, "outcome": outcome.rawValue, "date": date.description])
        case "waiver":
            guard known.contains(rule), let expires = LocalDate(iso8601: form["expires"] ?? ""), expires > today,
                  let justification = nonEmpty(form["justification"], 2000) else { return badEntry(request, context) }
            waivers.removeAll { $0.rule == rule }
            waivers.append(WaiverEntry(rule: rule, justification: justification, approver: account.email, granted: today, expires: expires))
            (event, detail) = (.waiver, ["rule": rule, "expires": expires.description])
        case "request":
            guard known.contains(rule), let message = nonEmpty(form["message"], 2000) else { return badEntry(request, context) }
            try await office.ledger.askForEvidence(submission: submission, rule: rule, message: message, by: account.id, on: today, actor: account.email)
            office.renderedPages.forget(submission.publicID)
            return Office.redirect("/submissions/\(submission.publicID)/review#rule-\(rule)")
        default:
            notes = String((form["notes"] ?? "").prefix(5000))
            completed = today
        }
        return try await save(attestations: attestations, waivers: waivers, notes: notes, completed: completed, event: event, detail: detail,
                              rejudge: action != "finish", anchor: rule)
    }

    func importFiles(attestations attestationBytes: [UInt8], waivers waiverBytes: [UInt8], request: Request,
                     context: OfficeRequestContext) async throws -> Response {
        let known = Set(report.results.map(\.rule))
        let existing = try await office.ledger.review(submissionID: submission.id)
        var (attestations, waivers) = Self.entries(existing, report: report)
        do {
            if !attestationBytes.isEmpty {
                attestations = try ExceptionFiles.attestations(attestationBytes, file: "attestations.yaml", knownRules: known).map(AttestationEntry.init)
            }
            if !waiverBytes.isEmpty {
                waivers = try ExceptionFiles.waivers(waiverBytes, file: "waivers.yaml", knownRules: known).map(WaiverEntry.init)
            }
        } catch {
            return office.message("badReviewFileTitle", [InertText.clean(error.description)], status: .unprocessableContent, request: request,
                                  context: context, back: "/submissions/\(submission.publicID)/review")
        }
        return try await save(attestations: attestations, waivers: waivers, notes: existing?.notes ?? "", completed: nil, event: .review,
                              detail: ["imported": "yes"], rejudge: true, anchor: "")
    }

    private func save(attestations: [AttestationEntry], waivers: [WaiverEntry], notes: String, completed: LocalDate?, event: EventKind,
                      detail: [String: String], rejudge: Bool, anchor: String) async throws -> Response {
        let review = Review(submissionID: submission.id, reviewerID: account.id, attestations: ExceptionFileWriter.attestations(attestations),
                            waivers: ExceptionFileWriter.waivers(waivers), notes: notes, completed: completed)
        // What the page writes must read back: the same reader the audit uses checks it first.
        let known = Set(report.results.map(\.rule))
        if !review.attestations.isEmpty { _ = try ExceptionFiles.attestations(Array(review.attestations.utf8), file: "attestations.yaml", knownRules: known) }
        if !review.waivers.isEmpty { _ = try ExceptionFiles.waivers(Array(review.waivers.utf8), file: "waivers.yaml", knownRules: known) }
        try ReviewFiles(folder: office.configuration.reviews, submission: submission.publicID).write(attestations: review.attestations, waivers: review.waivers)
        try await office.ledger.saveReview(review, submission: submission, actor: account.email, event: event, detail: detail)
        office.renderedPages.forget(submission.publicID)
        if rejudge {
            try await office.ledger.requeue(submissionID: submission.id)
            office.renderedReports.forget(submission.publicID)
            office.bell.ring()
            return Office.redirect("/submissions/\(submission.publicID)/review" + (anchor.isEmpty ? "" : "#rule-\(anchor)"))
        }
        return Office.redirect("/submissions/\(submission.publicID)")
    }

    private func nonEmpty(_ text: String?, _ limit: Int) -> String? {
        guard let text = text?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { return nil }
        return String(text.prefix(limit))
    }

    private func badEntry(_ request: Request, _ context: OfficeRequestContext) -> Response {
        office.message("badReviewEntryTitle", ["badReviewEntryText"], status: .badRequest, request: request, context: context,
                       back: "/submissions/\(submission.publicID)/review")
    }
}
