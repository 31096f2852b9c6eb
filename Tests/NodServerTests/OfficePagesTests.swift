import Foundation
import HTTPTypes
import Hummingbird
@testable import NodServer
import NodStore
import NodTestSupport
import NodArchiveTesting
import Synchronization
import Testing

/// The office's pages as a person meets them: first run, signing in, sending the example,
/// reading the report with its citations, the refusal of a hostile archive, Welsh.
@Suite(.serialized)
struct OfficePagesTests {
    @Test func everyAnswerCarriesTheSecurityHeadersAndTheFirstRunSaysWhatToDo() async throws {
        try await TestOffice.with { _, browser in
            let page = try await browser.get("/")
            #expect(page.status == .ok)
            #expect(page.text.contains("nod users add"))
            #expect(page.text.contains(#"action="/setup""#))
            #expect(page.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
            #expect(page.headers[.contentSecurityPolicy]?.contains("frame-ancestors 'none'") == true)
            #expect(page.headers[.contentSecurityPolicy]?.contains("script-src") == false)
            #expect(page.headers[.xContentTypeOptions] == "nosniff")
            #expect(page.headers[HTTPField.Name("Referrer-Policy")!] == "no-referrer")
            let cookie = page.headers[values: .setCookie].first { $0.hasPrefix("nod-csrf=") } ?? ""
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && !cookie.contains("Secure"))
            #expect(!page.text.contains("<script"))
        }
    }

    @Test func theFirstAdministratorIsMadeAtTheServerAndSignedIn() async throws {
        try await TestOffice.with { office, browser in
            // Without the form's token: refused, nothing made.
            let stale = try await browser.post("/setup", form: [("email", "admin@example.coop"), ("password", "a long enough passphrase")], withToken: false)
            #expect(stale.status == .forbidden)
            #expect(try await office.office.ledger.accountCount() == 0)
            let made = try await browser.post("/setup", form: [("email", "admin@example.coop"), ("password", "a long enough passphrase")])
            #expect(made.status == .seeOther)
            #expect(try await office.office.ledger.account(email: "admin@example.coop")?.role == .admin)
            let session = made.headers[values: .setCookie].first { $0.hasPrefix("nod-session=") } ?? ""
            #expect(session.contains("HttpOnly") && session.contains("SameSite=Lax"))
            #expect(try await browser.get("/admin").text.contains("admin@example.coop"))
            // Once an account exists the form is gone for good.
            #expect(try await browser.post("/setup", form: [("email", "second@example.coop"), ("password", "a long enough passphrase")]).status == .forbidden)
        }
    }

    @Test func behindAProxyEveryRequestLooksLocalSoTheFirstRunFormIsNeverOffered() async throws {
        try await TestOffice.with({ $0.behindProxy = true }) { office, browser in
            let page = try await browser.get("/")
            #expect(page.text.contains("nod users add"))
            #expect(!page.text.contains(#"action="/setup""#))
            let refused = try await browser.post("/setup", form: [("email", "admin@example.coop"), ("password", "a long enough passphrase")])
            #expect(refused.status == .forbidden)
            #expect(try await office.office.ledger.accountCount() == 0)
        }
        try await TestOffice.with { office, browser in
            let forwarded = try await browser.post("/setup", form: [("email", "admin@example.coop"), ("password", "a long enough passphrase")],
                                                   headers: [HTTPField.Name("X-Forwarded-For")!: "203.0.113.9"])
            #expect(forwarded.status == .forbidden)
            #expect(try await office.office.ledger.accountCount() == 0)
        }
    }

    @Test func signingInIsThrottledPerAccount() async throws {
        try await TestOffice.with { office, browser in
            try await office.office.ledger.addAccount(email: "sec@gofal.coop", password: "a long enough passphrase", role: .coOp, organisation: "Gofal")
            for _ in 0..<5 {
                let wrong = try await browser.post("/sign-in", form: [("email", "sec@gofal.coop"), ("password", "not the passphrase")])
                #expect(wrong.status == .unauthorized)
                #expect(wrong.text.contains("not right"))
            }
            let throttled = try await browser.post("/sign-in", form: [("email", "sec@gofal.coop"), ("password", "a long enough passphrase")])
            #expect(throttled.status == .tooManyRequests)
            #expect(browser.cookies.withLock { $0[Identify.sessionCookie] } == nil)
        }
    }

    @Test func aCoOpSendsTheExampleAndReadsItsReportWithCitationsIntoTheEvidence() async throws {
        try await TestOffice.with { office, browser in
            let account = try await office.signedIn("sec@gofal.coop", role: .coOp, organisation: "Gofal Cydweithredol Dyffryn Cyf.", browser: browser)
            let organisation = try await office.office.ledger.organisation(id: account.organisationID!)!
            let home = try await browser.get("/")
            #expect(home.location == "/organisations/\(organisation.publicID)")
            let sent = try await browser.upload("/organisations/\(organisation.publicID)/submissions", file: try TestOffice.exampleZip(), name: "gofal.zip")
            #expect(sent.status == .seeOther)
            let id = String(sent.location!.dropFirst("/submissions/".count))
            let submission = try await office.waitForAudit(id)
            #expect(submission.status == .audited)
            #expect(submission.decision == "awarded")
            let report = try await browser.get("/submissions/\(id)")
            #expect(report.text.contains("104/104"))
            let citation = try #require(report.text.range(of: #"href="/submissions/[0-9a-f]{32}/evidence/view\?path=[^"]+""#, options: .regularExpression))
            let link = String(report.text[citation].dropFirst(6).dropLast()).replacingOccurrences(of: "&amp;", with: "&")
            let viewer = try await browser.get(link)
            #expect(viewer.status == .ok)
            #expect(viewer.text.contains(#"class="cited""#))
            // The opening is logged, with who opened it.
            #expect(try await office.office.ledger.evidenceViews(submissionID: submission.id).first?.email == "sec@gofal.coop")
            // A download is an attachment, never a page.
            let download = try await browser.get("/submissions/\(id)/evidence/download?path=manifest.yaml")
            #expect(download.headers[.contentDisposition]?.hasPrefix("attachment") == true)
            #expect(download.headers[.contentType] == "application/octet-stream")
            #expect(download.headers[.xContentTypeOptions] == "nosniff")
            // In Welsh, remembered.
            let switched = try await browser.get("/language/cy?next=/submissions/\(id)")
            #expect(switched.location == "/submissions/\(id)")
            let welsh = try await browser.get("/submissions/\(id)")
            #expect(welsh.text.contains(#"<html lang="cy">"#) && welsh.text.contains("Dyfarnwyd"))
            #expect(!welsh.text.contains(">Awarded<"))
            let checklist = try await browser.get("/submissions/\(id)/checklist")
            #expect(checklist.text.contains("Dim: mae pob gofyniad"))
        }
    }

    @Test func aFoldersFilesAreSentAsOneBundleAndAudited() async throws {
        try await TestOffice.with { office, browser in
            let account = try await office.signedIn("sec@gofal.coop", role: .coOp, organisation: "Gofal", browser: browser)
            let organisation = try await office.office.ledger.organisation(id: account.organisationID!)!
            let root = RepositoryPaths.root().appendingPathComponent("Examples")
            let folder = root.appendingPathComponent("gofal-dyffryn")
            var files: [(path: String, bytes: Data)] = []
            for case let url as URL in FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])!
                where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                files.append((String(url.path.dropFirst(root.path.count + 1)), try Data(contentsOf: url)))
            }
            #expect(files.count > 40)
            let sent = try await browser.uploadFolder("/organisations/\(organisation.publicID)/submissions", files: files.sorted { $0.path < $1.path })
            let id = String(try #require(sent.location).dropFirst("/submissions/".count))
            let submission = try await office.waitForAudit(id)
            #expect(submission.status == .audited && submission.decision == "awarded", "\(submission.rejection ?? "")")
            #expect(submission.fileName == "gofal-dyffryn/")
            // A folder whose files climb out of it is refused like any archive that does.
            let hostile = try await browser.uploadFolder("/organisations/\(organisation.publicID)/submissions",
                                                         files: [("b/manifest.yaml", Data("model: worker\n".utf8)), ("b/../../x.md", Data("x".utf8))])
            let hostileID = String(try #require(hostile.location).dropFirst("/submissions/".count))
            #expect(try await office.waitForAudit(hostileID).status == .rejected)
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: office.office.store.root.path).filter { $0.hasPrefix(".incoming") }
            #expect(leftovers.isEmpty)
        }
    }

    @Test func bundleTextWithMarkupScriptsAndEscapesIsInertInTheReportAndTheViewer() async throws {
        try await TestOffice.with { office, browser in
            let account = try await office.signedIn("sec@gofal.coop", role: .coOp, organisation: "Gofal", browser: browser)
            let organisation = try await office.office.ledger.organisation(id: account.organisationID!)!
            let manifest = try String(contentsOf: RepositoryPaths.root().appendingPathComponent("Examples/gofal-dyffryn/manifest.yaml"), encoding: .utf8)
            let hostileName = #"Evil</style><script>alert(1)</script><a href="javascript:alert(2)">x</a>"#
            let changed = manifest.replacingOccurrences(of: "  name: Gofal Cydweithredol Dyffryn Cyf.", with: "  name: '\(hostileName)'")
            #expect(changed != manifest)
            let bundle = try TestOffice.exampleZip(replacing: ["manifest.yaml": changed, "notes/escape.md": "# \u{1B}]0;pwned\u{07}title\n<script>alert(3)</script>\n"])
            let sent = try await browser.upload("/organisations/\(organisation.publicID)/submissions", file: bundle, name: "g.zip")
            let id = String(try #require(sent.location).dropFirst("/submissions/".count))
            #expect(try await office.waitForAudit(id).status == .audited)
            let report = try await browser.get("/submissions/\(id)")
            #expect(report.text.contains("Evil&lt;/style&gt;&lt;script&gt;"))
            for live in ["<script>alert", "</style><script>", #"href="javascript:"#] { #expect(!report.text.contains(live), "\(live)") }
            let viewer = try await browser.get("/submissions/\(id)/evidence/view?path=notes/escape.md")
            #expect(viewer.status == .ok)
            #expect(viewer.text.contains("\u{241B}]0;pwned\u{2407}title") && viewer.text.contains("&lt;script&gt;alert(3)"))
            #expect(!viewer.text.contains("\u{1B}") && !viewer.text.contains("<script>alert(3)"))
            for format in ["html", "json", "sarif"] {
                let download = try await browser.get("/submissions/\(id)/report.\(format)")
                #expect(download.headers[.contentDisposition]?.hasPrefix("attachment") == true, "\(format)")
            }
        }
    }

    @Test func theLanguageSwitchNeverSendsAReaderOffTheSite() async throws {
        try await TestOffice.with { _, browser in
            for next in ["//evil.example/", "https://evil.example/", "/\\evil.example", "javascript:alert(1)"] {
                let page = try await browser.get("/language/cy?next=\(Browser.encode(next))")
                #expect(page.location == "/", "\(next)")
            }
        }
    }

    @Test func aHostileArchiveIsRefusedInPlainWordsAndItsNamesAreInert() async throws {
        try await TestOffice.with { office, browser in
            let account = try await office.signedIn("sec@gofal.coop", role: .coOp, organisation: "Cwmni <script>alert(1)</script>", browser: browser)
            let organisation = try await office.office.ledger.organisation(id: account.organisationID!)!
            let hostile = try ArchiveBuilder.build([.text("manifest.yaml", "model: worker\n"),
                                                    .text("../../etc/x<script>alert(2)</script>.md", "\u{1B}[31mred")], format: .zip)
            let sent = try await browser.upload("/organisations/\(organisation.publicID)/submissions", file: hostile,
                                                name: "evil\u{1B}[2J<img src=x onerror=alert(3)>.zip")
            let id = String(try #require(sent.location).dropFirst("/submissions/".count))
            #expect(try await office.waitForAudit(id).status == .rejected)
            let page = try await browser.get("/submissions/\(id)")
            #expect(page.text.contains("We could not read this bundle"))
            #expect(page.text.contains("path contains"))
            for raw in ["<script>alert", "<img src=x", "\u{1B}"] { #expect(!page.text.contains(raw), "\(raw)") }
            #expect(page.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(page.text.contains("\u{241B}"))
        }
    }
}
