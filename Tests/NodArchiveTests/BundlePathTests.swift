@testable import NodArchive
import Testing

/// Entry names as archives give them, split and normalised, or refused with the right code.
struct BundlePathTests {
    @Test(arguments: [
        ("bundle/minutes/agm.md", ["bundle", "minutes", "agm.md"]),
        ("bundle\\minutes\\agm.md", ["bundle", "minutes", "agm.md"]),
        ("bundle//./minutes/./agm.md/", ["bundle", "minutes", "agm.md"]),
        ("bundle/Cofnodion/cyfarfod-\u{0077}\u{0302}.md", ["bundle", "Cofnodion", "cyfarfod-\u{0175}.md"]),
        ("a/..b/c..", ["a", "..b", "c.."]),
        ("bundle/minutes/", ["bundle", "minutes"]),
        ("bundle/Cofnodion/cyfarfod-\u{0175}.md", ["bundle", "Cofnodion", "cyfarfod-\u{0175}.md"]),
    ])
    func normalises(raw: String, components: [String]) throws {
        let name = try BundlePath.normalise(raw, source: "b.zip")
        #expect(name.components == components)
        #expect(name.path == components.joined(separator: "/"))
    }

    @Test(arguments: [
        ("/etc/passwd", BundleError.Code.absolutePath), ("\\share\\x", .absolutePath), ("C:/x", .absolutePath),
        ("/\u{301}etc/passwd", .absolutePath),
        ("c:x", .absolutePath), ("a/../../x", .traversal), ("..\\x", .traversal), ("a/b/..", .traversal),
        ("a/\u{1}b", .badName), ("./.", .badName), ("", .badName),
    ])
    func refuses(raw: String, code: BundleError.Code) {
        #expect(throws: BundleError.self) { try BundlePath.normalise(raw, source: "b.zip") }
        do { _ = try BundlePath.normalise(raw, source: "b.zip") } catch { #expect(error.code == code, "\(raw)") }
    }
}
