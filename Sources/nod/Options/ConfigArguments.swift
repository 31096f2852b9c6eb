import Foundation
import NodAudit
import NodCore

/// Puts a configuration file's defaults (`nod.yaml`, or `--config FILE`) into the command
/// line before it is parsed, as the options the file names — only those the command takes and
/// the command line does not already give, so that the command line always wins.
enum ConfigArguments {
    /// The file's settings each command takes.
    static let accepted: [[String]: Set<String>] = [
        ["audit"]: ["profile", "lang", "rules", "plugin-path", "limits"],
        ["batch"]: ["profile", "lang", "rules", "plugin-path", "limits"],
        ["batch", "run"]: ["profile", "lang", "rules", "plugin-path", "limits"],
        ["inspect"]: ["lang", "limits"],
        ["explain"]: ["lang", "rules"],
        ["rules", "lint"]: ["profile", "rules", "plugin-path"],
        ["rules", "list"]: ["lang", "rules"],
        ["rules", "test"]: ["rules", "plugin-path"],
    ]

    /// `arguments` (without the program's name) with the configuration's defaults added and
    /// `--config` taken out; the file that was used, if any.
    static func apply(to arguments: [String], currentFolder: String = FileManager.default.currentDirectoryPath)
        throws(AuditSetupError) -> (arguments: [String], file: String?) {
        var arguments = arguments
        var explicit: String?
        var index = 0
        while index < arguments.count {
            let word = arguments[index]
            if word == "--" { break }
            if word == "--config", index + 1 < arguments.count {
                explicit = arguments[index + 1]
                arguments.removeSubrange(index...(index + 1))
            } else if word.hasPrefix("--config=") {
                explicit = String(word.dropFirst("--config=".count))
                arguments.remove(at: index)
            } else {
                index += 1
            }
        }
        let found = (currentFolder as NSString).appendingPathComponent(ConfigFile.defaultName)
        guard let path = explicit ?? (FileManager.default.fileExists(atPath: found) ? ConfigFile.defaultName : nil) else { return (arguments, nil) }
        let config = try ConfigFile.read(path)
        let words = arguments.prefix { !$0.hasPrefix("-") }
        guard let command = [Array(words.prefix(2)), Array(words.prefix(1))].first(where: { accepted[$0] != nil }),
              let settings = accepted[command] else { return (arguments, path) }
        func given(_ option: String) -> Bool { arguments.contains { $0 == "--\(option)" || $0.hasPrefix("--\(option)=") } }
        var added: [String] = []
        if settings.contains("profile"), let profile = config.profile, !given("profile") { added += ["--profile", profile] }
        if settings.contains("lang"), let language = config.language, !given("lang") { added += ["--lang", language.rawValue] }
        if settings.contains("rules"), !given("rules") { for rules in config.rules { added += ["--rules", rules] } }
        if settings.contains("plugin-path"), !given("plugin-path") { for folder in config.pluginPaths { added += ["--plugin-path", folder] } }
        if settings.contains("limits") {
            for limit in config.limits where !given(limit.name) { added += ["--\(limit.name)", String(limit.value)] }
        }
        if let terminator = arguments.firstIndex(of: "--") {
            arguments.insert(contentsOf: added, at: terminator)
        } else {
            arguments += added
        }
        return (arguments, path)
    }
}
