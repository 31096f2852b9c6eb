import Foundation
import Hummingbird
import Logging
import NIOCore
import NodCore
import NodReport
import NodStore

/// Sending evidence, and everything about one submission: its state, its report inside the
/// site (each citation a link into the evidence), the checklist, downloads, and deletion.
struct SubmissionRoutes {
    let office: Office

    struct SubmissionContent {
        let publicID: String, organisationID: String, organisationName: String, fileName: String, statusText: String
        let waiting: Bool, rejected: Bool, rejection: String?, audited: Bool, reportHTML: String?, evidenceKept: Bool, mayDelete: Bool
    }

    struct ChecklistItem { let rule: String; let title: String; let severity: String; let message: String; let action: String? }
    struct ChecklistContent { let publicID: String; let items: [ChecklistItem]; let hasItems: Bool }

    func add(to router: Router<OfficeRequestContext>) {
        router.post("/organisations/:organisation/submissions") { request, context in
            guard let organisation = try await office.readableOrganisation(context.parameters.get("organisation"), context),
                  office.mayUpload(context.visitor.account, organisationID: organisation.id) else {
                return context.visitor.account == nil ? Office.redirect("/sign-in") : office.notFound(request, context)
            }
            return try await upload(to: organisation, request, context)
        }
        router.get("/submissions/:submission") { request, context in
            try await withSubmission(request, context) { submission, organisation in try await show(submission, organisation, request, context) }
        }
        router.get("/submissions/:submission/checklist") { request, context in
            try await withSubmission(request, context) { submission, _ in checklist(submission, request, context) }
        }
        // report.json, report.html, report.sarif, report.junit, report.md
        router.get("/submissions/:submission/:download") { request, context in
            try await withSubmission(request, context) { submission, _ in
                let name = context.parameters.get("download") ?? ""
                guard name.hasPrefix("report."), let report = office.storedReport(submission.publicID),
                      let format = ReportFormat(rawValue: String(name.dropFirst("report.".count))) else { return office.notFound(request, context) }
                var copy = report
                copy.language = context.visitor.language.rawValue
                return Office.download(try format.render(format == .json ? report : copy), name: "report-\(submission.publicID).\(format.fileExtension)",
                                       type: format.mediaType)
            }
        }
        router.post("/submissions/:submission/delete") { request, context in
            let form = try await FormFields(request, context: context)
            guard form.hasValidToken(context) else { return office.staleForm(request, context) }
            return try await withSubmission(request, context) { submission, organisation in
                guard office.mayUpload(context.visitor.account, organisationID: organisation.id) else { return office.notFound(request, context) }
                try await office.delete(submission)
                return Office.redirect("/organisations/\(organisation.publicID)?deleted=1")
            }
        }
    }

    /// Runs `body` with the submission the URL names, when this visitor may read it; a page
    /// that says nothing is here otherwise (the same for a guessed id and another co-op's).
    func withSubmission(_ request: Request, _ context: OfficeRequestContext,
                        _ body: (Submission, Organisation) async throws -> Response) async throws -> Response {
        guard let account = context.visitor.account else { return Office.redirect("/sign-in") }
        guard let (submission, organisation) = try await office.ledger.submissionAndOrganisation(publicID: context.parameters.get("submission") ?? ""),
              account.mayRead(organisationID: submission.organisationID) else {
            return office.notFound(request, context)
        }
        return try await body(submission, organisation)
    }

    private func upload(to organisation: Organisation, _ request: Request, _ context: OfficeRequestContext) async throws -> Response {
        let received: ReceivedUpload
        switch await Self.receive(request, store: office.store, csrf: context.visitor.csrfToken) {
        case .success(let upload): received = upload
        case .failure(let failure):
            return office.refusal(failure, request: request, context: context, back: "/organisations/\(organisation.publicID)")
        }
        let purpose = try await office.purpose(surveillance: received.surveillance, organisationID: organisation.id)
        let submission = try await office.ledger.addSubmission(
            organisationID: organisation.id, accountID: context.visitor.account?.id, bundleSHA256: received.bundle.sha256,
            fileName: received.fileName, bytes: received.bundle.bytes, keepEvidence: received.keepEvidence || purpose == .surveillance,
            purpose: purpose)
        office.bell.ring()
        office.logger.info("bundle received", metadata: ["submission": "\(submission.publicID)", "bytes": "\(received.bundle.bytes)"])
        return Office.redirect("/submissions/\(submission.publicID)")
    }

    /// The upload as a value, so a refusal is a plain branch rather than a typed `catch`.
    private static func receive(_ request: Request, store: BundleStore, csrf: String) async -> Result<ReceivedUpload, UploadFailure> {
        do {
            return .success(try await UploadReceiver.multipart(request, store: store, csrf: csrf))
        } catch {
            return .failure(error)
        }
    }

    private func show(_ submission: Submission, _ organisation: Organisation, _ request: Request, _ context: OfficeRequestContext) async throws -> Response {
        let language = context.visitor.language
        let mayDelete = office.mayUpload(context.visitor.account, organisationID: organisation.id)
        let waiting = submission.status == .queued || submission.status == .auditing
        let key = "\(submission.publicID)/\(submission.status.rawValue)/\(language.rawValue)/\(mayDelete)"
        let parts = office.renderedPages.fragment(key) {
            office.render("submission-main", title: "viewReport",
                          content: content(submission, organisation, language: language, mayDelete: mayDelete),
                          request: request, context: context, csrf: office.csrfPlaceholder)
                .components(separatedBy: office.csrfPlaceholder)
        } ?? []
        struct Frame { let main: String; let panel: String }
        let panel = try await CertificationRoutes.panel(office, submission, request: request, context: context)
        return office.page("frame", title: "viewReport", content: Frame(main: parts.joined(separator: context.visitor.csrfToken), panel: panel),
                           request: request, context: context, refresh: waiting, titleText: InertText.name(submission.fileName))
    }

    private func content(_ submission: Submission, _ organisation: Organisation, language: Language, mayDelete: Bool) -> SubmissionContent {
        var reportHTML: String?
        if submission.status == .audited {
            reportHTML = office.renderedReports.fragment("\(submission.publicID)/\(language.rawValue)") {
                guard var report = office.storedReport(submission.publicID) else { return nil }
                report.language = language.rawValue
                let evidenceKept = submission.keepEvidence
                return HTMLReportRenderer.fragment(report) { citation in
                    guard evidenceKept else { return "#" }
                    return EvidenceRoutes.viewURL(submission.publicID, path: citation.path, line: citation.line)
                }
            }
        }
        return SubmissionContent(
            publicID: submission.publicID, organisationID: organisation.publicID, organisationName: InertText.name(organisation.name),
            fileName: InertText.name(submission.fileName), statusText: SubmissionText.status(submission.status, language),
            waiting: submission.status == .queued || submission.status == .auditing, rejected: submission.status == .rejected,
            rejection: submission.rejection.map { RefusalText.rejection($0, code: submission.rejectionCode, language) },
            audited: reportHTML != nil, reportHTML: reportHTML, evidenceKept: submission.keepEvidence, mayDelete: mayDelete)
    }

    private func checklist(_ submission: Submission, _ request: Request, _ context: OfficeRequestContext) -> Response {
        guard let report = office.storedReport(submission.publicID) else { return office.notFound(request, context) }
        let language = context.visitor.language.rawValue
        let items = report.notMetInOrder.map { result in
            ChecklistItem(rule: result.rule, title: result.title.text(language),
                          severity: ReportStrings.severity(result.severity).text(language), message: result.message.text(language),
                          action: result.guidance?.text(language))
        }
        return office.page("checklist", title: "checklist", content: ChecklistContent(publicID: submission.publicID, items: items, hasItems: !items.isEmpty),
                           request: request, context: context)
    }
}

extension Office {
    /// A file to save, never to display: `attachment`, a safe name, and (with the security
    /// headers) `nosniff`.
    static func download(_ data: Data, name: String, type: String) -> Response {
        let safe = String(name.map { $0.isLetter || $0.isNumber || ".-_".contains($0) ? $0 : "_" }.prefix(120))
        return Response(status: .ok, headers: [.contentType: type, .contentDisposition: "attachment; filename=\"\(safe)\""],
                        body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// Deletes a submission, its report, and its bundle when no other submission keeps it.
    func delete(_ submission: Submission) async throws {
        let stillWanted = try await ledger.deleteSubmission(id: submission.id, bundleSHA256: submission.bundleSHA256)
        if !stillWanted { try? store.remove(submission.bundleSHA256) }
        try? FileManager.default.removeItem(at: reports.appendingPathComponent("\(submission.publicID).json"))
        renderedReports.forget(submission.publicID)
        renderedPages.forget(submission.publicID)
        logger.info("submission deleted", metadata: ["submission": "\(submission.publicID)"])
    }

    /// A surveillance audit only where a certificate has one to come; otherwise an ordinary one.
    func purpose(surveillance: Bool, organisationID: Int) async throws -> SubmissionPurpose {
        guard surveillance else { return .initial }
        return try await surveillanceDue(organisationID: organisationID) == nil ? .initial : .surveillance
    }

    /// The organisation's certificate with a surveillance audit still to come, if any.
    func surveillanceDue(organisationID: Int) async throws -> NodStore.Certificate? {
        for certificate in try await ledger.certificates(organisationID: organisationID) where [.active, .suspended].contains(certificate.status) {
            if try await ledger.milestones(certificateID: certificate.id).contains(where: { $0.kind == .surveillance && $0.completed == nil }) {
                return certificate
            }
        }
        return nil
    }

    /// The plain page for an upload refused before its audit.
    func refusal(_ failure: UploadFailure, request: Request, context: OfficeRequestContext, back: String) -> Response {
        switch failure {
        case .tooLarge: message("tooLargeTitle", ["tooLargeText"], status: .contentTooLarge, request: request, context: context, back: back)
        case .staleForm: staleForm(request, context)
        case .noFile, .malformed: message("badUploadTitle", ["badUploadText"], status: .badRequest, request: request, context: context, back: back)
        case .store: message("errorTitle", ["errorText"], status: .internalServerError, request: request, context: context, back: back)
        }
    }
}

extension ReportFormat {
    var mediaType: String {
        switch self {
        case .json: "application/json"
        case .md: "text/markdown; charset=utf-8"
        case .html: "text/html; charset=utf-8"
        case .junit: "application/xml"
        case .sarif: "application/sarif+json"
        }
    }
}
