package import NodCore

/// What a report calls a policy the manifest lists, in each language: the policies the
/// shipped rules require have names; a co-op's own policy id is shown as it wrote it.
package enum PolicyName {
    package static func name(of id: String) -> LocalizedText {
        switch id {
        case "safeguarding": LocalizedText(en: "safeguarding", cy: "diogelu")
        case "complaints": LocalizedText(en: "complaints", cy: "cwynion")
        case "whistleblowing": LocalizedText(en: "whistleblowing", cy: "chwythu'r chwiban")
        case "control-restraint": LocalizedText(en: "control and restraint", cy: "rheolaeth ac ataliaeth")
        case "staff-support": LocalizedText(en: "staff support", cy: "cefnogi staff")
        case "staff-discipline": LocalizedText(en: "staff discipline", cy: "disgyblu staff")
        case "membership": LocalizedText(en: "membership", cy: "aelodaeth")
        case "community": LocalizedText(en: "community", cy: "cymuned")
        case "welsh-language": LocalizedText(en: "Welsh language", cy: "iaith Gymraeg")
        case "statement-of-purpose": LocalizedText(en: "statement of purpose", cy: "datganiad o ddiben")
        default: LocalizedText(en: "'\(id)'", cy: "'\(id)'")
        }
    }
}
