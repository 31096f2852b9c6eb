import NodPluginKit

/// A check the built-ins lack: are the minutes written plainly enough for every member to read?
/// Finds the mean sentence length, in words, across the period's minutes.
PluginKit.serve(plugin: "minutes-readability", version: "1.0.0", checks: ["minutes-readability"]) { request in
    guard request.check == "minutes-readability" else { return nil }
    let maximum = request.params["max-words-per-sentence"].number ?? 25
    let meetings = request.evidence["meetings"].array
    var sentences = 0, words = 0, longest: (path: String, words: Int)?
    for meeting in meetings {
        let text = meeting["text"].array.compactMap(\.string).filter { !$0.hasPrefix("#") }.joined(separator: " ")
        for sentence in text.split(whereSeparator: { ".!?".contains($0) }) {
            let count = sentence.split(whereSeparator: \.isWhitespace).count
            guard count > 2 else { continue }
            sentences += 1
            words += count
            if count > (longest?.words ?? 0) { longest = (meeting["path"].string ?? "", count) }
        }
    }
    guard sentences > 0 else {
        return .notApplicable(en: "No minutes text to read.", cy: "Dim testun cofnodion i'w ddarllen.")
    }
    let mean = Double(words) / Double(sentences)
    let shown = (mean * 10).rounded() / 10
    let answer: PluginKit.Answer = mean <= maximum
        ? .pass(en: "Minutes average \(shown) words a sentence: plain enough for members to read.",
                cy: "Mae'r cofnodion yn \(shown) gair y frawddeg ar gyfartaledd: yn ddigon clir i'r aelodau eu darllen.",
                measures: ["mean-words-per-sentence": shown, "sentences": Double(sentences)])
        : .fail(en: "Minutes average \(shown) words a sentence; plain writing keeps below \(Int(maximum)).",
                cy: "Mae'r cofnodion yn \(shown) gair y frawddeg ar gyfartaledd; mae ysgrifennu clir yn cadw o dan \(Int(maximum)).",
                measures: ["mean-words-per-sentence": shown, "sentences": Double(sentences)])
    return longest.map { answer.citing($0.path) } ?? answer
}
