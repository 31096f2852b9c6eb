extension LocalDate {
    private static let monthNames = [
        LocalizedText(en: "January", cy: "Ionawr"), LocalizedText(en: "February", cy: "Chwefror"), LocalizedText(en: "March", cy: "Mawrth"),
        LocalizedText(en: "April", cy: "Ebrill"), LocalizedText(en: "May", cy: "Mai"), LocalizedText(en: "June", cy: "Mehefin"),
        LocalizedText(en: "July", cy: "Gorffennaf"), LocalizedText(en: "August", cy: "Awst"), LocalizedText(en: "September", cy: "Medi"),
        LocalizedText(en: "October", cy: "Hydref"), LocalizedText(en: "November", cy: "Tachwedd"), LocalizedText(en: "December", cy: "Rhagfyr"),
    ]

    /// The date as a certificate prints it: "7 December 2026", "7 Rhagfyr 2026" (day, month, year in both).
    package var spelled: LocalizedText {
        let month = Self.monthNames[month - 1]
        return LocalizedText(en: "\(day) \(month.en) \(year)", cy: "\(day) \(month.cy) \(year)")
    }
}
