import Foundation
import Hummingbird
import Logging
import NIOCore
import NodCore
import NodReport
import NodStore

/// The JSON API for scripts (`Schemas/openapi.json`, served at `/api/openapi.json`): the same
/// rules as the pages — an API token names the account, a co-op token sees its own
/// organisation only — and answers that are JSON, including every error.
struct APIRoutes {
    let office: Office

    struct APIError: Encodable { let error: String; let code: String }
    struct OrganisationBody: Encodable { let id: String; let name: String }
    struct Score: Encodable { let earned: Int; let possible: Int }
    struct Rejection: Encodable { let code: String; let message: String }
    struct SubmissionBody: Encodable {
        let id: String, organisation: String, fileName: String, bytes: Int64, sha256: String, submitted: String, status: String
        let keepEvidence: Bool, decision: String?, level: String?, score: Score?, rejection: Rejection?, report: String?
        enum CodingKeys: String, CodingKey {
            case id, organisation, fileName = "file-name", bytes, sha256, submitted, status, keepEvidence = "keep-evidence", decision, level, score
            case rejection, report
        }
    }
    struct SubmissionList: Encodable { let submissions: [SubmissionBody] }
    struct OrganisationList: Encodable { let organisations: [OrganisationBody] }

    /// `/api/portfolio`: the portfolio page's data for a regulator's scripts.
    struct PortfolioBody: Encodable {
        struct Season: Encodable {
            let season: String, audited: Int, awarded: Int, conditions: Int, notAwarded: Int
            enum CodingKeys: String, CodingKey {
                case season, audited, awarded, conditions = "awarded-with-conditions", notAwarded = "not-awarded"
            }
        }
        struct Result: Encodable { let decision: String; let level: String?; let earned: Int; let possible: Int; let submission: String }
        struct OrganisationTrend: Encodable { let id: String; let name: String; let registration: String?; let trend: Int; let results: [String: Result] }
        struct RuleCount: Encodable {
            let rule: String, season: String, notMet: Int
            enum CodingKeys: String, CodingKey { case rule, season, notMet = "not-met" }
        }
        let seasons: [Season], organisations: [OrganisationTrend], rules: [RuleCount], page: Int, pages: Int
    }

    func add(to router: Router<OfficeRequestContext>) {
        router.get("/api/openapi.json") { _, _ in
            Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(string: OpenAPIDocument.json)))
        }
        router.get("/api/organisations") { _, context in
            guard let account = context.visitor.account else { return Self.unauthorised() }
            let organisations = try await office.ledger.organisations().filter { account.mayRead(organisationID: $0.id) }
            return Self.json(OrganisationList(organisations: organisations.map { OrganisationBody(id: $0.publicID, name: $0.name) }))
        }
        router.get("/api/portfolio") { request, context in
            guard let account = context.visitor.account else { return Self.unauthorised() }
            guard PortfolioRoutes.mayView(account.role) else { return Self.error(.notFound, "no portfolio for this token", code: "not-found") }
            var page = 1
            if let asked = request.uri.queryParameters.get("page") {
                guard let number = Int(asked), number >= 1 else { return Self.error(.badRequest, "page is a whole number from 1", code: "bad-parameter") }
                page = number
            }
            let ledger = office.ledger
            let counts = try await ledger.seasonCounts()
            let pages = max(1, (try await ledger.organisationsWithSeasons() + PortfolioRoutes.perPage - 1) / PortfolioRoutes.perPage)
            let trends = try await ledger.organisationTrends(offset: (min(page, pages) - 1) * PortfolioRoutes.perPage, limit: PortfolioRoutes.perPage)
            return Self.json(PortfolioBody(
                seasons: PortfolioContent.seasonLines(counts, words: [:]).map {
                    .init(season: $0.season, audited: $0.audited, awarded: $0.awarded, conditions: $0.conditions, notAwarded: $0.notAwarded)
                },
                organisations: trends.map { trend in
                    .init(id: trend.publicID, name: trend.name, registration: trend.registration, trend: trend.trend,
                          results: trend.results.mapValues {
                              .init(decision: $0.decision, level: $0.level, earned: $0.earned, possible: $0.possible, submission: $0.submissionPublicID)
                          })
                },
                rules: try await ledger.ruleSeasonCounts().map { .init(rule: $0.rule, season: $0.season, notMet: $0.notMet) },
                page: min(page, pages), pages: pages))
        }
        router.get("/api/submissions") { request, context in
            guard let account = context.visitor.account else { return Self.unauthorised() }
            var submissions: [Submission]
            if let id = request.uri.queryParameters.get("organisation") {
                guard let organisation = try await office.ledger.organisation(publicID: id), account.mayRead(organisationID: organisation.id) else {
                    return Self.error(.notFound, "no such organisation", code: "not-found")
                }
                submissions = try await office.ledger.submissions(organisationID: organisation.id)
            } else if account.role == .coOp, let own = account.organisationID {
                submissions = try await office.ledger.submissions(organisationID: own)
            } else {
                submissions = try await office.ledger.allSubmissions()
            }
            submissions = submissions.filter { account.mayRead(organisationID: $0.organisationID) }
            return Self.json(SubmissionList(submissions: try await bodies(submissions)))
        }
        router.post("/api/organisations/:organisation/submissions") { request, context in
            guard let account = context.visitor.account else { return Self.unauthorised() }
            guard let organisation = try await office.ledger.organisation(publicID: context.parameters.get("organisation") ?? ""),
                  account.mayRead(organisationID: organisation.id) else {
                return Self.error(.notFound, "no such organisation", code: "not-found")
            }
            guard office.mayUpload(account, organisationID: organisation.id) else {
                return Self.error(.forbidden, "this account may not send evidence", code: "forbidden")
            }
            let stored: BundleStore.StoredBundle
            do {
                stored = try await UploadReceiver.raw(request, store: office.store)
            } catch let failure as UploadFailure {
                switch failure {
                case .tooLarge: return Self.error(.contentTooLarge, "the bundle is larger than \(office.store.limit) bytes", code: "too-large")
                case .store(let reason):
                    office.logger.error("an upload could not be stored", metadata: ["error": "\(reason)"])
                    return Self.error(.internalServerError, "the bundle could not be stored", code: "store")
                default: return Self.error(.badRequest, "send the bundle (an archive) as the request body", code: "no-bundle")
                }
            }
            let query = request.uri.queryParameters
            let keep = query.get("keep-evidence")
            guard keep == nil || keep == "true" || keep == "false" else {
                return Self.error(.badRequest, "keep-evidence is true or false", code: "bad-parameter")
            }
            let name = InertText.name(query.get("name") ?? "bundle")
            let submission = try await office.ledger.addSubmission(
                organisationID: organisation.id, accountID: account.id, bundleSHA256: stored.sha256, fileName: name.isEmpty ? "bundle" : name,
                bytes: stored.bytes, keepEvidence: query.get("keep-evidence") != "false")
            office.bell.ring()
            var response = Self.json(try await body(submission, organisation: organisation), status: .accepted)
            response.headers[.location] = "/api/submissions/\(submission.publicID)"
            return response
        }
        router.get("/api/submissions/:submission") { _, context in
            try await withSubmission(context) { submission, organisation in Self.json(try await body(submission, organisation: organisation)) }
        }
        router.delete("/api/submissions/:submission") { _, context in
            try await withSubmission(context) { submission, organisation in
                guard office.mayUpload(context.visitor.account, organisationID: organisation.id) else {
                    return Self.error(.forbidden, "this account may not delete submissions", code: "forbidden")
                }
                try await office.delete(submission)
                return Response(status: .noContent)
            }
        }
        router.get("/api/submissions/:submission/report") { request, context in
            try await withSubmission(context) { submission, _ in
                guard submission.status == .audited, let report = office.storedReport(submission.publicID) else {
                    return Self.error(.conflict, "no report: the submission is \(submission.status.rawValue)", code: "no-report")
                }
                let format = Self.format(accepting: request.headers[.accept])
                var copy = report
                if let lang = request.uri.queryParameters.get("lang") {
                    guard let language = Language(rawValue: lang) else { return Self.error(.badRequest, "lang is cy or en", code: "bad-parameter") }
                    copy.language = language.rawValue
                }
                return Response(status: .ok, headers: [.contentType: format.mediaType],
                                 body: .init(byteBuffer: ByteBuffer(bytes: try format.render(format == .json ? report : copy))))
            }
        }
    }

    private func withSubmission(_ context: OfficeRequestContext, _ body: (Submission, Organisation) async throws -> Response) async throws -> Response {
        guard let account = context.visitor.account else { return Self.unauthorised() }
        guard let submission = try await office.ledger.submission(publicID: context.parameters.get("submission") ?? ""),
              account.mayRead(organisationID: submission.organisationID),
              let organisation = try await office.ledger.organisation(id: submission.organisationID) else {
            return Self.error(.notFound, "no such submission", code: "not-found")
        }
        return try await body(submission, organisation)
    }

    private func bodies(_ submissions: [Submission]) async throws -> [SubmissionBody] {
        var names: [Int: Organisation] = [:]
        var out: [SubmissionBody] = []
        for submission in submissions {
            if names[submission.organisationID] == nil { names[submission.organisationID] = try await office.ledger.organisation(id: submission.organisationID) }
            guard let organisation = names[submission.organisationID] else { continue }
            out.append(try await body(submission, organisation: organisation))
        }
        return out
    }

    private func body(_ submission: Submission, organisation: Organisation) async throws -> SubmissionBody {
        SubmissionBody(
            id: submission.publicID, organisation: organisation.publicID, fileName: submission.fileName, bytes: submission.bytes,
            sha256: submission.bundleSHA256, submitted: ISO8601DateFormatter().string(from: submission.submitted), status: submission.status.rawValue,
            keepEvidence: submission.keepEvidence, decision: submission.decision, level: submission.level,
            score: submission.scoreEarned.flatMap { earned in submission.scorePossible.map { Score(earned: earned, possible: $0) } },
            rejection: submission.rejection.map { Rejection(code: submission.rejectionCode ?? "rejected", message: $0) },
            report: submission.status == .audited ? "/api/submissions/\(submission.publicID)/report" : nil)
    }

    /// The report format an `Accept` header asks for: JSON unless it names another.
    static func format(accepting accept: String?) -> ReportFormat {
        let accept = accept?.lowercased() ?? ""
        if accept.contains("application/sarif+json") { return .sarif }
        if accept.contains("text/html") { return .html }
        if accept.contains("application/xml") || accept.contains("application/junit+xml") { return .junit }
        if accept.contains("text/markdown") { return .md }
        return .json
    }

    static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        return Response(status: status, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func error(_ status: HTTPResponse.Status, _ message: String, code: String) -> Response {
        json(APIError(error: message, code: code), status: status)
    }

    static func unauthorised() -> Response {
        var response = error(.unauthorized, "send an API token as 'Authorization: Bearer …' (made in the account page)", code: "unauthorised")
        response.headers[.wwwAuthenticate] = "Bearer"
        return response
    }
}
