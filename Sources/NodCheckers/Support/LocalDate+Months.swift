import NodCore
import NodEvidence

extension LocalDate {
    /// Months from `self` to `other` as rules speak of them: days ÷ 30.4375 (a mean month).
    func months(until other: LocalDate) -> Double {
        Double(days(until: other)) / 30.4375
    }
}

extension EvidenceModel {
    /// Meetings of `kinds` held within `period`, oldest first.
    func meetings(_ kinds: Set<MeetingKind>, in period: DatePeriod) -> [Meeting] {
        parsed.meetings.filter { kinds.contains($0.kind.value) && period.contains($0.date.value) }
    }

    /// Members on the register on `date`.
    func memberCount(on date: LocalDate, members: [Member]) -> Int {
        members.count(where: { $0.isMember(on: date) })
    }
}

extension Meeting {
    /// Where to cite a meeting: its date line.
    var citation: EvidenceCitation { EvidenceCitation(date.location) }
}

/// Numbers in messages: `11.9`, `12`.
func formatted(_ value: Double) -> String { NumberText.short(value) }
