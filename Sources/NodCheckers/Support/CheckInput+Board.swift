import NodCore
import NodEngine
import NodEvidence

extension CheckInput {
    /// Whether the constitution sets up a board; a co-op without one decides at general meetings.
    var hasBoard: Bool { manifest.constitution.hasBoard }

    /// The result of a rule about the board for a co-op whose constitution has none.
    static let noBoard = CheckOutcome.notApplicable(
        "The constitution has no board: the members decide everything at general meetings (constitution.board: false).",
        "Nid oes bwrdd yn y cyfansoddiad: mae'r aelodau'n penderfynu popeth mewn cyfarfodydd cyffredinol (constitution.board: false).")
}
