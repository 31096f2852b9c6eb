package import NodCore

/// What a report calls a role on the staff register, in each language: the roles the shipped
/// rules know have names; a co-op's own role is shown as it wrote it, quoted.
package enum StaffRoleName {
    package static func name(of role: String) -> LocalizedText {
        switch role {
        case "care-worker": LocalizedText(en: "care worker", cy: "gweithiwr gofal")
        case "care-coordinator": LocalizedText(en: "care coordinator", cy: "cydlynydd gofal")
        case "registered-manager": LocalizedText(en: "registered manager", cy: "rheolwr cofrestredig")
        case "responsible-individual": LocalizedText(en: "responsible individual", cy: "unigolyn cyfrifol")
        case "finance-officer": LocalizedText(en: "finance officer", cy: "swyddog cyllid")
        default: LocalizedText(en: "'\(role)'", cy: "'\(role)'")
        }
    }
}
