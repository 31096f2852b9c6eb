import Foundation
import NodArchive
import NodArchiveTesting
import NodTestSupport
import Testing

/// `nod inspect` end to end: the built binary, its output, its exit codes.
struct InspectCommandTests {
    static let example = "Examples/gofal-dyffryn"

    @Test func listsTheExampleAsText() throws {
        let outcome = try NodProcess.run(["inspect", Self.example])
        #expect(outcome.status == 0)
        #expect(outcome.stderr == "")
        #expect(outcome.stdout.contains("Organisation  Gofal Cydweithredol Dyffryn Cyf. (multi-stakeholder)"))
        #expect(outcome.stdout.contains("  members                       74\n"))
        #expect(outcome.stdout.contains("  responsible individual's visits 5\n"))
        #expect(outcome.stdout.contains("No problems found."))
    }

    /// `--lang cy` names everything in Welsh: the model, the labels and what was parsed.
    @Test func listsTheExampleInWelsh() throws {
        let outcome = try NodProcess.run(["inspect", Self.example, "--lang", "cy"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("Sefydliad     Gofal Cydweithredol Dyffryn Cyf. (aml-randdeiliaid)"))
        #expect(outcome.stdout.contains("Tystiolaeth (") && outcome.stdout.contains("A ddarllenwyd"))
        #expect(outcome.stdout.contains("  pryderon diogelu              2\n"))
        #expect(outcome.stdout.contains("Ni chafwyd hyd i broblem."))
        for english in ["Organisation", "Parsed", "supervision-sessions", "multi-stakeholder", "No problems"] {
            #expect(!outcome.stdout.contains(english), "\(english)")
        }
    }

    @Test func jsonIsStableAndCarriesTheDigest() throws {
        let first = try NodProcess.run(["inspect", Self.example, "--format", "json"])
        let second = try NodProcess.run(["inspect", Self.example, "--format", "json"])
        #expect(first.status == 0)
        #expect(first.stdout == second.stdout)
        let json = try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [String: Any]
        let bundle = json?["bundle"] as? [String: Any]
        #expect((bundle?["sha256"] as? String)?.count == 64)
        #expect((json?["evidence"] as? [Any])?.count == RepositoryPaths.fileCount(under: "Examples/gofal-dyffryn"))
        #expect((json?["problems"] as? [Any])?.isEmpty == true)
    }

    @Test func aZipOfTheExampleHasTheSameDigest() throws {
        try TemporaryDirectory.with { dir in
            let root = RepositoryPaths.root().appendingPathComponent(Self.example)
            var entries: [ArchiveBuilder.Entry] = []
            let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
            while let url = enumerator?.nextObject() as? URL {
                guard (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true else { continue }
                let relative = String(url.path.dropFirst(root.path.count + 1))
                entries.append(.file("gofal-dyffryn/" + relative, .bytes(Array(try Data(contentsOf: url)))))
            }
            let zip = dir.appendingPathComponent("gofal-dyffryn.zip")
            try ArchiveBuilder.build(entries, format: .zip).write(to: zip)
            let fromZip = try NodProcess.run(["inspect", zip.path, "--format", "json"])
            let fromDirectory = try NodProcess.run(["inspect", Self.example, "--format", "json"])
            func digest(_ text: String) throws -> String? {
                ((try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])?["bundle"] as? [String: Any])?["sha256"] as? String
            }
            #expect(try digest(fromZip.stdout) == digest(fromDirectory.stdout))
        }
    }

    @Test func rejectedBundleExitsThreeWithTheReasonOnStderr() throws {
        try TemporaryDirectory.with { dir in
            let archive = dir.appendingPathComponent("evil.tar")
            try ArchiveBuilder.build([.text("manifest.yaml", "bundle-format: 1\n"), .text("../../etc/cron.d/x", "* * * * * root sh")],
                                     format: .tar).write(to: archive)
            let outcome = try NodProcess.run(["inspect", archive.path])
            #expect(outcome.status == 3)
            #expect(outcome.stdout == "")
            #expect(outcome.stderr == "\(archive.path)!/../../etc/cron.d/x: error: path contains '..'; entries may not point outside the bundle\n")
        }
    }

    @Test func badManifestExitsThreeWithItsLocation() throws {
        try TemporaryDirectory.with { dir in
            try TemporaryDirectory.write(["manifest.yaml": "bundle-format: 1\norganisation:\n  name: x\n  modle: worker\n"], under: dir)
            let outcome = try NodProcess.run(["inspect", dir.path])
            #expect(outcome.status == 3)
            // A folder's file is named by its real path, one an editor can open.
            #expect(outcome.stderr == "\(dir.path)/manifest.yaml:4:3: error: unknown key 'modle' — did you mean 'model'?\n")
            try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("minutes").path, withDestinationPath: "/etc")
            let linked = try NodProcess.run(["inspect", dir.path])
            #expect(linked.stderr == "\(dir.path)/minutes: error: symbolic links are not allowed in a bundle\n", "\(linked.stderr)")
        }
    }

    @Test func aManifestInASubFolderIsNamed() throws {
        try TemporaryDirectory.with { dir in
            try TemporaryDirectory.write(["outer/inner/manifest.yaml": "bundle-format: 1\n", "outer/readme.txt": "x"], under: dir)
            let outcome = try NodProcess.run(["inspect", dir.path])
            #expect(outcome.status == 3)
            #expect(outcome.stderr == "\(dir.path): error: no manifest.yaml at the bundle's root (found 2 files); found one at "
                    + "outer/inner/manifest.yaml: send the folder that holds it (outer/inner) as the bundle\n", "\(outcome.stderr)")
        }
    }

    @Test func limitsCanBeTightenedOnTheCommandLine() throws {
        let outcome = try NodProcess.run(["inspect", Self.example, "--max-entries", "10"])
        #expect(outcome.status == 3)
        #expect(outcome.stderr.contains("more than the limit of 10 entries"))
    }

    @Test func problemsAreListedWithLocationsButDoNotReject() throws {
        try TemporaryDirectory.with { dir in
            try TemporaryDirectory.write([
                "manifest.yaml": "bundle-format: 1\norganisation: {name: x, model: worker, nation: wales}\nperiod: {start: 2025-04-01, end: 2026-03-31}\n",
                "members/register.csv": "member_id,class,joined,left\nM1,workers,2025-13-01,\n",
            ], under: dir)
            let outcome = try NodProcess.run(["inspect", dir.path])
            #expect(outcome.status == 0)
            #expect(outcome.stdout.contains("members/register.csv:2:12: warning: 'joined' is not a date (YYYY-MM-DD): '2025-13-01'; the row is left out"))
        }
    }

    @Test func usageErrorsExitTwo() throws {
        let missing = try NodProcess.run(["inspect"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("Missing expected argument"))
        let badFormat = try NodProcess.run(["inspect", Self.example, "--format", "xml"])
        #expect(badFormat.status == 2)
        let badLimit = try NodProcess.run(["inspect", Self.example, "--max-entries", "0"])
        #expect(badLimit.status == 2)
    }

    @Test func missingBundleExitsThree() throws {
        let outcome = try NodProcess.run(["inspect", "no/such/bundle.zip"])
        #expect(outcome.status == 3)
        #expect(outcome.stderr == "no/such/bundle.zip: error: no such file or folder\n")
    }

    @Test func helpTeaches() throws {
        let outcome = try NodProcess.run(["inspect", "--help"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("Examples:"))
        #expect(outcome.stdout.contains("--max-ratio"))
        let version = try NodProcess.run(["--version"])
        #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines).range(of: #"^\d+\.\d+\.\d+$"#, options: .regularExpression) != nil)
    }
}
