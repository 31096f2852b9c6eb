import Foundation
import NodCore
package import NodRules

/// Which rule packs and profiles a run loads: the ones built into nod, files and folders of
/// the user's own instead, or both.
package struct RuleChoice: Sendable {
    /// Rule pack or profile files, or folders of them; empty means the built-in rules.
    package var paths: [String]
    /// Load the built-in rules as well as `paths`.
    package var withDefaultRules: Bool

    package init(paths: [String] = [], withDefaultRules: Bool = false) {
        self.paths = paths
        self.withDefaultRules = withDefaultRules
    }

    /// The sources to load; an unreadable path is reported like any rule error.
    package func sources() -> (sources: [RuleSource], errors: [RuleError]) {
        var sources = paths.isEmpty || withDefaultRules ? EmbeddedRules.sources : []
        var errors: [RuleError] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                errors.append(RuleError(.unreadable, at: .init(file: path), "no such file or folder"))
                continue
            }
            let files = isDirectory.boolValue
                ? ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
                    .sorted().map { "\(path)/\($0)" }
                : [path]
            for file in files {
                do throws(InputFile.Failure) {
                    sources.append(RuleSource(name: file, bytes: try InputFile.read(file, limit: InputFile.rulesLimit)))
                } catch {
                    errors.append(RuleError(.unreadable, at: .init(file: file), error.description))
                }
            }
        }
        return (sources, errors)
    }

    /// Loads and cross-checks the rules; every error of every file, sorted by place.
    package func load() throws(AuditSetupError) -> RuleLibrary {
        let (sources, readErrors) = sources()
        let (library, errors) = RuleLibrary.load(sources)
        if let failure = AuditSetupError.rules(readErrors + errors) { throw failure }
        return library
    }
}
