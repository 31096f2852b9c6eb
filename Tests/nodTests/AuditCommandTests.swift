import Foundation
import NodArchive
import NodArchiveTesting
import NodCheckers
import NodTestSupport
import Testing

/// `nod audit` end to end, one bundle per outcome, built from the checkers' example bundle.
struct AuditCommandTests {
    static let date = "2026-06-30"

    /// Writes the example bundle with `changes` applied and runs `nod audit` on it.
    static func audit(_ changes: [String: String?] = [:], arguments: [String] = []) throws -> NodProcess.Outcome {
        try TemporaryDirectory.with { dir in
            var files = ExampleBundle.files
            for (path, text) in changes { files[path] = text }
            try TemporaryDirectory.write(files.compactMapValues { $0 }, under: dir)
            return try NodProcess.run(["audit", dir.path, "--date", date, "--profile", "governance-only", "--format", "json"] + arguments)
        }
    }

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func awarded() throws {
        let outcome = try Self.audit()
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let report = try Self.json(outcome.stdout)
        #expect(report["decision"] as? String == "awarded")
        #expect(report["level"] as? String == "established")
        #expect((report["results"] as? [[String: Any]])?.count == ShippedRules.count(in: "governance-only"))
    }

    @Test func awardedWithConditions() throws {
        let outcome = try Self.audit(["minutes/2025-09-20-agm.md": ExampleBundle.agm(date: "2025-09-20", notice: "2025-09-10")])
        #expect(outcome.status == 0)
        let report = try Self.json(outcome.stdout)
        #expect(report["decision"] as? String == "awarded-with-conditions")
        let actions = report["corrective-actions"] as? [[String: Any]]
        #expect(actions?.first?["rule"] as? String == "GOV-03")
        #expect(actions?.first?["due"] as? String == "2026-09-28")
        let gov03 = (report["results"] as? [[String: Any]])?.first { $0["rule"] as? String == "GOV-03" }
        #expect((gov03?["evidence"] as? [[String: Any]])?.first?["path"] as? String == "minutes/2025-09-20-agm.md")
        #expect((gov03?["evidence"] as? [[String: Any]])?.first?["line"] as? Int == 4)
    }

    @Test func notAwarded() throws {
        let outcome = try Self.audit(["minutes/2025-09-20-agm.md": nil])
        #expect(outcome.status == 1)
        let report = try Self.json(outcome.stdout)
        #expect(report["decision"] as? String == "not-awarded")
        let gov01 = (report["results"] as? [[String: Any]])?.first { $0["rule"] as? String == "GOV-01" }
        // The bundle shows last year's AGM and none in this one: that is a failure, not a gap.
        #expect(gov01?["status"] as? String == "fail")
        #expect((gov01?["evidence"] as? [[String: Any]])?.first?["path"] as? String == "minutes/2024-09-21-agm.md")
    }

    /// A typo in the front matter of the AGM's minutes is an error that names the file, the
    /// line and the key meant, never "hold an AGM".
    @Test func aMistypedMinutesFileIsAnErrorNotAMissingAGM() throws {
        let mistyped = ExampleBundle.agm(date: "2025-09-20", notice: "2025-09-01").replacingOccurrences(of: "notice-given:", with: "notice-sent:")
        let outcome = try Self.audit(["minutes/2025-09-20-agm.md": mistyped])
        let report = try Self.json(outcome.stdout)
        let gov01 = (report["results"] as? [[String: Any]])?.first { $0["rule"] as? String == "GOV-01" }
        #expect(gov01?["status"] as? String == "error")
        let message = ((gov01?["message"] as? [String: Any])?["en"] as? String) ?? ""
        #expect(message.contains("minutes/2025-09-20-agm.md"), "\(message)")
        #expect(message.contains("did you mean 'notice-given'"), "\(message)")
        #expect((gov01?["evidence"] as? [[String: Any]])?.first?["line"] as? Int != nil)
    }

    /// One member, one vote holds in a multi-stakeholder co-op too: a member with 50 of the
    /// votes is a major not met, not "not applicable to the model".
    @Test func aMultiStakeholderMemberWithFiftyVotesBreaksOneMemberOneVote() throws {
        let manifest = ExampleBundle.manifest(model: "multi-stakeholder").replacingOccurrences(
            of: "  notice-days: 14", with: "  notice-days: 14\n  voting: one-member-one-vote")
        let members = ExampleBundle.members.replacingOccurrences(of: "M07,community,2020-01-01,,1", with: "M07,community,2020-01-01,,50")
        let outcome = try Self.audit(["manifest.yaml": manifest, "members/register.csv": members])
        let report = try Self.json(outcome.stdout)
        let gov05 = (report["results"] as? [[String: Any]])?.first { $0["rule"] as? String == "GOV-05" }
        #expect(gov05?["status"] as? String == "fail", "\(String(describing: gov05))")
        #expect(report["decision"] as? String == "not-awarded")
    }

    /// In Welsh, an evidence problem and the error it causes say in Welsh what is wrong: in
    /// full for a register's cells, else the kind of problem with nod's detail quoted after it.
    @Test func evidenceProblemsAreExplainedInWelsh() throws {
        let outcome = try Self.audit(["members/register.csv": "member_id,class,joined,left\nM01,workers,2017-03-01,\nM02,workers,not-a-date,\n"],
                                     arguments: ["--format", "md", "--lang", "cy"])
        #expect(outcome.stdout.contains("nid yw 'joined' yn ddyddiad (BBBB-MM-DD): 'not-a-date'; gadewir y rhes allan"), "\(outcome.stdout)")
        // GOV-09 quotes the first bad row in Welsh too, not nod's English.
        #expect(outcome.stdout.contains("y gyntaf: nid yw 'joined' yn ddyddiad") && !outcome.stdout.contains("is not a date"), "\(outcome.stdout)")
        let broken = try Self.audit(["members/register.csv": "member_id,class,joined,left\n\"M01,workers\n"], arguments: ["--format", "md", "--lang", "cy"])
        #expect(broken.stdout.contains("Nid oedd modd darllen members/register.csv: dyfynnod na chafodd ei gau (“"), "\(broken.stdout)")
        // A mistyped key in minutes: GOV-01's error says so in Welsh, with the key meant.
        let mistyped = ExampleBundle.agm(date: "2025-09-20", notice: "2025-09-01").replacingOccurrences(of: "notice-given:", with: "notice-sent:")
        let typo = try Self.audit(["minutes/2025-09-20-agm.md": mistyped], arguments: ["--format", "md", "--lang", "cy"])
        #expect(typo.stdout.contains("allwedd anhysbys 'notice-sent' — ai 'notice-given' oedd dan sylw?"), "\(typo.stdout)")
    }

    @Test func aSelfCheckNeverBlocks() throws {
        let outcome = try Self.audit(["minutes/2025-09-20-agm.md": nil], arguments: ["--profile", "self-check", "--format", "md"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("**Decision: Not awarded**"))
        #expect(outcome.stdout.contains("Self-check: nothing here blocks"))
    }

    @Test func rejected() throws {
        try TemporaryDirectory.with { dir in
            let zip = dir.appendingPathComponent("b.zip")
            try ArchiveBuilder.build([.text("manifest.yaml", ExampleBundle.manifest()), .symlink("members/register.csv", target: "/etc/passwd")],
                                     format: .zip).write(to: zip)
            let outcome = try NodProcess.run(["audit", zip.path, "--date", Self.date])
            #expect(outcome.status == 3)
            #expect(outcome.stdout.isEmpty)
            #expect(outcome.stderr == "\(zip.path)!/members/register.csv: error: symbolic links are not allowed in a bundle\n")
        }
    }

    @Test func badRulesExitTwoWithLocations() throws {
        try TemporaryDirectory.with { dir in
            try TemporaryDirectory.write(["mine.yaml": """
            pack-format: 1
            pack: mine
            version: 1.0.0
            title: { en: Mine, cy: Fy un i }
            rules:
              - id: MIN-01
                title: { en: T, cy: Teitl }
                requirement: { en: R, cy: Gofyniad }
                evidence: { en: E, cy: Tystiolaeth }
                threshold: { en: T, cy: Trothwy }
                guidance: { en: G, cy: Canllaw }
                area: test
                severity: major
                check: agm-helt
                citation: test
            """], under: dir)
            let rules = dir.appendingPathComponent("mine.yaml").path
            let lint = try NodProcess.run(["rules", "lint", rules])
            #expect(lint.status == 2)
            #expect(lint.stderr == "\(rules):14:12: error: rule MIN-01 names checker 'agm-helt', which no built-in or plug-in provides — did you mean 'agm-held'?\n")
            let audit = try NodProcess.run(["audit", "Examples/gofal-dyffryn", "--rules", rules, "--with-default-rules", "--date", Self.date])
            #expect(audit.status == 2)
            let unknownProfile = try NodProcess.run(["audit", "Examples/gofal-dyffryn", "--profile", "care-qualty-mark"])
            #expect(unknownProfile.status == 2)
            #expect(unknownProfile.stderr.contains("did you mean 'care-quality-mark'?"))
        }
    }

    @Test func careAndWelshRulesDoNotApplyOutsideTheirScope() throws {
        let england = ExampleBundle.manifest().replacingOccurrences(of: "nation: wales", with: "nation: england")
        let outcome = try Self.audit(["manifest.yaml": england], arguments: ["--profile", "care-quality-mark"])
        let results = try #require(try Self.json(outcome.stdout)["results"] as? [[String: Any]])
        func result(_ id: String) -> [String: Any]? { results.first { $0["rule"] as? String == id } }
        #expect(results.count == ShippedRules.count(in: "care-quality-mark"))
        for id in ["CARE-01", "CARE-07", "CYM-01"] {
            #expect(result(id)?["status"] as? String == "not-applicable")
        }
        #expect((result("CARE-01")?["reason"] as? String)?.contains("Applies in Wales; this co-op is in England") == true)
        #expect((result("CYM-02")?["reason"] as? String)?.contains("Applies in Wales") == true)
        let wales = try Self.audit([:], arguments: ["--profile", "care-quality-mark"])
        let walesResults = try #require(try Self.json(wales.stdout)["results"] as? [[String: Any]])
        let care = walesResults.first { $0["rule"] as? String == "CARE-01" }
        #expect(care?["status"] as? String == "not-applicable")
        #expect((care?["reason"] as? String)?.contains("regulated-service: false") == true)
        #expect(walesResults.first { $0["rule"] as? String == "CYM-02" }?["status"] as? String == "pass")
    }

    @Test(arguments: [("gofal-dyffryn", "care-quality-mark", "exemplary"), ("eryri-byw-annibynnol", "care-quality-mark", "exemplary"),
                      ("bristol-adaptations", "governance-only", "established")])
    func shippedExamplesAreAwarded(example: String, profile: String, level: String) throws {
        let outcome = try NodProcess.run(["audit", "Examples/\(example)", "--date", Self.date, "--profile", profile, "--format", "json"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let report = try Self.json(outcome.stdout)
        #expect(report["decision"] as? String == "awarded")
        #expect(report["level"] as? String == level)
        #expect((report["problems"] as? [Any])?.isEmpty == true)
    }

    @Test func badDateIsAUsageError() throws {
        let outcome = try NodProcess.run(["audit", "Examples/gofal-dyffryn", "--date", "2026-02-30"])
        #expect(outcome.status == 2)
    }

    @Test func sameInputsGiveByteIdenticalJSONThatMatchesTheSchema() throws {
        try TemporaryDirectory.with { dir in
            let first = dir.appendingPathComponent("first.json"), second = dir.appendingPathComponent("second.json")
            for output in [first, second] {
                let outcome = try NodProcess.run(["audit", "Examples/gofal-dyffryn", "--date", Self.date, "--output", output.path])
                #expect(outcome.status == 0, "\(outcome.stderr)")
            }
            #expect(try Data(contentsOf: first) == Data(contentsOf: second))
            let validation = try SchemaValidator.validate(schema: "report.schema.json", [first])
            #expect(validation.status == 0, "\(validation.output)")
            let report = try Self.json(String(decoding: try Data(contentsOf: first), as: UTF8.self))
            #expect(report["language"] as? String == "cy")
            #expect((report["evidence"] as? [Any])?.count == RepositoryPaths.fileCount(under: "Examples/gofal-dyffryn"))
        }
    }

    /// The bundle is read on a second core while the rules load; wherever it stands among the
    /// options the report is the same, and a changed limit binds.
    @Test func theBundleArgumentAnywhereGivesTheSameReport() throws {
        let late = try NodProcess.run(["audit", "--format", "json", "--date", Self.date, "--verbose", "--", "Examples/gofal-dyffryn"])
        #expect(late.status == 0, "\(late.stderr)")
        #expect(late.stderr.contains("parsed evidence"))
        for arguments in [["Examples/gofal-dyffryn", "--date", Self.date, "--format", "json", "--verbose"],
                          ["--date", Self.date, "-v", "--format=json", "--with-default-rules", "Examples/gofal-dyffryn"]] {
            let early = try NodProcess.run(["audit"] + arguments)
            #expect(early.status == 0, "\(early.stderr)")
            #expect(early.stdout == late.stdout, "\(arguments)")
            #expect(early.stderr.contains("parsed evidence in"), "\(arguments)")
        }

        let limited = try NodProcess.run(["audit", "Examples/gofal-dyffryn", "--date", Self.date, "--max-entries", "5"])
        #expect(limited.status == 3)
        #expect(limited.stderr.contains("more than the limit of 5 entries"), "\(limited.stderr)")
        let missing = try NodProcess.run(["audit", "Examples/no-such-bundle", "--date", Self.date])
        #expect(missing.status == 3)
        #expect(missing.stderr.contains("Examples/no-such-bundle: error: no such file or folder"), "\(missing.stderr)")
    }

    @Test func aReportThatCannotBeWrittenIsAUsageErrorThatSaysWhy() throws {
        try TemporaryDirectory.with { dir in
            let output = dir.appendingPathComponent("no-such-folder/report.json").path
            let outcome = try NodProcess.run(["audit", "Examples/gofal-dyffryn", "--date", Self.date, "--output", output])
            #expect(outcome.status == 2)
            #expect(outcome.stderr.contains("\(output): error: the report could not be written: No such file or directory"), "\(outcome.stderr)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
        }
    }

    @Test func aBrokenReportFailsTheSchema() throws {
        try TemporaryDirectory.with { dir in
            let output = dir.appendingPathComponent("r.json")
            _ = try NodProcess.run(["audit", "Examples/gofal-dyffryn", "--date", Self.date, "--output", output.path])
            let text = try String(contentsOf: output, encoding: .utf8).replacingOccurrences(of: "\"decision\" : \"awarded\"", with: "\"decision\" : \"maybe\"")
            try Data(text.utf8).write(to: output)
            let validation = try SchemaValidator.validate(schema: "report.schema.json", [output])
            #expect(validation.status == 1)
        }
    }

    @Test func welshMarkdownIsWelsh() throws {
        let outcome = try NodProcess.run(["audit", "Examples/gofal-dyffryn", "--date", Self.date, "--format", "md", "--lang", "cy"])
        #expect(outcome.stdout.hasPrefix("# Adroddiad archwilio: Gofal Cydweithredol Dyffryn Cyf."))
        #expect(outcome.stdout.contains("**Penderfyniad: Dyfarnwyd**"))
        #expect(!outcome.stdout.contains("Awarded"))
    }

    @Test func explainAndList() throws {
        let explain = try NodProcess.run(["explain", "gov-01", "--lang", "cy"])
        #expect(explain.status == 0)
        #expect(explain.stdout.hasPrefix("GOV-01  Cynhaliwyd cyfarfod cyffredinol blynyddol yn y cyfnod"))
        let unknown = try NodProcess.run(["explain", "GOV-1"])
        #expect(unknown.status == 2)
        let list = try NodProcess.run(["rules", "list"])
        #expect(list.stdout.split(separator: "\n").count == ShippedRules.all)
        #expect(list.stdout.contains("\nGOV-01\tmajor\tgovernance\t"))
    }
}
