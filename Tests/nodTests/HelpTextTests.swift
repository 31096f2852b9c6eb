import Foundation
import NodTestSupport
import Testing

/// Help that wraps cleanly: no line of any command's help (bar the parser's own usage line)
/// is wider than 80 columns, paragraphs are not broken mid-sentence, and examples stay whole.
struct HelpTextTests {
    static let commands: [[String]] = [
        [], ["audit"], ["batch"], ["batch", "run"], ["batch", "merge"], ["diff"], ["explain"], ["init"], ["inspect"], ["keygen"],
        ["ledger"], ["ledger", "import"], ["ledger", "verify"], ["ledger", "export"], ["ledger", "backup"], ["plugins", "list"],
        ["rules", "lint"], ["rules", "list"], ["rules", "test"], ["serve"], ["users", "add"], ["users", "token"], ["verify"],
    ]

    @Test(arguments: commands)
    func helpFitsEightyColumns(command: [String]) throws {
        let outcome = try NodProcess.run(command + ["--help"])
        #expect(outcome.status == 0)
        for line in outcome.stdout.split(separator: "\n") where !line.hasPrefix("USAGE:") {
            #expect(line.count <= 80, "\(command): \(line)")
        }
        // An example continued with a backslash goes on on an indented line, so it pastes whole.
        let lines = outcome.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() where line.hasSuffix(" \\") {
            #expect(index + 1 < lines.count && lines[index + 1].hasPrefix("    "), "\(command): \(line)")
        }
    }
}
