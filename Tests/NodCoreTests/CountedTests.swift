import Foundation
import NodCore
import Testing

/// The one helper every counted phrase goes through: English plurals, Welsh mutation after numerals.
struct CountedTests {
    @Test func englishSaysOneAndMany() {
        #expect(CountedNoun.complaint.counted(0).en == "no complaints")
        #expect(CountedNoun.complaint.counted(1).en == "1 complaint")
        #expect(CountedNoun.complaint.counted(3).en == "3 complaints")
    }

    @Test func welshMutatesAfterTheNumeral() {
        // dau: soft mutation of every noun (the review's "2 gyfarfod", "2 benderfyniad").
        #expect(CountedNoun.meeting.counted(2).cy == "2 gyfarfod")
        #expect(CountedNoun.decision.counted(2).cy == "2 benderfyniad")
        #expect(CountedNoun.director.counted(2).cy == "2 gyfarwyddwr")
        #expect(CountedNoun.complaint.counted(2).cy == "2 gŵyn")
        #expect(CountedNoun.row.counted(2).cy == "2 res")
        // un: soft mutation of a feminine noun only.
        #expect(CountedNoun.complaint.counted(1).cy == "1 gŵyn")
        #expect(CountedNoun.meeting.counted(1).cy == "1 cyfarfod")
        // tri and chwe: aspirate mutation of c, p, t.
        #expect(CountedNoun.concern.counted(3).cy == "3 phryder")
        #expect(CountedNoun.meeting.counted(6).cy == "6 chyfarfod")
        #expect(CountedNoun.member.counted(3).cy == "3 aelod")
        // tair, the feminine three, does not mutate ("3 chwyn" would read "3 weeds").
        #expect(CountedNoun.complaint.counted(3).cy == "3 cwyn")
        #expect(CountedNoun.complaint.counted(6).cy == "6 chwyn")
        // Four to ten: the radical singular.
        #expect(CountedNoun.concern.counted(5).cy == "5 pryder")
        // Above ten: o and the softened plural; zero: dim.
        #expect(CountedNoun.meeting.counted(25).cy == "25 o gyfarfodydd")
        #expect(CountedNoun.member.counted(40).cy == "40 o aelodau")
        #expect(CountedNoun.concern.counted(0).cy == "dim pryder")
        #expect(CountedNoun.day.counted(2).cy == "2 ddiwrnod")
        #expect(CountedNoun.day.counted(92).cy == "92 o ddiwrnodau")
        #expect(CountedNoun.careWorker.counted(2).cy == "2 weithiwr gofal")
    }

    @Test func mutationsFollowTheTables() {
        #expect(WelshMutation.soft("llesiant") == "lesiant")
        #expect(WelshMutation.soft("rhes") == "res")
        #expect(WelshMutation.soft("merch") == "ferch")
        #expect(WelshMutation.soft("dyn") == "ddyn")
        #expect(WelshMutation.soft("Cymru") == "Gymru")
        #expect(WelshMutation.aspirate("tad") == "thad")
        #expect(WelshMutation.aspirate("chwaer") == "chwaer")
        #expect(WelshMutation.aspirate("mam") == "mam")
    }

    /// Lists join with "and" and with Welsh "a", which takes the aspirate mutation and is
    /// "ac" before a vowel.
    @Test func listsJoinWithTheRightConjunction() {
        func list(_ pairs: [(String, String)]) -> LocalizedText { LocalizedText.list(pairs.map { LocalizedText(en: $0.0, cy: $0.1) }) }
        #expect(list([("workers", "gweithwyr")]) == LocalizedText(en: "workers", cy: "gweithwyr"))
        #expect(list([("workers", "gweithwyr"), ("carers", "gofalwyr")]) == LocalizedText(en: "workers and carers", cy: "gweithwyr a gofalwyr"))
        #expect(list([("workers", "gweithwyr"), ("complaints", "cwynion")]).cy == "gweithwyr a chwynion")
        #expect(list([("a", "diogelu"), ("b", "cwynion"), ("c", "aelodaeth")]) == LocalizedText(en: "a, b and c", cy: "diogelu, cwynion ac aelodaeth"))
        #expect(list([("a", "gweithwyr"), ("b", "ymgysylltu")]).cy == "gweithwyr ac ymgysylltu")
        #expect(list([]) == LocalizedText(en: "", cy: ""))
    }

    @Test func poundsShowTheirPence() {
        #expect(DecimalText.pounds(Decimal(string: "12.6")!) == "12.60")
        #expect(DecimalText.pounds(Decimal(1800)) == "1800.00")
        #expect(DecimalText.pounds(Decimal(string: "13.455")!) == "13.46")
        #expect(DecimalText.pounds(Decimal(string: "0.05")!) == "0.05")
    }

    @Test func timeSpansFollowTheirOwnWelshPattern() {
        #expect(TimeSpan.years(1) == LocalizedText(en: "1 year", cy: "blwyddyn"))
        #expect(TimeSpan.years(2).cy == "2 flynedd")
        #expect(TimeSpan.years(3) == LocalizedText(en: "3 years", cy: "3 blynedd"))
        #expect(TimeSpan.years(5).cy == "5 mlynedd")
        #expect(TimeSpan.years(9).cy == "9 mlynedd")
        #expect(TimeSpan.months(2).cy == "2 fis")
        #expect(TimeSpan.months(12) == LocalizedText(en: "12 months", cy: "12 mis"))
    }
}
