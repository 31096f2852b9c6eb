import Foundation
import NodAudit
import NodReport
import NodRules
import NodTestSupport
import Testing

/// Files generated from others, committed so a reader of the repository sees them: each is
/// regenerated here and must be what is committed.
struct GeneratedFilesTests {
    /// `docs/rules.md` is `nod rules list --format md` over the built-in rules (`Rules/`).
    @Test func theRuleCatalogueIsUpToDate() throws {
        let library = try RuleChoice().load()
        let committed = try String(contentsOf: RepositoryPaths.root().appendingPathComponent("docs/rules.md"), encoding: .utf8)
        #expect(committed == RuleCatalogueMarkdown.render(library),
                "docs/rules.md is stale: run `swift run nod rules list --format md > docs/rules.md`")
        for (rule, _) in library.allRules { #expect(committed.contains("| \(rule.id) |"), "\(rule.id)") }
    }
}
