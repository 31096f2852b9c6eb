import Foundation
import NodTestSupport
import Testing

/// `--lang cy` gives a report entirely in Welsh, and `--lang en` entirely in English.
struct WelshReportTests {
    /// English words that have no place in a Welsh sentence.
    static let englishWords = ["the", "and", "was", "were", "not", "applies", "every", "with", "this", "of", "user", "worker",
                               "stakeholder", "wales", "england", "society", "meeting", "accounts"]
    /// Welsh words that have no place in an English sentence.
    static let welshWords = ["y", "yr", "a'r", "mae", "yn", "dim", "gyda", "heb", "o'r", "ar", "i'r"]

    /// The report's prose: code spans (paths, digests), the copyright notice and the command line removed.
    static func prose(_ markdown: String) -> [String] {
        markdown.replacingOccurrences(of: #"`[^`]*`"#, with: " ", options: .regularExpression)
            .replacingOccurrences(of: "“[^”]*”", with: " ", options: .regularExpression)
            .replacingOccurrences(of: "SWEMWBS © NHS Health Scotland, University of Warwick and University of Edinburgh, 2008.", with: " ")
            .split(separator: "\n").map(String.init)
    }

    static func offending(_ lines: [String], words: [String]) -> [String] {
        lines.filter { line in
            let tokens = Set(line.lowercased().split { !$0.isLetter && $0 != "'" }.map(String.init))
            return words.contains { tokens.contains($0) }
        }
    }

    @Test(arguments: ["gofal-dyffryn", "eryri-byw-annibynnol", "bristol-adaptations"])
    func welshReportHasNoEnglishProse(example: String) throws {
        let outcome = try NodProcess.run(["audit", "Examples/\(example)", "--date", "2026-06-30", "--format", "md", "--lang", "cy"])
        let lines = Self.offending(Self.prose(outcome.stdout), words: Self.englishWords)
        #expect(lines.isEmpty, "English in the Welsh report:\n\(lines.prefix(8).joined(separator: "\n"))")
    }

    @Test(arguments: ["gofal-dyffryn", "eryri-byw-annibynnol", "bristol-adaptations"])
    func englishReportHasNoWelshProse(example: String) throws {
        let outcome = try NodProcess.run(["audit", "Examples/\(example)", "--date", "2026-06-30", "--format", "md", "--lang", "en"])
        let lines = Self.offending(Self.prose(outcome.stdout).filter { !$0.hasPrefix("# ") }, words: Self.welshWords)
        #expect(lines.isEmpty, "Welsh in the English report:\n\(lines.prefix(8).joined(separator: "\n"))")
    }
}
