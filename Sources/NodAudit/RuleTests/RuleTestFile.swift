import Foundation
package import NodCore
package import NodYAML

/// A rule pack's golden cases (`tests/*.yaml` beside the pack): bundles built from a base
/// folder with files replaced, added or removed, each with the status it must give to the
/// rules it names. `nod rules test` runs them, so a pack author can show that every rule
/// passes good evidence and fails bad.
package struct RuleTestFile: Sendable {
    /// One bundle and what it must give.
    package struct Case: Sendable {
        package var name: String
        /// The folder the bundle starts from, resolved against the case file's folder.
        package var base: String
        package var profile: String
        package var date: LocalDate
        /// Path inside the bundle → new content.
        package var files: [(path: String, text: String)]
        package var remove: [String]
        /// Changes to a base file's text: `replace` must occur in it.
        package var edits: [Edit]
        /// Rule id → the status it must give.
        package var expect: [(rule: String, status: RuleStatus)]
        package var location: FileLocation
    }

    /// One change to a file's text.
    package struct Edit: Sendable {
        package var file: String
        package var replace: String
        package var with: String
        /// Every occurrence, not only the first.
        package var everywhere: Bool
        package var location: FileLocation
    }

    package var path: String
    package var cases: [Case]

    /// Reads a case file; every error is located.
    package init(path: String, bytes: [UInt8]) throws(YAMLError) {
        self.path = path
        let folder = (path as NSString).deletingLastPathComponent
        let root = YAMLValue(try YAMLDocument.parseRequired(bytes, file: path))
        let fields = try root.mapping(["rule-tests", "profile", "base", "date", "cases"])
        let format: Int = try fields.required("rule-tests")
        guard format == 1 else { throw fields.invalid("rule-tests", "rule-tests \(format) is not one this nod reads (it reads 1)", prefixed: false) }
        let profile: String = try fields.optional("profile") ?? "care-quality-mark"
        let base: String? = try fields.optional("base")
        let date: LocalDate? = try fields.optional("date")
        var cases: [Case] = []
        guard let list = fields["cases"] else { throw YAMLError(.missingKey, at: root.location, "missing key 'cases'") }
        for item in try list.items() {
            cases.append(try Self.readCase(item, folder: folder, profile: profile, base: base, date: date))
        }
        self.cases = cases
    }

    private static func readCase(_ item: YAMLValue, folder: String, profile: String, base: String?, date: LocalDate?) throws(YAMLError) -> Case {
        let fields = try item.mapping(["name", "base", "profile", "date", "files", "remove", "edit", "expect"])
        let name: String = try fields.required("name")
        guard let base = try fields.optional("base", as: String.self) ?? base else {
            throw YAMLError(.missingKey, at: item.location, "case '\(name)': no base folder (give 'base' in the case or the file)")
        }
        guard let date = try fields.optional("date", as: LocalDate.self) ?? date else {
            throw YAMLError(.missingKey, at: item.location, "case '\(name)': no audit date (give 'date' in the case or the file)")
        }
        var files: [(String, String)] = []
        if let changes = fields["files"], !changes.isNull {
            let mapping = try changes.anyMapping()
            for pair in mapping.pairs {
                let path = pair.key.scalar ?? ""
                guard Self.isInsideBundle(path) else { throw YAMLError(.invalidValue, at: pair.key.location, "'\(path)' is not a path inside a bundle") }
                files.append((path, try mapping.value(of: pair)))
            }
        }
        let remove: [String] = try fields.optional("remove") ?? []
        if let outside = remove.first(where: { !Self.isInsideBundle($0) }) {
            throw fields.invalid("remove", "'\(outside)' is not a path inside a bundle")
        }
        var edits: [Edit] = []
        if let list = fields["edit"], !list.isNull {
            for entry in try list.items() {
                let edit = try entry.mapping(["file", "replace", "with", "everywhere"])
                let file: String = try edit.required("file")
                guard Self.isInsideBundle(file) else { throw edit.invalid("file", "'\(file)' is not a path inside a bundle") }
                let replace: String = try edit.required("replace")
                guard !replace.isEmpty else { throw edit.invalid("replace", "is empty") }
                edits.append(Edit(file: file, replace: replace, with: try edit.required("with"),
                                  everywhere: try edit.optional("everywhere") ?? false, location: entry.location))
            }
        }
        var expect: [(String, RuleStatus)] = []
        guard let expectation = fields["expect"] else { throw YAMLError(.missingKey, at: item.location, "case '\(name)': missing key 'expect'") }
        let expected = try expectation.anyMapping()
        for pair in expected.pairs {
            expect.append((pair.key.scalar ?? "", try expected.value(of: pair)))
        }
        guard !expect.isEmpty else { throw fields.invalid("expect", "names no rule") }
        return Case(name: name, base: base.hasPrefix("/") ? base : "\(folder.isEmpty ? "." : folder)/\(base)", profile: try fields.optional("profile") ?? profile,
                    date: date, files: files, remove: remove, edits: edits, expect: expect, location: item.location)
    }

    /// The case files in the `tests/` folder beside each of `paths` (a pack file or a folder),
    /// and every error reading them, located.
    package static func discover(beside paths: [String]) -> (files: [RuleTestFile], errors: [String], searched: [String]) {
        let folders = Set(paths.map { path -> String in
            var isDirectory: ObjCBool = false
            let folder = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
                ? path : (path as NSString).deletingLastPathComponent
            return "\(folder.isEmpty ? "." : folder)/tests"
        }).sorted()
        var files: [RuleTestFile] = [], errors: [String] = []
        for tests in folders {
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: tests)) ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
            for name in names {
                let path = "\(tests)/\(name)"
                do throws(InputFile.Failure) {
                    let bytes = try InputFile.read(path, limit: InputFile.rulesLimit)
                    do throws(YAMLError) {
                        files.append(try RuleTestFile(path: path, bytes: bytes))
                    } catch {
                        errors.append("\(error.location): error: \(error.message)")
                    }
                } catch {
                    errors.append("\(path): error: \(error.description)")
                }
            }
        }
        return (files, errors, folders)
    }

    /// A relative path with no `..`, `.` or empty part.
    static func isInsideBundle(_ path: String) -> Bool {
        !path.isEmpty && !path.hasPrefix("/") && path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
    }
}

extension RuleStatus: YAMLReadable {
    package init(yaml: YAMLValue) throws(YAMLError) {
        let text: String = try String(yaml: yaml)
        guard let status = RuleStatus(rawValue: text) else {
            let choices = RuleStatus.allCases.map(\.rawValue)
            var message = "'\(text)' is not a result (one of: \(choices.joined(separator: ", ")))"
            if let guess = Suggestion.closest(to: text, among: choices) { message += " — did you mean '\(guess)'?" }
            throw YAMLError(.invalidValue, at: yaml.location, message)
        }
        self = status
    }
}
