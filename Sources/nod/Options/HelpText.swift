/// Help text that wraps cleanly at any terminal width: the argument parser wraps each line
/// longer than the screen, so a paragraph must be one line. `flow` joins the lines of each
/// paragraph (as the source wraps them, for reading) and keeps lines indented by two spaces
/// — examples, lists — as they are, one per line, so that every example can be pasted.
enum HelpText {
    static func flow(_ text: String) -> String {
        var out: [String] = []
        var paragraph: [String] = []
        func close() {
            if !paragraph.isEmpty { out.append(paragraph.joined(separator: " ")) }
            paragraph = []
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.isEmpty {
                close()
                out.append("")
            } else if line.hasPrefix("  ") || line.hasSuffix(":") {
                close()
                out.append(String(line))
            } else {
                paragraph.append(String(line))
            }
        }
        close()
        return out.joined(separator: "\n")
    }
}
