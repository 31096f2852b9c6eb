import NodCore
import NodEvidence
import NodRules

/// Whether a rule applies to a co-op, and if not, why — in both languages.
enum Applicability {
    static func reason(_ rule: Rule, manifest: Manifest) -> LocalizedText? {
        let organisation = manifest.organisation
        if let models = rule.models, !models.contains(organisation.model) {
            let list = models.map(\.rawValue).joined(separator: ", ")
            return LocalizedText(
                en: "Applies to \(list) co-operatives; this co-op is \(organisation.model.rawValue) (manifest organisation.model).",
                cy: "Yn berthnasol i gydweithfeydd \(list); mae'r gydweithfa hon yn \(organisation.model.rawValue) (organisation.model yn y maniffest).")
        }
        guard let conditions = rule.appliesWhen else { return nil }
        if let nations = conditions.nations, !nations.contains(organisation.nation) {
            let list = nations.map(\.rawValue).joined(separator: ", ")
            return LocalizedText(
                en: "Applies in \(list); this co-op is in \(organisation.nation.rawValue) (manifest organisation.nation).",
                cy: "Yn berthnasol yn \(list); mae'r gydweithfa hon yn \(organisation.nation.rawValue) (organisation.nation yn y maniffest).")
        }
        if let regulated = conditions.regulatedService, regulated != organisation.regulatedService {
            return regulated
                ? LocalizedText(en: "Applies to services registered with the care regulator; this co-op's is not (regulated-service: false).",
                                cy: "Yn berthnasol i wasanaethau sydd wedi'u cofrestru gyda'r rheoleiddiwr gofal; nid yw gwasanaeth y gydweithfa hon (regulated-service: false).")
                : LocalizedText(en: "Applies only to services not registered with the care regulator (regulated-service: true).",
                                cy: "Yn berthnasol i wasanaethau nad ydynt wedi'u cofrestru gyda'r rheoleiddiwr gofal yn unig (regulated-service: true).")
        }
        if let forms = conditions.legalForms, !forms.contains(organisation.legalForm) {
            let list = forms.map(\.rawValue).joined(separator: ", ")
            return LocalizedText(
                en: "Applies to \(list); this co-op is a \(organisation.legalForm.rawValue) (manifest organisation.legal-form).",
                cy: "Yn berthnasol i \(list); mae'r gydweithfa hon yn \(organisation.legalForm.rawValue) (organisation.legal-form yn y maniffest).")
        }
        return nil
    }
}
