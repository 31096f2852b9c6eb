/// Numbers as reports and messages print them: one decimal place, none when whole (`11.9`, `12`).
package enum NumberText {
    package static func short(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
