package import NodCore

/// Why a bundle was rejected, named in each language by the rejection's stable code; the
/// detail nod wrote (in English, naming the bundle's own paths) is quoted after it.
package enum RejectionReason {
    /// A refusal as a reader of `language` reads it: in English the located detail itself; in
    /// Welsh nod's Welsh for it when it has one, else the kind of problem in Welsh with the
    /// detail quoted as nod wrote it.
    package static func sentence(_ detail: String, code: String?, welsh: String? = nil, _ language: Language) -> String {
        guard language == .cy else { return detail }
        if let welsh, !welsh.isEmpty { return welsh }
        let summary = summary(code: code).cy
        return "\(summary.prefix(1).uppercased() + summary.dropFirst()). Manylion (yn Saesneg): “\(detail)”"
    }

    package static func summary(code: String?) -> LocalizedText {
        switch code {
        case "bundle.not-found": LocalizedText(en: "nothing at that path", cy: "dim byd yn y llwybr hwnnw")
        case "bundle.not-an-archive", "bundle.unreadable", "bundle.truncated":
            LocalizedText(en: "not a readable folder or archive", cy: "nid yw'n ffolder nac yn archif y gellir ei darllen")
        case "bundle.absolute-path", "bundle.traversal", "bundle.bad-name":
            LocalizedText(en: "a path that points outside the bundle or is not valid", cy: "llwybr sy'n pwyntio y tu allan i'r bwndel neu nad yw'n ddilys")
        case "bundle.link", "bundle.hardlink", "bundle.device":
            LocalizedText(en: "a link or special file, which a bundle may not hold", cy: "dolen neu ffeil arbennig, na chaiff bwndel ei chynnwys")
        case "bundle.duplicate-path": LocalizedText(en: "the same file twice", cy: "yr un ffeil ddwywaith")
        case "bundle.encrypted": LocalizedText(en: "an encrypted archive", cy: "archif wedi'i hamgryptio")
        case "bundle.too-many-entries", "bundle.too-many-bytes", "bundle.file-too-large", "bundle.compression-ratio":
            LocalizedText(en: "larger than the limits allow", cy: "mwy nag y mae'r terfynau'n ei ganiatáu")
        case "bundle.no-manifest": LocalizedText(en: "no manifest.yaml", cy: "dim manifest.yaml")
        case "bundle.bad-manifest": LocalizedText(en: "an error in manifest.yaml", cy: "gwall yn manifest.yaml")
        case "batch.internal-error": LocalizedText(en: "nod stopped while auditing it; the batch went on", cy: "stopiodd nod wrth ei archwilio; aeth y swp yn ei flaen")
        case "batch.report-not-written": LocalizedText(en: "its report could not be written", cy: "nid oedd modd ysgrifennu ei adroddiad")
        case "batch.bad-name": LocalizedText(en: "a name that is not valid UTF-8", cy: "enw nad yw'n UTF-8 dilys")
        case "batch.not-a-bundle.pdf": LocalizedText(en: "a PDF, not an archive", cy: "PDF, nid archif")
        case "batch.not-a-bundle.xlsx", "batch.not-a-bundle.xls", "batch.not-a-bundle.ods":
            LocalizedText(en: "a spreadsheet, not an archive", cy: "taenlen, nid archif")
        case "batch.not-a-bundle.docx", "batch.not-a-bundle.doc", "batch.not-a-bundle.odt", "batch.not-a-bundle.rtf",
             "batch.not-a-bundle.pptx", "batch.not-a-bundle.odp":
            LocalizedText(en: "a document, not an archive", cy: "dogfen, nid archif")
        case "batch.not-a-bundle.picture": LocalizedText(en: "a picture, not an archive", cy: "llun, nid archif")
        case "batch.not-a-bundle.text": LocalizedText(en: "a text file, not an archive", cy: "ffeil destun, nid archif")
        case "batch.not-a-bundle.file": LocalizedText(en: "a file that is not an archive", cy: "ffeil nad yw'n archif")
        case "batch.not-a-bundle.manifest":
            LocalizedText(en: "a manifest.yaml on its own, without its folder", cy: "manifest.yaml ar ei ben ei hun, heb ei ffolder")
        case "batch.not-a-bundle.folder": LocalizedText(en: "a folder without manifest.yaml", cy: "ffolder heb manifest.yaml")
        case "batch.not-a-bundle.manifest-below":
            LocalizedText(en: "a folder without manifest.yaml; a bundle further down was audited on its own",
                          cy: "ffolder heb manifest.yaml; archwiliwyd bwndel yn is i lawr ar ei ben ei hun")
        case "batch.not-a-bundle.link": LocalizedText(en: "a link, which a batch does not follow", cy: "dolen, nad yw swp yn ei dilyn")
        case "batch.not-a-bundle.special": LocalizedText(en: "not a regular file", cy: "nid yw'n ffeil arferol")
        default: LocalizedText(en: "rejected", cy: "gwrthodwyd")
        }
    }
}
