/// A noun as a count is said in each language, so that no message says "complaint(s)" and
/// no Welsh message leaves a noun unmutated after a numeral ("2 gyfarfod", "3 phryder").
///
/// English: "1 complaint", "3 complaints", "no complaints". Welsh keeps the singular after a
/// numeral and mutates it as the spoken numeral does: *un* softens a feminine noun, *dau*/*dwy*
/// soften every noun, *tri* (masculine) and *chwe* aspirate, *tair* (feminine) does not; above ten, and for nouns that need it, the count
/// takes *o* and the softened plural ("25 o gyfarfodydd"). Zero is *dim* with the singular.
package struct CountedNoun: Sendable {
    package enum Gender: Sendable, Hashable { case masculine, feminine }

    package var english: (one: String, many: String)
    package var welsh: (singular: String, plural: String, gender: Gender)
    /// The softened singular where spelling marks it (*cwyn* → *gŵyn*, not *gwyn*, "white").
    package var softSingular: String?

    package init(en one: String, _ many: String, cy singular: String, _ plural: String, _ gender: Gender, soft: String? = nil) {
        english = (one, many)
        welsh = (singular, plural, gender)
        softSingular = soft
    }

    var softened: String { softSingular ?? WelshMutation.soft(welsh.singular) }

    /// `count` with this noun, in both languages.
    package func counted(_ count: Int) -> LocalizedText {
        LocalizedText(en: englishPhrase(count), cy: welshPhrase(count))
    }

    func englishPhrase(_ count: Int) -> String {
        switch count {
        case 0: "no \(english.many)"
        case 1: "1 \(english.one)"
        default: "\(count) \(english.many)"
        }
    }

    func welshPhrase(_ count: Int) -> String {
        switch count {
        case 0: "dim \(welsh.singular)"
        case 1: "1 \(welsh.gender == .feminine ? softened : welsh.singular)"
        case 2: "2 \(softened)"
        // tri (masculine) and chwe aspirate; tair (feminine) does not: "3 phryder", "3 cwyn".
        case 3 where welsh.gender == .feminine: "3 \(welsh.singular)"
        case 3, 6: "\(count) \(WelshMutation.aspirate(welsh.singular))"
        case 4...10: "\(count) \(welsh.singular)"
        default: "\(count) o \(WelshMutation.soft(welsh.plural))"
        }
    }
}

/// Lengths of time, whose Welsh follows its own pattern after numerals: "blwyddyn", "2
/// flynedd", "3 blynedd", "5 mlynedd" (the old plural *blynedd*, nasal after 5, 7, 8, 9, 10);
/// "1 mis", "2 fis", "12 mis" (months keep the singular).
package enum TimeSpan {
    package static func years(_ count: Int) -> LocalizedText {
        let english = count == 1 ? "1 year" : "\(count) years"
        let welsh = switch count {
        case 1: "blwyddyn"
        case 2: "2 flynedd"
        case 5, 7, 8, 9, 10: "\(count) mlynedd"
        default: "\(count) blynedd"
        }
        return LocalizedText(en: english, cy: welsh)
    }

    package static func months(_ count: Int) -> LocalizedText {
        LocalizedText(en: count == 1 ? "1 month" : "\(count) months", cy: count == 2 ? "2 fis" : "\(count) mis")
    }
}

/// The initial-consonant mutations of Welsh that counts and negatives need.
package enum WelshMutation {
    /// Soft mutation (treiglad meddal): p→b, t→d, c→g, b→f, d→dd, g→(dropped), m→f, ll→l, rh→r.
    package static func soft(_ word: String) -> String {
        mutate(word, [("ll", "l"), ("rh", "r"), ("p", "b"), ("t", "d"), ("c", "g"), ("b", "f"), ("d", "dd"), ("g", ""), ("m", "f")])
    }

    /// Aspirate mutation (treiglad llaes): p→ph, t→th, c→ch.
    package static func aspirate(_ word: String) -> String {
        mutate(word, [("ph", "ph"), ("th", "th"), ("ch", "ch"), ("p", "ph"), ("t", "th"), ("c", "ch")])
    }

    /// Whether "a"/"na" before the word becomes "ac"/"nac" (before a vowel; "y" and "w" count).
    package static func startsWithVowel(_ word: String) -> Bool {
        guard let first = word.lowercased().first else { return false }
        return "aeiouwyâêîôûŵŷ".contains(first)
    }

    private static func mutate(_ word: String, _ rules: [(String, String)]) -> String {
        let lower = word.lowercased()
        for (from, to) in rules where lower.hasPrefix(from) {
            let rest = word.dropFirst(from.count)
            let capital = word.first?.isUppercase == true
            let replaced = to + rest
            return capital ? replaced.prefix(1).uppercased() + replaced.dropFirst() : replaced
        }
        return word
    }
}

extension CountedNoun {
    package static let file = CountedNoun(en: "file", "files", cy: "ffeil", "ffeiliau", .feminine)
    package static let pack = CountedNoun(en: "pack", "packs", cy: "pecyn", "pecynnau", .masculine)
    package static let profile = CountedNoun(en: "profile", "profiles", cy: "proffil", "proffiliau", .masculine)
    package static let rule = CountedNoun(en: "rule", "rules", cy: "rheol", "rheolau", .feminine)
    package static let day = CountedNoun(en: "day", "days", cy: "diwrnod", "diwrnodau", .masculine)
    package static let clearDay = CountedNoun(en: "clear day", "clear days", cy: "diwrnod clir", "diwrnodau clir", .masculine)
    package static let careWorker = CountedNoun(en: "care worker", "care workers", cy: "gweithiwr gofal", "gweithwyr gofal", .masculine)
    package static let review = CountedNoun(en: "complete review", "complete reviews", cy: "adolygiad cyflawn", "adolygiadau cyflawn", .masculine)
    package static let visit = CountedNoun(en: "visit", "visits", cy: "ymweliad", "ymweliadau", .masculine)
    package static let qualityReview = CountedNoun(en: "quality-of-care review", "quality-of-care reviews",
                                                   cy: "adolygiad o ansawdd y gofal", "adolygiadau o ansawdd y gofal", .masculine)
    package static let complaint = CountedNoun(en: "complaint", "complaints", cy: "cwyn", "cwynion", .feminine, soft: "gŵyn")
    package static let concern = CountedNoun(en: "concern", "concerns", cy: "pryder", "pryderon", .masculine)
    package static let director = CountedNoun(en: "director", "directors", cy: "cyfarwyddwr", "cyfarwyddwyr", .masculine)
    package static let row = CountedNoun(en: "row", "rows", cy: "rhes", "rhesi", .feminine)
    package static let session = CountedNoun(en: "session", "sessions", cy: "sesiwn", "sesiynau", .feminine)
    package static let person = CountedNoun(en: "person", "people", cy: "person", "pobl", .masculine)
    package static let member = CountedNoun(en: "member", "members", cy: "aelod", "aelodau", .masculine)
    package static let decision = CountedNoun(en: "decision", "decisions", cy: "penderfyniad", "penderfyniadau", .masculine)
    package static let meeting = CountedNoun(en: "meeting", "meetings", cy: "cyfarfod", "cyfarfodydd", .masculine)
}
