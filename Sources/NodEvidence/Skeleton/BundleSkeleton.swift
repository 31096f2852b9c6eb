package import NodCore

/// The documented, empty bundle that `nod init` writes: every file of bundle.md, CSVs with
/// their header rows, YAML with commented examples, and a TEMPLATE.txt in each folder whose
/// files are one-per-document (a .txt file is an attachment, so templates are never parsed).
///
/// It reads cleanly with `nod inspect`; filled in like the example, it audits.
package enum BundleSkeleton {
    package struct File: Sendable {
        package var path: String
        package var text: String
    }

    package static func files(model: CoopModel, language: Language, period: DatePeriod) -> [File] {
        let cy = language == .cy
        var files = [File(path: "manifest.yaml", text: manifest(model: model, language: language, period: period)),
                     File(path: "GUIDE.md", text: cy ? guideCy : guideEn)]
        for (path, header) in csvHeaders { files.append(File(path: path, text: header + "\n")) }
        for (folder, template) in templates { files.append(File(path: "\(folder)/TEMPLATE.txt", text: template)) }
        files.append(File(path: "policies/README.txt", text: """
            Put each policy here (Markdown or PDF) and list it under `policies:` in manifest.yaml with
            the date it was last reviewed and the languages it is available in.
            Rhowch bob polisi yma a'i restru o dan `policies:` yn manifest.yaml.

            """))
        return files
    }

    static let csvHeaders: [(String, String)] = [
        ("members/register.csv", "member_id,class,joined,left,votes,shares,name"),
        ("board/directors.csv", "director_id,class,route,first_elected,member_id,last_elected,trained,left"),
        ("staff/register.csv", "staff_id,role,started,left,member_id"),
        ("staff/supervision.csv", "staff_id,date,kind"),
        ("staff/training.csv", "staff_id,course,completed"),
        ("logs/complaints.csv", "complaint_id,received,acknowledged,responded,action,outcome"),
        ("logs/safeguarding.csv", "concern_id,raised,action,referral,outcome"),
        ("logs/whistleblowing.csv", "concern_id,raised,action,outcome"),
    ]

    static func manifest(model: CoopModel, language: Language, period: DatePeriod) -> String {
        """
        # manifest.yaml — who the co-op is and which year is audited. Required.
        # Every key is explained in GUIDE.md; lines starting with # are examples to copy.
        bundle-format: 1
        organisation:
          name: "Your co-operative's registered name"
          # registration: { register: fca-mutuals, number: "RS000000" }
          model: \(model.rawValue)            # worker | user-led | consumer | multi-stakeholder | producer
          legal-form: co-operative-society    # or community-benefit-society, company-limited-by-guarantee, …
          charitable: false
          nation: wales                       # wales | england | scotland | northern-ireland
          regulated-service: true             # registered with Care Inspectorate Wales (or CQC, …)
          services: [domiciliary-support]
        period: { start: \(period.start), end: \(period.end) }   # the financial year audited
        currency: GBP
        language: \(language.rawValue)                          # the report language you prefer: cy | en
        stakeholder-classes: [workers, service-users, carers, community]
        constitution:                         # what your registered rules say
          voting: one-member-one-vote         # or weighted-by-class (multi-stakeholder only) with class-weights
          # class-weights: { workers: 40, service-users: 30, carers: 10, community: 20 }
          quorum: { general: "max(2, 10%)", board: "max(2, 50%)" }
          notice-days: 14
          interest-cap-percent: 5
          dividend-cap-percent: 0
          asset-lock: true
        policies: []
          # - { id: safeguarding, file: policies/safeguarding.pdf, reviewed: \(period.start), languages: [cy, en] }
          # ids: safeguarding, complaints, whistleblowing, control-restraint, staff-support, staff-discipline,
          #      membership, community, equality, data-protection, health-safety, welsh-language, statement-of-purpose
        memberships: []
          # - { name: Cwmpas, since: 2019-05-01 }
        # welsh-language:
        #   staff-total: 40
        #   staff-welsh-speaking: 14
        #   users-total: 96
        #   users-language-recorded: 96
        #   users-preferring-welsh: 12
        #   users-served-in-welsh: 11

        """
    }

    static let templates: [(String, String)] = [
        ("minutes", """
            One file per meeting, named like 2025-09-20-agm.md. Copy everything between the lines.
            Un ffeil i bob cyfarfod. Copïwch bopeth rhwng y llinellau.
            ----------------------------------------------------------------
            ---
            meeting: agm            # agm | general | board | members-forum | committee
            date: 2025-09-20
            notice-given: 2025-09-01
            attendance: { workers: 12, service-users: 8, carers: 2, community: 3 }
            proxies: 2
            # directors-present: [D01, D02]          (board meetings)
            # conflicts-declared: [ { director: D02, item: "contract", withdrew: true } ]
            agenda: [accounts, elections]
            elections:
              - { member_id: M014, class: service-users, seat: board, result: elected }
            resolutions:
              - { id: R1, kind: accounts-approval, text: "Approve the accounts", result: passed, for: 22, against: 1, abstain: 2 }
            co-production:
              - { decision: "New evening visit rota", with: [service-users, carers] }
            published: 2025-10-02
            languages: [cy, en]
            ---
            The minutes' text.
            ----------------------------------------------------------------

            """),
        ("visits", """
            One file per responsible-individual visit, named like 2025-07-15-ri-visit.md:
            ---
            kind: ri-visit
            date: 2025-07-15
            place: Dyffryn Tywi
            people-spoken-to: 6
            staff-met: 5
            records-checked: [care plans, medication records]
            ---
            Notes of the visit.

            """),
        ("reviews", """
            One file per quality-of-care review (at least six-monthly), named like 2025-09-30-quality-of-care.md:
            ---
            kind: quality-of-care-review
            date: 2025-09-30
            period: { start: 2025-04-01, end: 2025-09-30 }
            covers: [engagement, incidents, safeguarding, whistleblowing, complaints, records-audit]
            recommendations: 3
            consulted: [service-users, carers, workers]
            ---
            The review.

            """),
        ("accounts", """
            One YAML file per financial year, named like 2024-25.yaml (money in pounds, as decimals):
            period: { start: 2024-04-01, end: 2025-03-31 }
            income: { total: 812000, trading: 790000, grants: 22000 }
            expenditure: { total: 798000, staff: 640000, training: 12800 }
            surplus: 14000                  # must equal income.total - expenditure.total
            total-assets: 310000
            share-capital: 4200
            interest-on-shares: 0
            distributions: { member-dividend: 0, equity-dividend: 0, community: 5000 }
            reserves: 96000
            scrutiny: accountant-report     # audit | accountant-report | independent-examination | none
            published: 2025-10-02

            """),
        ("regulator", """
            One YAML file per document, named as you like (fca-annual-return-2025.yaml):
            kind: fca-annual-return   + submitted: 2025-10-20, year-end: 2025-03-31
            kind: ciw-inspection      + date, ratings: { well-being: good, care-and-support: good,
                                        environment: n/a, leadership-and-management: good }, active-offer: provides
            kind: rating-display      + website: true, premises: true   (or exempt)
            kind: ciw-annual-return   + submitted, languages: [cy, en], complaints-total: 3

            """),
        ("surveys", """
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

            """),
        ("social-value", """
            One YAML file per social account, named like 2024-25-sroi.yaml:
            method: sroi              # sroi | prove-it | balanced-scorecard | other
            period: { start: 2024-04-01, end: 2025-03-31 }
            ratio: 4.20
            stakeholders-engaged: [workers, service-users, carers, community]
            sensitivity-analysis: true
            assured-by: "Name of the assurer"
            presented-at: minutes/2025-09-20-agm.md

            """),
    ]

    static let guideEn = """
        # Your evidence bundle

        Fill this folder with the evidence of one financial year, then check it with
        `nod inspect .` and `nod audit . --profile self-check`.

        - `manifest.yaml` — required: who you are, the year, your constitution and policies.
        - `members/register.csv`, `board/directors.csv` — one row per member and per director.
        - `staff/*.csv` — workforce, supervision and appraisal, training.
        - `minutes/`, `visits/`, `reviews/` — one Markdown file per meeting, visit or review; see each TEMPLATE.txt.
        - `accounts/`, `regulator/`, `social-value/` — one YAML file per year or document; see each TEMPLATE.txt.
        - `logs/*.csv` — complaints, safeguarding and whistleblowing (keep the header even when empty).
        - `surveys/` — NAME.yaml and NAME.csv for each survey.
        - `policies/` and anything else — attachments: hashed, listed and citeable.

        CSV files: UTF-8, comma-separated, first row the header; a blank cell is a missing value.
        Dates: YYYY-MM-DD. The TEMPLATE.txt and README.txt files can stay: they are never parsed.

        """

    static let guideCy = """
        # Eich bwndel tystiolaeth

        Llenwch y ffolder hon â thystiolaeth un flwyddyn ariannol, yna gwiriwch hi gyda
        `nod inspect .` a `nod audit . --profile self-check --lang cy`.

        - `manifest.yaml` — gofynnol: pwy ydych chi, y flwyddyn, eich cyfansoddiad a'ch polisïau.
        - `members/register.csv`, `board/directors.csv` — un rhes i bob aelod ac i bob cyfarwyddwr.
        - `staff/*.csv` — gweithlu, goruchwyliaeth ac arfarnu, hyfforddiant.
        - `minutes/`, `visits/`, `reviews/` — un ffeil Markdown i bob cyfarfod, ymweliad neu adolygiad; gweler TEMPLATE.txt.
        - `accounts/`, `regulator/`, `social-value/` — un ffeil YAML i bob blwyddyn neu ddogfen; gweler TEMPLATE.txt.
        - `logs/*.csv` — cwynion, diogelu a chwythu'r chwiban (cadwch y pennawd hyd yn oed os yw'n wag).
        - `surveys/` — NAME.yaml a NAME.csv ar gyfer pob arolwg.
        - `policies/` ac unrhyw beth arall — atodiadau: wedi'u stwnsio, eu rhestru ac y gellir eu dyfynnu.

        Ffeiliau CSV: UTF-8, wedi'u gwahanu gan goma, y rhes gyntaf yn bennawd; mae cell wag yn werth coll.
        Dyddiadau: BBBB-MM-DD. Gall y ffeiliau TEMPLATE.txt a README.txt aros: ni chânt eu dosrannu byth.

        """
}
