import Foundation
import Hummingbird
import NodCore
import NodReport
import NodStore

/// An organisation's page: sending evidence, every submission over the years with its score
/// as a chart, and the comparison of any two reports.
struct OrganisationRoutes {
    let office: Office

    struct Row {
        let publicID: String, submitted: String, fileName: String, status: String, decision: String, score: String
    }

    struct OrganisationContent {
        let publicID: String, name: String, notice: String?, mayUpload: Bool, chart: String?
        let submissions: [Row], hasSubmissions: Bool, audited: [Row], auditedNewestFirst: [Row], canCompare: Bool
        let certificates: [CertificateLine], hasCertificates: Bool
        /// The certificate whose surveillance audit this upload may be.
        let surveillanceFor: String?
    }

    struct CertificateLine { let number: String; let status: String; let expires: String; let openActions: Int; let overdue: Bool }

    struct ListContent { let organisations: [Organisation] }

    struct Change { let rule: String; let title: String }
    struct DiffContent {
        let organisationID: String, organisationName: String, before: String, after: String
        let newlyMet: [Change], hasMet: Bool, newlyNotMet: [Change], hasNotMet: Bool, measures: [String], hasMeasures: Bool
    }

    func add(to router: Router<OfficeRequestContext>) {
        router.get("/organisations/:organisation") { request, context in
            guard let organisation = try await office.readableOrganisation(context.parameters.get("organisation"), context) else {
                return context.visitor.account == nil ? Office.redirect("/sign-in") : office.notFound(request, context)
            }
            return try await show(organisation, request, context)
        }
        router.get("/organisations/:organisation/diff") { request, context in
            guard let organisation = try await office.readableOrganisation(context.parameters.get("organisation"), context) else {
                return context.visitor.account == nil ? Office.redirect("/sign-in") : office.notFound(request, context)
            }
            return try await diff(organisation, request, context)
        }
    }

    func list(_ request: Request, _ context: OfficeRequestContext) async throws -> Response {
        let organisations = try await office.ledger.organisations().map { Organisation(id: $0.id, publicID: $0.publicID, name: InertText.name($0.name)) }
        return office.page("organisations", title: "organisations", content: ListContent(organisations: organisations), request: request, context: context)
    }

    private func show(_ organisation: Organisation, _ request: Request, _ context: OfficeRequestContext) async throws -> Response {
        let language = context.visitor.language
        let submissions = try await office.ledger.submissions(organisationID: organisation.id)
        let rows = submissions.map { SubmissionText.row($0, language) }
        let audited = zip(submissions, rows).filter { $0.0.status == .audited }.map(\.1)
        let points = submissions.filter { $0.status == .audited }.compactMap { submission -> (String, Double)? in
            guard let earned = submission.scoreEarned, let possible = submission.scorePossible, possible > 0 else { return nil }
            return (String(Office.shortDate(submission.submitted).prefix(10)), Double(earned) * 100 / Double(possible))
        }
        let certificates = try await certificateLines(organisation, language: language)
        let notice = request.uri.queryParameters.get("deleted") != nil ? SiteText.words(language)["deleted"] : nil
        let content = OrganisationContent(
            publicID: organisation.publicID, name: InertText.name(organisation.name), notice: notice,
            mayUpload: office.mayUpload(context.visitor.account, organisationID: organisation.id),
            chart: points.isEmpty ? nil : HistoryChart.svg(points: points, title: SiteText.words(language)["scoreOverTime"] ?? ""),
            submissions: rows, hasSubmissions: !rows.isEmpty, audited: audited, auditedNewestFirst: audited.reversed(),
            canCompare: audited.count >= 2, certificates: certificates, hasCertificates: !certificates.isEmpty,
            surveillanceFor: try await office.surveillanceDue(organisationID: organisation.id)?.number)
        // No refresh here, even with audits waiting: it would empty the upload form while someone fills it.
        return office.page("organisation", title: "organisation", content: content, request: request, context: context, titleText: content.name)
    }

    private func certificateLines(_ organisation: Organisation, language: Language) async throws -> [CertificateLine] {
        let today = office.clock.today
        var lines: [CertificateLine] = []
        for certificate in try await office.ledger.certificates(organisationID: organisation.id) {
            let actions = try await office.ledger.actions(certificateID: certificate.id).filter { $0.status != .closed }
            lines.append(CertificateLine(number: certificate.number, status: CertificateWords.status(certificate.status, language),
                                         expires: certificate.expires.description, openActions: actions.count,
                                         overdue: actions.contains { $0.isOverdue(on: today) }))
        }
        return lines
    }

    private func diff(_ organisation: Organisation, _ request: Request, _ context: OfficeRequestContext) async throws -> Response {
        let query = request.uri.queryParameters
        guard let from = try await office.ledger.submission(publicID: query.get("from") ?? ""),
              let to = try await office.ledger.submission(publicID: query.get("to") ?? ""),
              from.organisationID == organisation.id, to.organisationID == organisation.id,
              let old = office.storedReport(from.publicID), let new = office.storedReport(to.publicID) else {
            return office.notFound(request, context)
        }
        let language = context.visitor.language.rawValue
        let changes = ReportDiff(old: old, new: new)
        func change(_ item: ReportDiff.RuleChange) -> Change { Change(rule: item.rule, title: item.title.text(language)) }
        func side(_ submission: Submission, _ side: ReportDiff.Side) -> String {
            "\(Office.shortDate(submission.submitted)) · \(side.score.earned)/\(side.score.possible) · \(SubmissionText.decision(side.decision.rawValue, context.visitor.language))"
        }
        let measures = changes.measures.map { "\($0.rule) \($0.measure): \(NumberText.short($0.before)) → \(NumberText.short($0.after))" }
        let content = DiffContent(
            organisationID: organisation.publicID, organisationName: InertText.name(organisation.name),
            before: side(from, changes.before), after: side(to, changes.after),
            newlyMet: changes.newlyMet.map(change), hasMet: !changes.newlyMet.isEmpty,
            newlyNotMet: changes.newlyFailed.map(change), hasNotMet: !changes.newlyFailed.isEmpty,
            measures: measures, hasMeasures: !measures.isEmpty)
        return office.page("diff", title: "compare", content: content, request: request, context: context)
    }
}

extension Office {
    /// The organisation a URL names, if this visitor may read it; `nil` alike for one that does
    /// not exist and one that is another co-op's (a stranger learns nothing from the answer).
    func readableOrganisation(_ publicID: String?, _ context: OfficeRequestContext) async throws -> Organisation? {
        guard let account = context.visitor.account, let publicID, let organisation = try await ledger.organisation(publicID: publicID),
              account.mayRead(organisationID: organisation.id) else { return nil }
        return organisation
    }

    /// Whether this account may send evidence for the organisation: its own co-op's members,
    /// certifiers and administrators; never a regulator (who only reads).
    func mayUpload(_ account: Account?, organisationID: Int) -> Bool {
        guard let account else { return false }
        switch account.role {
        case .coOp: return account.organisationID == organisationID
        case .certifier, .admin: return true
        case .regulator: return false
        }
    }

    /// The report the audit of a submission wrote, read back.
    func storedReport(_ publicID: String) -> AuditReport? {
        guard Ledger.isPublicID(publicID),
              let data = try? Data(contentsOf: reports.appendingPathComponent("\(publicID).json")) else { return nil }
        return try? JSONReportRenderer.decode(data)
    }
}

/// How a submission's state and result read in a table row.
enum SubmissionText {
    static func row(_ submission: Submission, _ language: Language) -> OrganisationRoutes.Row {
        let score = submission.scoreEarned.flatMap { earned in submission.scorePossible.map { "\(earned)/\($0)" } } ?? "–"
        return OrganisationRoutes.Row(publicID: submission.publicID, submitted: Office.shortDate(submission.submitted),
                                      fileName: InertText.name(submission.fileName), status: status(submission.status, language),
                                      decision: submission.decision.map { decision($0, language) } ?? "–", score: score)
    }

    static func status(_ status: SubmissionStatus, _ language: Language) -> String {
        let words = SiteText.words(language)
        return switch status {
        case .queued: words["statusQueued"]!
        case .auditing: words["statusAuditing"]!
        case .audited: words["statusAudited"]!
        case .rejected: words["statusRejected"]!
        }
    }

    static func decision(_ decision: String, _ language: Language) -> String {
        let words = SiteText.words(language)
        return switch decision {
        case "awarded": words["decisionAwarded"]!
        case "awarded-with-conditions": words["decisionConditions"]!
        default: words["decisionNotAwarded"]!
        }
    }
}

/// The score over the years as a small line chart (SVG drawn with attributes only: the
/// Content-Security-Policy allows no inline style).
enum HistoryChart {
    static func svg(points: [(label: String, percent: Double)], title: String) -> String {
        let width = 640.0, height = 220.0, left = 48.0, right = 48.0, top = 16.0, bottom = 36.0
        let step = points.count > 1 ? (width - left - right) / Double(points.count - 1) : 0
        func x(_ index: Int) -> Double { points.count > 1 ? left + Double(index) * step : (width + left - right) / 2 }
        func y(_ percent: Double) -> Double { top + (100 - min(100, max(0, percent))) / 100 * (height - top - bottom) }
        func f(_ value: Double) -> String { String(format: "%.1f", value) }
        var svg = "<svg viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"\(escape(title))\" xmlns=\"http://www.w3.org/2000/svg\">"
        for grid in [0.0, 50, 100] {
            svg += "<line x1=\"\(f(left))\" x2=\"\(f(width - right))\" y1=\"\(f(y(grid)))\" y2=\"\(f(y(grid)))\" stroke=\"#d1d5db\"/>"
            svg += "<text x=\"\(f(left - 6))\" y=\"\(f(y(grid) + 4))\" text-anchor=\"end\" font-size=\"12\" fill=\"#4b5563\">\(Int(grid))</text>"
        }
        let path = points.indices.map { "\(f(x($0))),\(f(y(points[$0].percent)))" }.joined(separator: " ")
        if points.count > 1 { svg += "<polyline points=\"\(path)\" fill=\"none\" stroke=\"#1d70b8\" stroke-width=\"3\"/>" }
        for (index, point) in points.enumerated() {
            svg += "<circle cx=\"\(f(x(index)))\" cy=\"\(f(y(point.percent)))\" r=\"5\" fill=\"#1d70b8\"><title>\(escape(point.label)): \(NumberText.short(point.percent))%</title></circle>"
            svg += "<text x=\"\(f(x(index)))\" y=\"\(f(height - 12))\" text-anchor=\"middle\" font-size=\"12\" fill=\"#1f2937\">\(escape(point.label))</text>"
        }
        return svg + "</svg>"
    }

    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
            .replacingOccurrences(of: "\"", with: "&quot;")
    }
}
