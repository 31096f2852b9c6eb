import Foundation
import HTTPTypes
import NodCore
import NodReport
@testable import NodServer
import NodStore
import NodTestSupport
import SQLKit
import Testing

/// The certification cycle as certifiers and a co-op run it, through the pages: review with an
/// attestation (judged again), evidence asked for and sent, a decision by a second certifier,
/// the certificate (page, PDF, signed file), the public register and verification, a corrective
/// action's closure, and the clock moved on until an overdue action suspends the certificate.
@Suite(.serialized) struct CertificationCycleTests {
    static let organisation = "Tŷ Gofal Cŵm Tâf Cyf."

    /// The co-op's first submission, audited, with the three people of the cycle signed in.
    struct Cast {
        let coOp: Browser, reviewer: Browser, decider: Browser
        let submission: String
    }

    static func cast(_ office: TestOffice, _ browser: Browser, example: String = "bristol-adaptations") async throws -> Cast {
        let coOp = browser
        let reviewer = Browser(client: browser.client), decider = Browser(client: browser.client)
        let member = try await office.signedIn("ysgrifennydd@example.coop", role: .coOp, organisation: organisation, browser: coOp)
        _ = try await office.signedIn("adolygydd@example.org", role: .certifier, browser: reviewer)
        _ = try await office.signedIn("penderfynwr@example.org", role: .certifier, browser: decider)
        let organisationID = try #require(try await office.office.ledger.organisation(id: member.organisationID!)).publicID
        let upload = try await coOp.upload("/organisations/\(organisationID)/submissions", file: try TestOffice.exampleZip(example), name: "tystiolaeth.zip")
        let publicID = String(try #require(upload.location).split(separator: "/").last!)
        _ = try await office.waitForAudit(publicID)
        return Cast(coOp: coOp, reviewer: reviewer, decider: decider, submission: publicID)
    }

    @Test func aCertifierReviewsASecondDecidesAndTheRegisterFollowsTheCycle() async throws {
        try await TestOffice.with { office, browser in
            let cast = try await Self.cast(office, browser)
            var submission = cast.submission

            // The co-op sees no review tools; the certifier does.
            #expect(try await cast.coOp.get("/submissions/\(submission)/review").status == .notFound)
            let review = try await cast.reviewer.get("/submissions/\(submission)/review")
            #expect(review.status == .ok && review.text.contains("GOV-07"))

            // An attestation is written to the review's file and the audit is judged again with it.
            let attested = try await cast.reviewer.post("/submissions/\(submission)/review/attestation", form: [
                ("rule", "GOV-07"), ("date", "2026-06-20"), ("outcome", "met"), ("note", "Saw the minutes of the 2026 election <b>in person</b>"),
            ])
            #expect(attested.status == .seeOther)
            _ = try await office.waitForAudit(submission)
            let rejudged = try #require(office.office.storedReport(submission))
            #expect(rejudged.results.first { $0.rule == "GOV-07" }?.status == .attested)
            #expect(rejudged.correctiveActions.map(\.rule) == ["SV-01", "WB-02", "WB-05"])
            let reviewPage = try await cast.reviewer.get("/submissions/\(submission)/review")
            #expect(reviewPage.text.contains("&lt;b&gt;in person&lt;/b&gt;") && !reviewPage.text.contains("<b>in person"))
            let file = try await cast.reviewer.get("/submissions/\(submission)/review/attestations.yaml")
            #expect(file.text.hasPrefix("attestations-format: 1") && file.text.contains("adolygydd@example.org"))

            // Evidence asked for appears on the co-op's page; the co-op answers with a new upload,
            // which carries the review with it and is audited.
            _ = try await cast.reviewer.post("/submissions/\(submission)/review/request", form: [("rule", "SV-01"), ("message", "Send the social value statement")])
            let asked = try await cast.coOp.get("/submissions/\(submission)")
            #expect(asked.text.contains("Send the social value statement"))
            let answer = try await cast.coOp.upload("/submissions/\(submission)/answer", file: try TestOffice.exampleZip("bristol-adaptations"), name: "ateb.zip")
            submission = String(try #require(answer.location).split(separator: "/").last!)
            _ = try await office.waitForAudit(submission)
            #expect(office.office.storedReport(submission)?.results.first { $0.rule == "GOV-07" }?.status == .attested)

            // The reviewer finishes, and may not decide; the second certifier decides.
            _ = try await cast.reviewer.post("/submissions/\(submission)/review/finish", form: [("notes", "Visited 2026-06-20.")])
            let refused = try await cast.reviewer.post("/submissions/\(submission)/decision", form: [("outcome", "award-with-conditions")])
            #expect(refused.status == .conflict)
            let beyondEvidence = try await cast.decider.post("/submissions/\(submission)/decision", form: [("outcome", "award")])
            #expect(beyondEvidence.status == .conflict)
            let decided = try await cast.decider.post("/submissions/\(submission)/decision", form: [("outcome", "award-with-conditions"), ("reason", "Conditions as the report lists.")])
            #expect(decided.location == "/certificates/NOD-2026-0001")

            // The certificate: public, Welsh first, a QR code to its register entry; a PDF whose
            // text is selectable with its diacritics; a signed file that verifies.
            let anyone = Browser(client: browser.client)
            let page = try await anyone.get("/certificates/NOD-2026-0001")
            #expect(page.status == .ok)
            let welsh = try #require(page.text.range(of: "lang=\"cy\" class=\"column\"")), english = try #require(page.text.range(of: "lang=\"en\" class=\"column\""))
            #expect(welsh.lowerBound < english.lowerBound)
            #expect(page.text.contains("<svg") && page.text.contains("Tystysgrif nod ansawdd") && page.text.contains("Tŷ Gofal Cŵm Tâf Cyf."))
            let pdf = try await anyone.get("/certificates/NOD-2026-0001/certificate.pdf")
            #expect(pdf.data.starts(with: Data("%PDF-".utf8)))
            // To look at it: NOD_KEEP_CERTIFICATE=DIR keeps the PDF (pdftoppm -png it).
            if let keep = ProcessInfo.processInfo.environment["NOD_KEEP_CERTIFICATE"] {
                try pdf.data.write(to: URL(fileURLWithPath: keep).appendingPathComponent("NOD-2026-0001.pdf"))
            }
            let text = try PDFText.extract(pdf.data)
            #expect(text.contains("Tŷ Gofal Cŵm Tâf Cyf.") && text.contains("Tystysgrif nod ansawdd") && text.contains("Quality mark certificate"))
            #expect(text.contains("NOD-2026-0001") && text.contains("30 Mehefin 2029"))
            let signed = try await anyone.get("/certificates/NOD-2026-0001/certificate.json")
            let document = try JSONDecoder().decode(CertificateDocument.self, from: Data(signed.text.utf8))
            #expect(document.decision.reviewer == "adolygydd@example.org" && document.decision.decider == "penderfynwr@example.org")
            #expect(!document.decision.samePerson && document.conditions.map(\.rule) == ["SV-01", "WB-02", "WB-05"])
            #expect(document.expires == LocalDate(iso8601: "2029-06-30") && document.surveillanceDue.map(\.description) == ["2027-06-30", "2028-06-30"])

            // The register: found by search, in JSON, and verification by upload.
            let found = try await anyone.get("/register?q=C%C5%B5m")
            #expect(found.text.contains("NOD-2026-0001") && found.text.contains("Tŷ Gofal Cŵm Tâf Cyf."))
            #expect(!(try await anyone.get("/register?q=nobody")).text.contains("NOD-2026-0001"))
            #expect(try await anyone.get("/register.json").text.contains("\"number\":\"NOD-2026-0001\""))
            let valid = try await anyone.uploadFile("/register/verify", field: "file", file: Data(signed.text.utf8), name: "NOD-2026-0001.json")
            #expect(valid.status == .ok && valid.text.contains("The signature is valid") && valid.text.contains("In force"))
            for garbage in [Data([0, 1, 2, 0xFF, 0xFE]), Data("{\"certificate-format\":1}".utf8), Data(repeating: 0x7B, count: 5 << 20)] {
                let refused = try await anyone.uploadFile("/register/verify", field: "file", file: garbage, name: "x.json")
                #expect([.unprocessableContent, .badRequest].contains(refused.status) && !refused.text.contains("The signature is valid"))
            }
            let tampered = Data(signed.text.replacingOccurrences(of: "2029-06-30", with: "2039-06-30").utf8)
            let invalid = try await anyone.uploadFile("/register/verify", field: "file", file: tampered, name: "NOD-2026-0001.json")
            #expect(invalid.status == .unprocessableContent && invalid.text.contains("The signature is not valid")
                    && invalid.text.contains("The signature does not match the file’s contents."))
            let welshReader = Browser(client: browser.client)
            _ = try await welshReader.get("/language/cy?next=/register")
            let welshInvalid = try await welshReader.uploadFile("/register/verify", field: "file", file: tampered, name: "NOD-2026-0001.json")
            #expect(welshInvalid.text.contains("Nid yw’r llofnod yn ddilys") && welshInvalid.text.contains("Nid yw’r llofnod yn cyfateb i gynnwys y ffeil."))

            // A corrective action: the co-op sends a closure; the certifier rejects it (the rule is
            // still not met in the new audit), then the clock passes the due date and the grace.
            let certificate = try #require(try await office.office.ledger.certificate(number: "NOD-2026-0001"))
            let actions = try await office.office.ledger.actions(certificateID: certificate.id)
            #expect(actions.map(\.due.description) == ["2026-09-28", "2026-09-28", "2026-09-28"])
            let action = try #require(actions.first { $0.rule == "WB-02" })
            let closure = try await cast.coOp.upload("/actions/\(action.publicID)/closure", file: try TestOffice.exampleZip("bristol-adaptations"), name: "cau.zip")
            _ = try await office.waitForAudit(String(try #require(closure.location).split(separator: "/").last!))
            let manage = try await cast.decider.get("/certificates/NOD-2026-0001/manage")
            #expect(manage.text.contains("Evidence of closure sent"))
            _ = try await cast.decider.post("/actions/\(action.publicID)/resolve", form: [("decision", "reject"), ("note", "WB-02 still not evidenced")])
            #expect(try await office.office.ledger.action(publicID: action.publicID)?.status == .open)

            office.office.clock.set(LocalDate(iso8601: "2026-10-01")!)
            #expect(try await anyone.get("/register/NOD-2026-0001").text.contains("In force"))
            #expect(try await cast.coOp.get("/certificates/NOD-2026-0001/manage").text.contains("past its due date"))
            office.office.clock.set(LocalDate(iso8601: "2026-10-29")!)
            let suspended = try await anyone.get("/register/NOD-2026-0001")
            #expect(suspended.text.contains("Suspended") && suspended.text.contains("A corrective action was not closed in time"))
            #expect(try await anyone.get("/register?q=NOD").text.contains("Suspended"))
            let welshRegister = try await anyone.get("/register/NOD-2026-0001", headers: [.acceptLanguage: "cy"])
            #expect(welshRegister.text.contains("Wedi’i hatal"))

            // Every step is in the trail, and the chain holds.
            let kinds = Set(try await office.office.ledger.events(limit: 10_000).map(\.kind))
            #expect(kinds.isSuperset(of: [.submission, .judgement, .attestation, .evidenceRequest, .review, .decision, .certificateStatus, .correctiveAction]))
            #expect(try await office.office.ledger.verifyChain() == .intact(events: try await office.office.ledger.events(limit: 10_000).count))
        }
    }

    @Test func aMissedSurveillanceSuspendsAndARecordedOneKeepsTheCertificateInForce() async throws {
        try await TestOffice.with({ $0.policy.reviewerMayDecide = true }) { office, browser in
            let cast = try await Self.cast(office, browser, example: "gofal-dyffryn")
            _ = try await cast.reviewer.post("/submissions/\(cast.submission)/review/finish", form: [("notes", "")])
            // A small scheme: the reviewer decides too, and the certificate says so.
            let decided = try await cast.reviewer.post("/submissions/\(cast.submission)/decision", form: [("outcome", "award")])
            #expect(decided.location == "/certificates/NOD-2026-0001")
            let document = try JSONDecoder().decode(CertificateDocument.self, from: Data(try await cast.reviewer.get("/certificates/NOD-2026-0001/certificate.json").text.utf8))
            #expect(document.decision.samePerson && document.conditions.isEmpty)

            // A year on, the co-op sends its evidence and the certifier records the surveillance.
            office.office.clock.set(LocalDate(iso8601: "2027-06-15")!)
            let organisationID = try #require(try await office.office.ledger.organisations().first).publicID
            #expect(try await cast.coOp.get("/organisations/\(organisationID)").text.contains("yearly surveillance audit for certificate NOD-2026-0001"))
            let upload = try await cast.coOp.upload("/organisations/\(organisationID)/submissions", file: try TestOffice.exampleZip(), name: "2027.zip",
                                                    fields: [("purpose", "surveillance")])
            let year2 = String(try #require(upload.location).split(separator: "/").last!)
            _ = try await office.waitForAudit(year2)
            // Judged with the reduced profile the certificate's profile names.
            let surveillanceReport = try #require(office.office.storedReport(year2))
            #expect(surveillanceReport.rules.profile == "care-quality-mark-surveillance")
            #expect(Set(surveillanceReport.rules.packs.map(\.id)) == ["governance", "care", "cymraeg"])
            #expect(surveillanceReport.history?.previousAuditDate == LocalDate(iso8601: "2026-06-30"))
            let desk = try await cast.reviewer.get("/certification")
            #expect(desk.text.contains("NOD-2026-0001") && desk.text.contains("Surveillance audit"))
            _ = try await cast.reviewer.post("/certificates/NOD-2026-0001/surveillance", form: [("submission", year2), ("outcome", "maintain")])
            let milestones = try await office.office.ledger.milestones(certificateID: 1)
            #expect(milestones.first?.completed == LocalDate(iso8601: "2027-06-15"))

            // The second surveillance is never done: 30 days after it was due, the certificate is suspended.
            office.office.clock.set(LocalDate(iso8601: "2028-07-30")!)
            #expect(try await browser.get("/register/NOD-2026-0001").text.contains("In force"))
            office.office.clock.set(LocalDate(iso8601: "2028-07-31")!)
            let entry = try await browser.get("/register/NOD-2026-0001")
            #expect(entry.text.contains("Suspended") && entry.text.contains("A surveillance audit was not done in time"))
            // And past its expiry it expires, and leaves the register's list.
            office.office.clock.set(LocalDate(iso8601: "2029-07-01")!)
            #expect(try await browser.get("/register/NOD-2026-0001").text.contains("Expired"))
            #expect(!(try await browser.get("/register")).text.contains("NOD-2026-0001"))
        }
    }
}

extension CertificationCycleTests {
    @Test func aRecertificationReplacesTheEarlierCertificate() async throws {
        try await TestOffice.with({ $0.policy.reviewerMayDecide = true }) { office, browser in
            let cast = try await Self.cast(office, browser, example: "gofal-dyffryn")
            _ = try await cast.reviewer.post("/submissions/\(cast.submission)/review/finish", form: [("notes", "")])
            _ = try await cast.reviewer.post("/submissions/\(cast.submission)/decision", form: [("outcome", "award")])
            office.office.clock.set(LocalDate(iso8601: "2029-05-01")!)
            let organisationID = try #require(try await office.office.ledger.organisations().first).publicID
            let upload = try await cast.coOp.upload("/organisations/\(organisationID)/submissions", file: try TestOffice.exampleZip(), name: "2029.zip")
            let again = String(try #require(upload.location).split(separator: "/").last!)
            _ = try await office.waitForAudit(again)
            _ = try await cast.reviewer.post("/submissions/\(again)/review/finish", form: [("notes", "")])
            let decided = try await cast.reviewer.post("/submissions/\(again)/decision", form: [("outcome", "award")])
            #expect(decided.location == "/certificates/NOD-2029-0001")
            let old = try await browser.get("/register/NOD-2026-0001")
            #expect(old.text.contains("Expired") && old.text.contains("Replaced by a new certificate after recertification"))
            let register = try await browser.get("/register")
            #expect(register.text.contains("NOD-2029-0001") && !register.text.contains("NOD-2026-0001"))
        }
    }
}

/// What people who answer for the office check from a terminal while it runs: the trail's
/// chain, its export, an online backup, and a certificate file against the body's public key.
@Suite(.serialized) struct LedgerCommandTests {
    // The backup is SQLite's (`--data`); a PostgreSQL ledger is backed up with pg_dump.
    @Test(.disabled(if: ProcessInfo.processInfo.environment["NOD_TEST_POSTGRES"]?.isEmpty == false, "the office's ledger is in PostgreSQL"))
    func theTrailIsVerifiedExportedAndBackedUpWhileTheOfficeRunsAndAnEditIsFound() async throws {
        try await TestOffice.with({ $0.policy.reviewerMayDecide = true }) { office, browser in
            let cast = try await CertificationCycleTests.cast(office, browser, example: "gofal-dyffryn")
            _ = try await cast.reviewer.post("/submissions/\(cast.submission)/review/finish", form: [("notes", "")])
            _ = try await cast.reviewer.post("/submissions/\(cast.submission)/decision", form: [("outcome", "award")])
            let data = office.data.path

            // nod verify checks the certificate file offline against the body's public key.
            let certificate = office.data.appendingPathComponent("NOD-2026-0001.json")
            try (try await browser.get("/certificates/NOD-2026-0001/certificate.json")).data.write(to: certificate)
            let key = office.data.appendingPathComponent("keys/certification-body.pub").path
            let valid = try NodProcess.run(["verify", certificate.path, "--key", key])
            #expect(valid.status == 0 && valid.stdout.contains("valid: certificate NOD-2026-0001"))
            let forged = office.data.appendingPathComponent("forged.json")
            try Data(String(decoding: try Data(contentsOf: certificate), as: UTF8.self).replacingOccurrences(of: "\"award\"", with: "\"awarded\"").utf8).write(to: forged)
            let invalid = try NodProcess.run(["verify", forged.path, "--key", key])
            #expect(invalid.status == 1 && invalid.stdout.hasPrefix("invalid:"))

            // A backup taken while uploads are being written is a whole, consistent database.
            let organisationID = try #require(try await office.office.ledger.organisations().first).publicID
            async let uploads: Void = {
                for index in 0..<5 {
                    _ = try await cast.coOp.upload("/organisations/\(organisationID)/submissions", file: try TestOffice.exampleZip(), name: "\(index).zip")
                }
            }()
            let backup = office.data.appendingPathComponent("backup.sqlite").path
            let backedUp = try NodProcess.run(["ledger", "backup", "--data", data, "--to", backup])
            try await uploads
            #expect(backedUp.status == 0 && backedUp.stdout.hasPrefix("backed up:"))
            let copy = office.data.appendingPathComponent("copy")
            try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: backup, toPath: copy.appendingPathComponent("ledger.sqlite").path)
            #expect(try NodProcess.run(["ledger", "verify", "--data", copy.path]).stdout.hasPrefix("intact:"))
            #expect(try NodProcess.run(["ledger", "backup", "--data", data, "--to", backup]).status != 0)

            // Export: every event, then the certificate with its history, one JSON object a line.
            let export = try NodProcess.run(["ledger", "export", "--data", data])
            let lines = export.stdout.split(separator: "\n")
            #expect(lines.first?.contains("\"type\":\"event\"") == true && lines.last?.contains("\"type\":\"certificate\"") == true)
            #expect(try NodProcess.run(["ledger", "verify", "--data", data]).stdout.hasPrefix("intact:"))

            // Any row edited in the database is found, and named.
            try await office.office.ledger.database.raw("UPDATE events SET detail = '{\"outcome\":\"refuse\"}' WHERE kind = 'decision'").run()
            let decisionRow = try #require(try await office.office.ledger.events(limit: 10_000).first { $0.kind == .decision }).id
            let broken = try NodProcess.run(["ledger", "verify", "--data", data])
            #expect(broken.status == 1 && broken.stdout.hasPrefix("broken at event \(decisionRow):"))
        }
    }
}

/// The text of a PDF as `pdftotext` reads it: what a person selecting text would copy.
enum PDFText {
    static func extract(_ pdf: Data) throws -> String {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("nod-\(UUID().uuidString).pdf")
        try pdf.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/pdftotext")
        process.arguments = ["-enc", "UTF-8", file.path, "-"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
