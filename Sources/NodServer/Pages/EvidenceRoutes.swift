import Foundation
import Hummingbird
import NIOCore
import NodArchive
import NodCore
import NodStore

/// The evidence viewer: every file of a kept bundle with its size and SHA-256, and each text
/// file shown as escaped text with line numbers, the cited line highlighted among a few around
/// it. Nothing from a bundle is ever served as a page or a script: downloads are attachments.
/// Every opening is logged (the evidence holds personal data).
struct EvidenceRoutes {
    let office: Office

    struct FileRow { let path: String; let size: String; let sha256: String; let viewable: Bool; let viewURL: String }
    struct ViewRecord { let when: String; let email: String; let path: String }
    struct ListContent { let publicID: String; let files: [FileRow]; let views: [ViewRecord]; let hasViews: Bool }
    struct Line { let number: Int; let text: String; let cited: Bool }
    struct ViewerContent {
        let publicID: String, path: String, size: String, sha256: String, highlighted: Bool, partial: Bool
        let wholeURL: String, downloadURL: String, lines: [Line]
    }

    /// Lines shown either side of a cited line.
    static let context = 5
    /// The most lines a whole file shows.
    static let maximumLines = 20_000

    static func viewURL(_ submission: String, path: String, line: Int?) -> String {
        var url = "/submissions/\(submission)/evidence/view?path=\(Office.percentEncoded(path))"
        if let line { url += "&line=\(line)#L\(line)" }
        return url
    }

    func add(to router: Router<OfficeRequestContext>) {
        let submissions = SubmissionRoutes(office: office)
        router.get("/submissions/:submission/evidence") { request, context in
            try await submissions.withSubmission(request, context) { submission, _ in
                guard let contents = try await office.evidence(of: submission) else { return notKept(request, context) }
                let rows = contents.files.map { file in
                    FileRow(path: InertText.name(file.path, limit: 1000), size: ByteText.size(file.bytes), sha256: file.sha256,
                            viewable: file.content != nil, viewURL: Self.viewURL(submission.publicID, path: file.path, line: nil))
                }
                let views = try await office.ledger.evidenceViews(submissionID: submission.id).map {
                    ViewRecord(when: Office.shortDate($0.viewed), email: $0.email, path: InertText.name($0.path, limit: 1000))
                }
                return office.page("evidence", title: "evidence",
                                   content: ListContent(publicID: submission.publicID, files: rows, views: views, hasViews: !views.isEmpty),
                                   request: request, context: context)
            }
        }
        router.get("/submissions/:submission/evidence/view") { request, context in
            try await submissions.withSubmission(request, context) { submission, _ in
                try await view(submission, request, context)
            }
        }
        router.get("/submissions/:submission/evidence/download") { request, context in
            try await submissions.withSubmission(request, context) { submission, _ in
                guard let contents = try await office.evidence(of: submission) else { return notKept(request, context) }
                let path = request.uri.queryParameters.get("path") ?? ""
                guard let file = contents.files.first(where: { $0.path == path }), let bytes = file.content else {
                    return office.notFound(request, context)
                }
                if let account = context.visitor.account {
                    try await office.ledger.logEvidenceView(accountID: account.id, submissionID: submission.id, path: path)
                }
                return Office.download(Data(bytes), name: (path as NSString).lastPathComponent, type: "application/octet-stream")
            }
        }
    }

    private func view(_ submission: Submission, _ request: Request, _ context: OfficeRequestContext) async throws -> Response {
        guard let contents = try await office.evidence(of: submission) else { return notKept(request, context) }
        let query = request.uri.queryParameters
        let path = query.get("path") ?? ""
        guard let file = contents.files.first(where: { $0.path == path }) else { return office.notFound(request, context) }
        if let account = context.visitor.account {
            try await office.ledger.logEvidenceView(accountID: account.id, submissionID: submission.id, path: path)
        }
        guard let bytes = file.content else {
            return office.message("evidence", ["notText"], status: .ok, request: request, context: context, back: "/submissions/\(submission.publicID)/evidence")
        }
        let text = String(decoding: bytes, as: UTF8.self)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
        if lines.last?.isEmpty == true, lines.count > 1 { lines.removeLast() }
        let cited = query.get("line").flatMap(Int.init).flatMap { (1...max(1, lines.count)).contains($0) ? $0 : nil }
        var range = 1...min(max(lines.count, 1), Self.maximumLines)
        if let cited, query.get("all") == nil {
            range = max(1, cited - Self.context)...min(lines.count, cited + Self.context)
        }
        let shown = range.map { Line(number: $0, text: InertText.clean(String(lines[$0 - 1])), cited: $0 == cited) }
        let content = ViewerContent(
            publicID: submission.publicID, path: InertText.name(file.path, limit: 1000), size: ByteText.size(file.bytes), sha256: file.sha256,
            highlighted: cited != nil, partial: range.count < lines.count,
            wholeURL: Self.viewURL(submission.publicID, path: file.path, line: nil).replacingOccurrences(of: "?path=", with: "?all=1&path=")
                + (cited.map { "&line=\($0)#L\($0)" } ?? ""),
            downloadURL: "/submissions/\(submission.publicID)/evidence/download?path=\(Office.percentEncoded(file.path))",
            lines: shown)
        return office.page("viewer", title: "evidence", content: content, request: request, context: context, titleText: content.path)
    }

    private func notKept(_ request: Request, _ context: OfficeRequestContext) -> Response {
        office.message("evidence", ["evidenceNotKept"], status: .notFound, request: request, context: context)
    }
}

extension Office {
    /// The files of a submission's kept bundle, read (never extracted) on a thread of its own.
    func evidence(of submission: Submission) async throws -> BundleContents? {
        guard submission.keepEvidence, let stored = try? store.bundle(submission.bundleSHA256) else { return nil }
        let path = stored.url.path, name = submission.fileName
        return await OffLoop.run { try? BundleReader(limits: .default).read(path: path, source: name) }
    }
}

/// A size as people read it (12.3 kB), the same in both languages.
enum ByteText {
    static func size(_ bytes: Int64) -> String {
        if bytes < 1000 { return "\(bytes) B" }
        let units = ["kB", "MB", "GB"]
        var value = Double(bytes) / 1000, unit = 0
        while value >= 1000, unit < units.count - 1 { value /= 1000; unit += 1 }
        return "\(NumberText.short((value * 10).rounded() / 10)) \(units[unit])"
    }
}
