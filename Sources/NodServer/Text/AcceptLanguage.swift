import Foundation
import NodCore

/// The reader's language the first time, from `Accept-Language` (RFC 9110: the highest
/// weight wins; `cy` and `cy-GB` are Welsh; anything else, or nothing, is English).
enum AcceptLanguage {
    static func preferred(_ header: String?) -> Language {
        guard let header else { return .en }
        var best: (language: Language, weight: Double)?
        for item in header.split(separator: ",").prefix(32) {
            let parts = item.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = parts.first?.lowercased(), !tag.isEmpty else { continue }
            var weight = 1.0
            for parameter in parts.dropFirst() where parameter.lowercased().hasPrefix("q=") {
                weight = Double(parameter.dropFirst(2)) ?? 0
            }
            guard weight > 0, weight <= 1 else { continue }
            let primary = tag.split(separator: "-").first.map(String.init) ?? tag
            let language: Language? = primary == "cy" ? .cy : primary == "en" ? .en : nil
            guard let language else { continue }
            if best == nil || weight > best!.weight { best = (language, weight) }
        }
        return best?.language ?? .en
    }
}
