import ArgumentParser
import NodCore

/// "did you mean …" for a command word nod does not know (`nod audti`, `nod rules explain`),
/// found before the argument parser would answer with a bare "unexpected argument".
enum CommandSuggestion {
    /// The message for `arguments` (without the program's name) when a word where a
    /// subcommand belongs names none; `nil` when the words are commands, or options follow.
    static func message(for arguments: [String], root: any ParsableCommand.Type = Nod.self) -> String? {
        var command: any ParsableCommand.Type = root
        var path = [root.configuration.commandName ?? "nod"]
        for word in arguments {
            let subcommands = command.configuration.subcommands
            guard !word.hasPrefix("-"), word != "help", !subcommands.isEmpty, command.configuration.defaultSubcommand == nil else { return nil }
            let names = subcommands.compactMap { $0.configuration.commandName }.filter { !$0.hasSuffix("-worker") }
            if let next = subcommands.first(where: { $0.configuration.commandName == word }) {
                command = next
                path.append(word)
                continue
            }
            var message = "'\(OutputEscaping.terminal(word))' is not a command of \(path.joined(separator: " "))"
            if let guess = Suggestion.closest(to: word, among: names) {
                message += " — did you mean '\(path.joined(separator: " ")) \(guess)'?"
            } else if path.count > 1, root.configuration.subcommands.contains(where: { $0.configuration.commandName == word }) {
                message += " — did you mean '\(path[0]) \(word)'?"
            } else {
                message += " (its commands: \(names.joined(separator: ", ")))"
            }
            return message
        }
        return nil
    }
}
