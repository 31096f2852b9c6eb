package import NodCore

/// The documented, empty bundle that `nod init` writes: every file of docs/bundle.md, CSVs with
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
        for kind in EvidenceKind.all {
            if case .table(let path, let header) = kind.layout { files.append(File(path: path, text: header + "\n")) }
        }
        for kind in skeletonTemplateOrder {
            if let template = kind.template { files.append(File(path: "\(kind.path)TEMPLATE.txt", text: template)) }
        }
        files.append(File(path: "policies/README.txt", text: """
            Put each policy here (Markdown or PDF) and list it under `policies:` in manifest.yaml with
            the date it was last reviewed and the languages it is available in.
            Rhowch bob polisi yma a'i restru o dan `policies:` yn manifest.yaml.

            """))
        return files
    }

    /// The manifest to fill in, its comments and placeholder name in the co-op's language (the
    /// keys and values are the format's own, the same in both).
    static func manifest(model: CoopModel, language: Language, period: DatePeriod) -> String {
        let words = ManifestWords(language)
        return """
        # \(words.heading)
        # \(words.howTo)
        bundle-format: 1
        organisation:
          name: "\(words.name)"
          # registration: { register: fca-mutuals, number: "RS000000" }
          model: \(model.rawValue)            # worker | user-led | consumer | multi-stakeholder | producer
          legal-form: co-operative-society    # \(words.legalForm)
          charitable: false
          nation: wales                       # wales | england | scotland | northern-ireland
          regulated-service: true             # \(words.regulated)
          services: [domiciliary-support]
        period: { start: \(period.start), end: \(period.end) }   # \(words.period)
        currency: GBP
        language: \(language.rawValue)                          # \(words.language)
        stakeholder-classes: [workers, service-users, carers, community]
        constitution:                         # \(words.constitution)
          voting: one-member-one-vote         # \(words.voting)
          # class-weights: { workers: 40, service-users: 30, carers: 10, community: 20 }
          quorum: { general: "max(2, 10%)", board: "max(2, 50%)" }
          notice-days: 14
          interest-cap-percent: 5
          dividend-cap-percent: 0
          # asset-lock: true                  # \(words.assetLock)
          # board: false                      # \(words.noBoard)
        policies: []
          # - { id: safeguarding, file: policies/safeguarding.pdf, reviewed: \(period.start), languages: [cy, en] }
          # \(words.ids): safeguarding, complaints, whistleblowing, control-restraint, staff-support, staff-discipline,
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

    /// The manifest's comments in one language.
    struct ManifestWords {
        var heading, howTo, name, legalForm, regulated, period, language, constitution, voting, assetLock, noBoard, ids: String

        init(_ language: Language) {
            switch language {
            case .en:
                heading = "manifest.yaml — who the co-op is and which year is audited. Required."
                howTo = "Every key is explained in GUIDE.md; lines starting with # are examples to copy."
                name = "Your co-operative's registered name"
                legalForm = "or community-benefit-society, company-limited-by-guarantee, …"
                regulated = "registered with Care Inspectorate Wales (or CQC, …)"
                period = "the financial year audited"
                self.language = "the report language you prefer: cy | en"
                constitution = "what your registered rules say"
                voting = "or weighted-by-class (multi-stakeholder only) with class-weights"
                assetLock = "only if your registered rules lock the assets"
                noBoard = "only if your rules have no board (members decide everything)"
                ids = "ids"
            case .cy:
                heading = "manifest.yaml — pwy yw'r gydweithfa a pha flwyddyn a archwilir. Gofynnol."
                howTo = "Mae GUIDE.md yn esbonio pob allwedd; mae llinellau sy'n dechrau â # yn enghreifftiau i'w copïo."
                name = "Enw cofrestredig eich cydweithfa"
                legalForm = "neu community-benefit-society, company-limited-by-guarantee, …"
                regulated = "wedi'i chofrestru ag Arolygiaeth Gofal Cymru (neu CQC, …)"
                period = "y flwyddyn ariannol a archwilir"
                self.language = "iaith yr adroddiad sydd orau gennych: cy | en"
                constitution = "beth mae eich rheolau cofrestredig yn ei ddweud"
                voting = "neu weighted-by-class (aml-randdeiliad yn unig) gyda class-weights"
                assetLock = "dim ond os yw eich rheolau cofrestredig yn cloi'r asedau"
                noBoard = "dim ond os nad oes bwrdd yn eich rheolau (yr aelodau sy'n penderfynu popeth)"
                ids = "dynodwyr"
            }
        }
    }

    /// The folders of one-file-per-document evidence, in the order `nod init` writes their templates.
    static let skeletonTemplateOrder: [EvidenceKind] = [.meetings, .visits, .reviews, .accounts, .regulatorDocuments, .surveys, .socialValue]

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
