import Foundation
package import NodCore
import NodYAML

/// A team's shared defaults (`nod.yaml` in the current folder, or `--config FILE`), as
/// Checkov's and swift-format's configuration files are: the profile, the report language,
/// rule and plug-in folders, and the bundle limits. Options given on the command line win.
/// Read strictly: an unknown key or a wrong type is an error at its `file:line:column`
/// (`Schemas/config.schema.json` describes the same file for editors). Paths in it are
/// relative to the file's folder.
package struct ConfigFile: Sendable, Equatable {
    package static let supportedFormat = 1
    /// The file looked for in the current folder when `--config` is not given.
    package static let defaultName = "nod.yaml"

    package var profile: String?
    package var language: Language?
    package var rules: [String] = []
    package var pluginPaths: [String] = []
    /// Each limit by the name of its command-line option without `--` (`max-entries`).
    package var limits: [(name: String, value: Int)] = []

    package static func == (a: ConfigFile, b: ConfigFile) -> Bool {
        a.profile == b.profile && a.language == b.language && a.rules == b.rules && a.pluginPaths == b.pluginPaths
            && a.limits.map(\.name) == b.limits.map(\.name) && a.limits.map(\.value) == b.limits.map(\.value)
    }

    static let limitNames = ["max-entries", "max-total-bytes", "max-file-bytes", "max-ratio", "max-yaml-depth", "max-yaml-nodes"]

    /// Reads `path`; a missing, unreadable or invalid file is a usage error naming its place.
    package static func read(_ path: String) throws(AuditSetupError) -> ConfigFile {
        let bytes: [UInt8]
        do throws(InputFile.Failure) {
            bytes = try InputFile.read(path, limit: InputFile.exceptionsLimit)
        } catch {
            throw AuditSetupError(.usage, [.init(at: FileLocation(file: path), error.description)])
        }
        do throws(YAMLError) {
            let node = try YAMLDocument.parseRequired(bytes, file: path)
            var config = try ConfigFile(yaml: YAMLValue(node))
            let folder = (path as NSString).deletingLastPathComponent
            func resolved(_ relative: String) -> String {
                relative.hasPrefix("/") || folder.isEmpty ? relative : (folder as NSString).appendingPathComponent(relative)
            }
            config.rules = config.rules.map(resolved)
            config.pluginPaths = config.pluginPaths.map(resolved)
            return config
        } catch {
            throw AuditSetupError(.usage, [.init(at: error.location, error.message)])
        }
    }

    init(yaml: YAMLValue) throws(YAMLError) {
        let fields = try yaml.mapping(["config-format", "profile", "lang", "rules", "plugin-path", "limits"])
        let format: Int = try fields.required("config-format")
        guard format == Self.supportedFormat else {
            throw fields.invalid("config-format", "config-format \(format) is not one this nod reads (it reads \(Self.supportedFormat)); update nod",
                                 prefixed: false)
        }
        profile = try fields.optional("profile")
        if let lang: Located<String> = try fields.optional("lang") {
            guard let language = Language(rawValue: lang.value) else {
                throw YAMLError(.invalidValue, at: lang.location, "lang must be cy or en, not '\(lang.value)'")
            }
            self.language = language
        }
        rules = try fields.optional("rules") ?? []
        pluginPaths = try fields.optional("plugin-path") ?? []
        if let node = fields["limits"], !node.isNull {
            let limitFields = try node.mapping(Self.limitNames)
            for name in Self.limitNames {
                guard let value: Located<Int> = try limitFields.optional(name) else { continue }
                guard value.value > 0 else { throw YAMLError(.invalidValue, at: value.location, "\(name) must be a positive number") }
                limits.append((name, value.value))
            }
        }
    }
}
