/// Suggestions for misspelt names, so that an error can say "did you mean 'model'?".
package enum Suggestion {
    /// The candidate closest to `word`, when it is close enough to be a plausible typo.
    package static func closest(to word: String, among candidates: some Sequence<String>) -> String? {
        var best: (String, Int)?
        for candidate in candidates {
            let distance = editDistance(word.lowercased(), candidate.lowercased())
            let allowed = min(word.count, candidate.count) < 4 ? 1 : max(2, min(word.count, candidate.count) / 3)
            if distance <= allowed, distance < (best?.1 ?? .max) {
                best = (candidate, distance)
            }
        }
        return best?.0 ?? sameFirstWord(as: word, among: candidates)
    }

    /// A hyphenated name whose first word only one candidate shares, with as many words
    /// (`notice-sent` → `notice-given`): a wrong second word is a typo spelling can miss.
    static func sameFirstWord(as word: String, among candidates: some Sequence<String>) -> String? {
        let words = word.lowercased().split(separator: "-")
        guard words.count > 1, let first = words.first, first.count >= 3 else { return nil }
        let matches = candidates.filter {
            let theirs = $0.lowercased().split(separator: "-")
            return theirs.count == words.count && theirs.first == first
        }
        return matches.count == 1 ? matches[0] : nil
    }

    /// Levenshtein distance with adjacent transpositions counted as one edit.
    package static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previousPrevious[j - 2] + 1)
                }
            }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }
}
