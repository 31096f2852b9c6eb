import NodCore

/// The longest stretch without an event across a period: from its start to the first event,
/// between events, and from the last event to its end (a visit "at least quarterly").
struct LongestGap {
    let days: Int
    /// The event after the gap, or `nil` when the gap runs to the period's end.
    let endsAt: LocalDate?

    /// Events a period needs at the least when they may be at most `maxGap` days apart
    /// ("at least six-monthly" over a year is two reviews, not one in the middle).
    static func minimumCount(across period: DatePeriod, maxGap: Int) -> Int {
        let days = period.start.days(until: period.end) + 1
        return (days + maxGap - 1) / maxGap
    }

    init(_ dates: [LocalDate], across period: DatePeriod) {
        let inside = dates.filter(period.contains).sorted()
        var previous = period.start
        var longest = (days: 0, endsAt: LocalDate?.none)
        for date in inside {
            let gap = previous.days(until: date)
            if gap > longest.days { longest = (gap, date) }
            previous = date
        }
        let tail = previous.days(until: period.end)
        if tail > longest.days { longest = (tail, nil) }
        days = longest.days
        endsAt = longest.endsAt
    }
}
