import NodCore
import NodReport

/// Why a bundle was refused, for its page: in English the located message itself (which file,
/// which limit); in Welsh the kind of problem in Welsh, then the located detail as nod wrote it.
enum RefusalText {
    static func rejection(_ reason: String, code: String?, _ language: Language) -> String {
        RejectionReason.sentence(InertText.clean(reason), code: code, language)
    }
}
