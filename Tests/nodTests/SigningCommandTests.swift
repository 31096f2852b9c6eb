import Foundation
import NodTestSupport
import Testing

/// keygen → audit --sign → verify, and every kind of tampering detected.
struct SigningCommandTests {
    static func signedReport(in dir: URL) throws -> (report: URL, publicKey: URL) {
        let name = dir.appendingPathComponent("certifier").path
        #expect(try NodProcess.run(["keygen", name]).status == 0)
        let report = dir.appendingPathComponent("report.json")
        let audit = try NodProcess.run(["audit", "Examples/gofal-dyffryn", "--date", "2026-06-30", "--sign", name + ".key", "--output", report.path])
        #expect(audit.status == 0, "\(audit.stderr)")
        return (report, URL(fileURLWithPath: name + ".pub"))
    }

    static func verify(_ report: URL, _ key: URL) throws -> NodProcess.Outcome {
        try NodProcess.run(["verify", report.path, "--key", key.path])
    }

    @Test func aSignedReportVerifiesAndAnyChangeIsDetected() throws {
        try TemporaryDirectory.with { dir in
            let (report, key) = try Self.signedReport(in: dir)
            let valid = try Self.verify(report, key)
            #expect(valid.status == 0)
            #expect(valid.stdout.hasPrefix("valid: signed by key "))
            let original = try Data(contentsOf: report)
            // One byte changed, at several places through the file.
            for offset in stride(from: 40, to: original.count - 40, by: original.count / 7) {
                var tampered = original
                tampered[offset] = tampered[offset] == UInt8(ascii: "a") ? UInt8(ascii: "b") : UInt8(ascii: "a")
                try tampered.write(to: report)
                #expect(try Self.verify(report, key).status == 1, "byte \(offset)")
            }
            // The same JSON with its fields in another order.
            let object = try JSONSerialization.jsonObject(with: original)
            try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted]).write(to: report)
            let reordered = try Self.verify(report, key)
            #expect(reordered.status == 1)
            #expect(reordered.stdout.contains("changed after signing"))
            // Extra white space only.
            try (original + Data("\n".utf8)).write(to: report)
            #expect(try Self.verify(report, key).status == 1)
        }
    }

    @Test func anotherKeyOrNoSignatureIsInvalid() throws {
        try TemporaryDirectory.with { dir in
            let (report, _) = try Self.signedReport(in: dir)
            let other = dir.appendingPathComponent("other").path
            _ = try NodProcess.run(["keygen", other])
            let wrongKey = try Self.verify(report, URL(fileURLWithPath: other + ".pub"))
            #expect(wrongKey.status == 1)
            #expect(wrongKey.stdout.contains("not with this key"))
            let unsigned = dir.appendingPathComponent("unsigned.json")
            _ = try NodProcess.run(["audit", "Examples/gofal-dyffryn", "--date", "2026-06-30", "--output", unsigned.path])
            #expect(try Self.verify(unsigned, URL(fileURLWithPath: other + ".pub")).stdout == "invalid: the report is not signed\n")
            let again = try NodProcess.run(["keygen", other])
            #expect(again.status == 2)
        }
    }

    @Test func signingNeedsJSONAndAReadableKey() throws {
        #expect(try NodProcess.run(["audit", "Examples/gofal-dyffryn", "--sign", "/nonexistent.key"]).status == 2)
        #expect(try NodProcess.run(["audit", "Examples/gofal-dyffryn", "--sign", "x.key", "--format", "md"]).status == 2)
    }
}
