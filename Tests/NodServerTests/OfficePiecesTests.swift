import Foundation
import HTTPTypes
import Mustache
import NodArchive
import NodCore
@testable import NodServer
import NodTestSupport
import Testing

/// The small strict pieces of the office, each with inputs that pass and inputs that fail.
struct OfficePiecesTests {
    @Test func everyWordATemplateUsesExistsInBothLanguages() throws {
        _ = try Templates.library()
        var used = Set<String>()
        for (_, text) in Templates.all.merging(CycleTemplates.all, uniquingKeysWith: { own, _ in own }) {
            var rest = Substring(text)
            while let range = rest.range(of: #"\{\{[#^/]?t\.([A-Za-z]+)\}\}"#, options: .regularExpression) {
                let tag = rest[range]
                used.insert(String(tag.split(separator: ".").last!.dropLast(2)))
                rest = rest[range.upperBound...]
            }
        }
        #expect(used.count > 60)
        for key in used.sorted() {
            let text = try #require(SiteText.all[key], "\(key) is used by a template but has no words")
            #expect(!text.en.isEmpty && !text.cy.isEmpty, "\(key)")
        }
        // Apart from names that are the same in both, the Welsh is not the English.
        let same: Set<String> = ["digest"]
        for (key, text) in SiteText.all where !same.contains(key) { #expect(text.en != text.cy, "\(key)") }
    }

    @Test func theLanguageFollowsAcceptLanguageTheFirstTime() {
        #expect(AcceptLanguage.preferred(nil) == .en)
        #expect(AcceptLanguage.preferred("cy") == .cy)
        #expect(AcceptLanguage.preferred("cy-GB,cy;q=0.9,en;q=0.8") == .cy)
        #expect(AcceptLanguage.preferred("en-GB,en;q=0.9,cy;q=0.8") == .en)
        #expect(AcceptLanguage.preferred("fr, cy;q=0.5") == .cy)
        #expect(AcceptLanguage.preferred("cy;q=0, en") == .en)
        #expect(AcceptLanguage.preferred("de, fr") == .en)
        #expect(AcceptLanguage.preferred(";;;,,,q=") == .en)
    }

    @Test func aMultipartBoundaryIsOneToSeventyCharacters() {
        #expect(UploadReceiver.boundary(of: "multipart/form-data; boundary=----abc") == "----abc")
        #expect(UploadReceiver.boundary(of: #"multipart/form-data; boundary="quoted b""#) == "quoted b")
        #expect(UploadReceiver.boundary(of: "multipart/form-data; boundary=") == nil)
        #expect(UploadReceiver.boundary(of: #"multipart/form-data; boundary="""#) == nil)
        #expect(UploadReceiver.boundary(of: "multipart/form-data; boundary=\(String(repeating: "x", count: 71))") == nil)
        #expect(UploadReceiver.boundary(of: "application/zip; boundary=abc") == nil)
        #expect(UploadReceiver.boundary(of: "multipart/form-data") == nil)
    }

    @Test func aContentDispositionGivesItsNameAndFileName() {
        let plain = UploadReceiver.disposition(#"form-data; name="bundle"; filename="gofal.zip""#)
        #expect(plain.name == "bundle" && plain.fileName == "gofal.zip")
        let escaped = UploadReceiver.disposition(#"form-data; name="bundle"; filename="a\"b;c.zip""#)
        #expect(escaped.fileName == #"a"b;c.zip"#)
        let field = UploadReceiver.disposition(#"form-data; name=csrf"#)
        #expect(field.name == "csrf" && field.fileName == nil)
        #expect(UploadReceiver.disposition("form-data").name == nil)
        #expect(UploadReceiver.disposition(#"form-data; name="unterminated"#).name == "unterminated")
    }

    @Test func controlCharactersBecomeVisibleSymbols() {
        #expect(InertText.clean("a\u{1B}[31mb") == "a\u{241B}[31mb")
        #expect(InertText.clean("tab\tkept") == "tab\tkept")
        #expect(InertText.clean("nul\u{0}del\u{7F}c1\u{85}") == "nul\u{2400}del\u{2421}c1\u{FFFD}")
        #expect(InertText.clean("rtl\u{202E}txt") == "rtl\u{FFFD}txt")
        #expect(InertText.name("  two\nlines  ") == "two lines")
        #expect(InertText.name(String(repeating: "x", count: 500)).count == 200)
    }

    @Test func signInsAreThrottledPerAccountAndPerAddress() {
        let throttle = LoginThrottle(window: 60, perAccount: 3, perAddress: 5)
        let now = Date(timeIntervalSince1970: 1_000_000)
        for _ in 0..<3 { throttle.failed(email: "a@x.coop", address: "192.0.2.1", now: now) }
        #expect(!throttle.allows(email: "A@x.coop", address: "192.0.2.9", now: now))
        #expect(throttle.allows(email: "b@x.coop", address: "192.0.2.1", now: now))
        for _ in 0..<2 { throttle.failed(email: "c@x.coop", address: "192.0.2.1", now: now) }
        #expect(!throttle.allows(email: "d@x.coop", address: "192.0.2.1", now: now))
        // The window passes.
        #expect(throttle.allows(email: "a@x.coop", address: "192.0.2.1", now: now + 61))
        throttle.failed(email: "e@x.coop", address: "192.0.2.2", now: now)
        throttle.succeeded(email: "e@x.coop")
        #expect(throttle.allows(email: "e@x.coop", address: "192.0.2.3", now: now))
    }

    @Test func aTarWrittenForAFolderIsReadBackByNodsOwnReader() throws {
        var archive: [UInt8] = []
        let files: [(String, String)] = [("bundle/manifest.yaml", "model: worker\n"), ("bundle/" + String(repeating: "d", count: 90) + "/" + String(repeating: "f", count: 60) + ".md", "# long\n"),
                                         ("bundle/empty.csv", "")]
        for (path, text) in files {
            archive += try TarWriter.header(path: path, size: Int64(text.utf8.count)) + Array(text.utf8) + TarWriter.padding(after: Int64(text.utf8.count))
        }
        archive += TarWriter.end
        #expect(archive.count % 512 == 0)
        let contents = try BundleReader().read(data: Data(archive), source: "folder.tar")
        #expect(contents.files.map(\.path).sorted() == files.map { String($0.0.dropFirst("bundle/".count)) }.sorted())
        #expect(throws: TarWriter.Failure.nameTooLong(String(repeating: "x", count: 101))) { try TarWriter.header(path: String(repeating: "x", count: 101), size: 1) }
        #expect(throws: TarWriter.Failure.tooLarge) { try TarWriter.header(path: "a", size: -1) }
    }

    @Test func theServedOpenAPIDocumentIsTheOneInSchemas() throws {
        let file = try Data(contentsOf: RepositoryPaths.root().appendingPathComponent("Schemas/openapi.json"))
        #expect(Data(OpenAPIDocument.json.utf8) == file, "run Scripts/embed-openapi.py")
        let document = try JSONSerialization.jsonObject(with: file) as? [String: Any]
        #expect(document?["openapi"] as? String == "3.1.0")
    }

    @Test func theHistoryChartDrawsOnePointPerAuditWithoutStyleAttributes() {
        let svg = HistoryChart.svg(points: [("2025-06-30", 80), ("2026-06-30", 100)], title: "Score <over> time")
        #expect(svg.components(separatedBy: "<circle").count == 3)
        #expect(!svg.contains("style="))
        #expect(svg.contains("Score &lt;over&gt; time"))
    }
}

/// Every address of the OpenAPI document is known to the method guard, so any method the
/// document does not list is answered 405 with `Allow`, not 404.
struct APIMethodGuardTests {
    @Test func everyDocumentedAddressHasItsMethods() throws {
        let document = try #require(try JSONSerialization.jsonObject(with: Data(OpenAPIDocument.json.utf8)) as? [String: Any])
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        for (path, operations) in paths {
            let segments = path.split(separator: "/").map { $0.hasPrefix("{") ? "*" : String($0) }
            let route = APIMethodGuard.routes.first { $0.segments == segments }
            #expect(route != nil, "\(path) is not in APIMethodGuard.routes")
            for method in operations.keys {
                #expect(route?.methods.contains { $0.rawValue.lowercased() == method } == true, "\(method.uppercased()) \(path)")
            }
        }
    }
}
