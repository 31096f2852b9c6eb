import NodCore

private let surveysFolder = "surveys/"

extension EvidenceKind {
    /// Surveys of members, staff and the people supported: NAME.yaml describing each, NAME.csv with its answers.
    package static let surveys = EvidenceKind(
        id: "surveys", layout: .surveys(folder: surveysFolder), template: """
            Two files per survey with the same NAME: NAME.yaml describes it, NAME.csv holds the answers.
            NAME.yaml:
              instrument: swemwbs        # swemwbs | ons4 | control | voice | custom
              population: service-users
              invited: 120
              fielded: { start: 2025-11-01, end: 2025-11-30 }
              previous: surveys/2024-wellbeing.yaml   # optional, the earlier wave
            NAME.csv columns: respondent_id,class,date then the instrument's items:
              swemwbs: swemwbs_1 … swemwbs_7 (1–5)   ons4: life_satisfaction,worthwhile,happy,anxious (0–10)
              control: control_daily_life (1–4)      voice: say_in_care,treated_with_respect,choice_of_language (1–5)

            """,
        read: { router, evidence in evidence.surveys = router.surveys(in: surveysFolder) },
        copy: { from, to in to.surveys = from.surveys },
        counts: { [("surveys", $0.surveys.count), ("survey-responses", $0.surveys.reduce(0) { $0 + $1.responses.count })] })
}
