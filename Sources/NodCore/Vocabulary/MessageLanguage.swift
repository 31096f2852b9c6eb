/// The language of the messages a person reads at the terminal (refusals, problems, listings):
/// the one they asked for with `--lang`, else their locale's (`LC_ALL`, then `LC_MESSAGES`, then
/// `LANG`, as POSIX orders them: `cy_GB.UTF-8` is Welsh), else English. Help stays English.
package enum MessageLanguage {
    package static func resolve(explicit: Language?, environment: [String: String]) -> Language {
        if let explicit { return explicit }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            // The first locale set decides, Welsh or not (an empty one is skipped, as POSIX says).
            let code = value.prefix { $0 != "_" && $0 != "." && $0 != "@" }
            return code.lowercased() == "cy" ? .cy : .en
        }
        return .en
    }
}
