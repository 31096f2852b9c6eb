import NodCore
import NodEvidence
import NodRules

/// Whether a rule applies to a co-op, and if not, why — in both languages.
enum Applicability {
    static func reason(_ rule: Rule, manifest: Manifest) -> LocalizedText? {
        let organisation = manifest.organisation
        func list(_ names: [LocalizedText], _ language: KeyPath<LocalizedText, String>) -> String {
            names.map { $0[keyPath: language] }.joined(separator: ", ")
        }
        if let models = rule.models, !models.contains(organisation.model) {
            let names = models.map(\.name)
            return LocalizedText(
                en: "Applies to \(list(names, \.en)) co-operatives; this co-op is \(organisation.model.name.en) (manifest organisation.model).",
                cy: "Yn berthnasol i gydweithfeydd \(list(names, \.cy)); cydweithfa \(organisation.model.name.cy) yw hon (organisation.model yn y maniffest).")
        }
        guard let conditions = rule.appliesWhen else { return nil }
        if let nations = conditions.nations, !nations.contains(organisation.nation) {
            let places = nations.map(\.locative)
            return LocalizedText(
                en: "Applies \(list(places, \.en)); this co-op is \(organisation.nation.locative.en) (manifest organisation.nation).",
                cy: "Yn berthnasol \(list(places, \.cy)); mae'r gydweithfa hon \(organisation.nation.locative.cy) (organisation.nation yn y maniffest).")
        }
        if let regulated = conditions.regulatedService, regulated != organisation.regulatedService {
            return regulated
                ? LocalizedText(en: "Applies to services registered with the care regulator; this co-op's is not (regulated-service: false).",
                                cy: "Yn berthnasol i wasanaethau sydd wedi'u cofrestru gyda'r rheoleiddiwr gofal; nid yw gwasanaeth y gydweithfa hon (regulated-service: false).")
                : LocalizedText(en: "Applies only to services not registered with the care regulator (regulated-service: true).",
                                cy: "Yn berthnasol i wasanaethau nad ydynt wedi'u cofrestru gyda'r rheoleiddiwr gofal yn unig (regulated-service: true).")
        }
        if let forms = conditions.legalForms, !forms.contains(organisation.legalForm) {
            let names = forms.map(\.name)
            return LocalizedText(
                en: "Applies to a \(list(names, \.en)); this co-op is a \(organisation.legalForm.name.en) (manifest organisation.legal-form).",
                cy: "Yn berthnasol i \(list(names, \.cy)); \(organisation.legalForm.name.cy) yw'r gydweithfa hon (organisation.legal-form yn y maniffest).")
        }
        return nil
    }
}
