import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
@testable import NodServer
import NodStore
import NodTestSupport
import NodArchiveTesting
import Synchronization
import SQLKit
import Testing

/// A co-op sees its own organisation and nothing else — by page, by API, by guessed or
/// sequential id, or by a path trick in the evidence viewer — and uploads are bounded.
@Suite(.serialized)
struct OfficeAccessTests {
    @Test func aCoOpCanNeverSeeAnotherOrganisationsSubmissionReportEvidenceOrHistory() async throws {
        try await TestOffice.with { office, browser in
            // Co-op A sends the example through the API.
            let a = try await office.signedIn("a@gofal.coop", role: .coOp, organisation: "Gofal", browser: browser)
            let aToken = try await office.token(for: a)
            let aOrganisation = try await office.office.ledger.organisation(id: a.organisationID!)!
            let sent = try await browser.send("/api/organisations/\(aOrganisation.publicID)/submissions?name=gofal.zip", method: .post,
                                              headers: [.authorization: "Bearer \(aToken)", .contentType: "application/octet-stream"],
                                              body: ByteBuffer(bytes: try TestOffice.exampleZip()))
            #expect(sent.status == .accepted)
            let idRange = try #require(sent.text.range(of: #""id":"[0-9a-f]{32}""#, options: .regularExpression))
            let id = String(sent.text[idRange].dropFirst(6).dropLast())
            #expect(try await office.waitForAudit(id).status == .audited)
            #expect(try await browser.get("/submissions/\(id)").status == .ok)

            // Co-op B, signed in to the same browser, then with its own token.
            browser.cookies.withLock { $0 = [:] }
            let b = try await office.signedIn("b@arall.coop", role: .coOp, organisation: "Arall", browser: browser)
            let bToken = try await office.token(for: b)
            let bOrganisation = try await office.office.ledger.organisation(id: b.organisationID!)!
            for path in ["/submissions/\(id)", "/submissions/\(id)/checklist", "/submissions/\(id)/evidence",
                         "/submissions/\(id)/evidence/view?path=manifest.yaml", "/submissions/\(id)/evidence/download?path=manifest.yaml",
                         "/submissions/\(id)/report.json", "/organisations/\(aOrganisation.publicID)",
                         "/organisations/\(aOrganisation.publicID)/diff?from=\(id)&to=\(id)",
                         "/organisations/\(bOrganisation.publicID)/diff?from=\(id)&to=\(id)"] {
                let page = try await browser.get(path)
                #expect(page.status == .notFound, "\(path)")
                #expect(!page.text.contains("104/104") && !page.text.contains("Gofal"), "\(path)")
            }
            #expect(try await browser.post("/submissions/\(id)/delete", form: []).status == .notFound)
            #expect(try await browser.upload("/organisations/\(aOrganisation.publicID)/submissions", file: Data("x".utf8), name: "x.zip").status == .notFound)
            let bearer: HTTPFields = [.authorization: "Bearer \(bToken)"]
            for path in ["/api/submissions/\(id)", "/api/submissions/\(id)/report", "/api/submissions?organisation=\(aOrganisation.publicID)"] {
                #expect(try await browser.get(path, headers: bearer).status == .notFound, "\(path)")
            }
            #expect(try await browser.send("/api/submissions/\(id)", method: .delete, headers: bearer, body: nil).status == .notFound)
            let list = try await browser.get("/api/submissions", headers: bearer)
            #expect(list.status == .ok && !list.text.contains(id))
            let organisations = try await browser.get("/api/organisations", headers: bearer)
            #expect(!organisations.text.contains(aOrganisation.publicID))
            // The submission is still there for its own co-op.
            #expect(try await browser.get("/api/submissions/\(id)", headers: [.authorization: "Bearer \(aToken)"]).status == .ok)
        }
    }

    @Test func idsAreRandomAndPathTricksNameNothing() async throws {
        try await TestOffice.with { office, browser in
            let a = try await office.signedIn("a@gofal.coop", role: .coOp, organisation: "Gofal", browser: browser)
            let organisation = try await office.office.ledger.organisation(id: a.organisationID!)!
            let sent = try await browser.upload("/organisations/\(organisation.publicID)/submissions", file: try TestOffice.exampleZip(), name: "g.zip")
            let id = String(try #require(sent.location).dropFirst("/submissions/".count))
            #expect(Ledger.isPublicID(id))
            _ = try await office.waitForAudit(id)
            for guess in ["1", "2", "0", "00000000000000000000000000000001", "../\(id)", id.uppercased()] {
                #expect(try await browser.get("/submissions/\(guess)").status == .notFound, "\(guess)")
            }
            for trick in ["../../etc/passwd", "/etc/passwd", "./manifest.yaml", "manifest.yaml/../manifest.yaml", "%2e%2e/manifest.yaml", ""] {
                let page = try await browser.get("/submissions/\(id)/evidence/view?path=\(Browser.encode(trick))")
                #expect(page.status == .notFound, "\(trick)")
                #expect(!page.text.contains("root:"), "\(trick)")
            }
            #expect(try await browser.get("/submissions/\(id)/evidence/view?path=manifest.yaml").status == .ok)
        }
    }

    @Test func aRegulatorReadsEveryOrganisationButSendsAndDeletesNothing() async throws {
        try await TestOffice.with { office, browser in
            try await office.office.ledger.addAccount(email: "a@gofal.coop", password: "a long enough passphrase", role: .coOp, organisation: "Gofal")
            let organisation = try await office.office.ledger.organisations().first!
            let regulator = try await office.signedIn("officer@ciw.example", role: .regulator, browser: browser)
            let token = try await office.token(for: regulator)
            #expect(try await browser.get("/organisations/\(organisation.publicID)").status == .ok)
            let sent = try await browser.send("/api/organisations/\(organisation.publicID)/submissions", method: .post,
                                              headers: [.authorization: "Bearer \(token)"], body: ByteBuffer(string: "zip"))
            #expect(sent.status == .forbidden)
            #expect(!(try await browser.get("/organisations/\(organisation.publicID)").text.contains(#"enctype="multipart/form-data""#)))
        }
    }

    @Test func anUploadPastTheLimitIsRefusedWith413AndLeavesNothing() async throws {
        try await TestOffice.with({ $0.uploadLimit = 4096 }) { office, browser in
            let a = try await office.signedIn("a@gofal.coop", role: .coOp, organisation: "Gofal", browser: browser)
            let organisation = try await office.office.ledger.organisation(id: a.organisationID!)!
            let big = Data(repeating: 0x41, count: 20_000)
            let page = try await browser.upload("/organisations/\(organisation.publicID)/submissions", file: big, name: "big.zip")
            #expect(page.status == .contentTooLarge)
            #expect(page.text.contains("too large"))
            let token = try await office.token(for: a)
            let api = try await browser.send("/api/organisations/\(organisation.publicID)/submissions", method: .post,
                                             headers: [.authorization: "Bearer \(token)"], body: ByteBuffer(bytes: big))
            #expect(api.status == .contentTooLarge)
            #expect(api.text.contains(#""code":"too-large""#))
            let left = FileManager.default.enumerator(atPath: office.office.store.root.path)?.allObjects ?? []
            #expect(left.isEmpty, "\(left)")
            #expect(try await office.office.ledger.submissions(organisationID: organisation.id).isEmpty)
        }
    }

    @Test func everyFormPostChecksItsToken() async throws {
        try await TestOffice.with { office, browser in
            let admin = try await office.signedIn("admin@example.coop", role: .admin, browser: browser)
            _ = admin
            for (path, form) in [("/admin/organisations", [("name", "X")]), ("/admin/accounts", [("email", "x@y.coop"), ("role", "admin"), ("password", "a long enough passphrase")]),
                                 ("/account/tokens", [("label", "x")]), ("/sign-out", [])] {
                #expect(try await browser.post(path, form: form, withToken: false).status == .forbidden, "\(path)")
                #expect(try await browser.post(path, form: form + [("csrf", String(repeating: "0", count: 64))], withToken: false).status == .forbidden, "\(path)")
            }
            #expect(try await office.office.ledger.organisations().isEmpty)
            let organisation = try await office.office.ledger.addOrganisation(name: "Gofal")
            let upload = try await browser.upload("/organisations/\(organisation.publicID)/submissions", file: try TestOffice.exampleZip(), name: "g.zip", withToken: false)
            #expect(upload.status == .forbidden)
            #expect(try await office.office.ledger.submissions(organisationID: organisation.id).isEmpty)
        }
    }

    @Test func apiTokensAreShownOnceStoredHashedAndRevocable() async throws {
        try await TestOffice.with { office, browser in
            _ = try await office.signedIn("a@gofal.coop", role: .coOp, organisation: "Gofal", browser: browser)
            let made = try await browser.post("/account/tokens", form: [("label", "regulator script")])
            let secretRange = try #require(made.text.range(of: "nod_[0-9a-f]{64}", options: .regularExpression))
            let secret = String(made.text[secretRange])
            #expect(!(try await browser.get("/account").text.contains(secret)))
            let stored = try await office.office.ledger.database.raw("SELECT id FROM api_tokens").all()
            let storedID = try stored[0].decode(column: "id", as: String.self)
            #expect(stored.count == 1 && storedID != secret)
            #expect(try await browser.get("/api/submissions", headers: [.authorization: "Bearer \(secret)"]).status == .ok)
            let tokenID = try #require(try await browser.get("/account").text.range(of: "/account/tokens/[0-9a-f]{32}/revoke", options: .regularExpression))
            let page = try await browser.get("/account").text
            let revokePath = String(page[tokenID])
            #expect(try await browser.post(revokePath, form: []).status == .seeOther)
            #expect(try await browser.get("/api/submissions", headers: [.authorization: "Bearer \(secret)"]).status == .unauthorized)
        }
    }

    @Test func theAPIAnswersTheReportInTheFormatAskedFor() async throws {
        try await TestOffice.with { office, browser in
            let a = try await office.signedIn("a@gofal.coop", role: .coOp, organisation: "Gofal", browser: browser)
            let token = try await office.token(for: a)
            let organisation = try await office.office.ledger.organisation(id: a.organisationID!)!
            let sent = try await browser.send("/api/organisations/\(organisation.publicID)/submissions", method: .post,
                                              headers: [.authorization: "Bearer \(token)"], body: ByteBuffer(bytes: try TestOffice.exampleZip()))
            let id = try #require(sent.location).split(separator: "/").last.map(String.init)!
            let early = try await browser.get("/api/submissions/\(id)/report", headers: [.authorization: "Bearer \(token)"])
            #expect(early.status == .conflict || early.status == .ok)
            _ = try await office.waitForAudit(id)
            for (accept, type) in [("application/json", "application/json"), ("text/html", "text/html; charset=utf-8"),
                                   ("application/sarif+json", "application/sarif+json"), ("application/xml", "application/xml")] {
                let report = try await browser.get("/api/submissions/\(id)/report", headers: [.authorization: "Bearer \(token)", .accept: accept])
                #expect(report.status == .ok && report.headers[.contentType] == type, "\(accept)")
            }
            #expect(try await browser.get("/api/submissions").status == .unauthorized)
        }
    }
}
