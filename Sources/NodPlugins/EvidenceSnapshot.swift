import Foundation
import NodCore
package import NodEvidence

/// The normalised evidence model as plug-ins receive it (the `evidence` of a check request):
/// the same parsed view the built-in checkers use, as plain JSON, every record with its citation.
package struct EvidenceSnapshot: Encodable, Sendable {
    struct Cited<T: Encodable & Sendable>: Encodable, Sendable {
        var value: T
        var path: String
        var line: Int?
    }

    struct Organisation: Encodable, Sendable {
        var name, model, legalForm, nation: String
        var charitable, regulatedService: Bool
        enum CodingKeys: String, CodingKey { case name, model, legalForm = "legal-form", nation, charitable, regulatedService = "regulated-service" }
    }

    struct Person: Encodable, Sendable {
        var id, stakeholderClass: String
        var joined: String
        var left: String?
        var path: String
        var line: Int
        enum CodingKeys: String, CodingKey { case id, stakeholderClass = "class", joined, left, path, line }
    }

    struct Meeting: Encodable, Sendable {
        var path, kind, date: String
        var attendance: [String: Int]
        var directorsPresent: [String]
        var resolutions: [String]
        var text: [String]
        var firstTextLine: Int
        enum CodingKeys: String, CodingKey {
            case path, kind, date, attendance, directorsPresent = "directors-present", resolutions, text, firstTextLine = "first-text-line"
        }
    }

    struct Survey: Encodable, Sendable {
        var name, instrument, population, path: String
        var responses: [[String: String]]
    }

    var bundleSHA256: String
    var organisation: Organisation
    var period: DatePeriod
    var stakeholderClasses: [String]
    var members: [Person]
    var directors: [Person]
    var meetings: [Meeting]
    var surveys: [Survey]
    var files: [String]

    enum CodingKeys: String, CodingKey {
        case bundleSHA256 = "bundle-sha256", organisation, period, stakeholderClasses = "stakeholder-classes", members, directors, meetings, surveys, files
    }

    package init(_ model: EvidenceModel) {
        let organisation = model.manifest.organisation
        bundleSHA256 = model.digest
        self.organisation = Organisation(name: organisation.name, model: organisation.model.rawValue, legalForm: organisation.legalForm.rawValue,
                                         nation: organisation.nation.rawValue, charitable: organisation.charitable,
                                         regulatedService: organisation.regulatedService)
        period = model.manifest.period.value
        stakeholderClasses = model.manifest.stakeholderClasses.map(\.rawValue)
        members = (model.members.value ?? []).map {
            Person(id: $0.id, stakeholderClass: $0.stakeholderClass.rawValue, joined: $0.joined.description, left: $0.left?.description,
                   path: $0.location.file, line: $0.location.line)
        }
        directors = (model.directors.value ?? []).map {
            Person(id: $0.id, stakeholderClass: $0.stakeholderClass.rawValue, joined: $0.firstElected.description, left: $0.left?.description,
                   path: $0.location.file, line: $0.location.line)
        }
        meetings = model.meetings.map { meeting in
            Meeting(path: meeting.path, kind: meeting.kind.value.rawValue, date: meeting.date.value.description,
                    attendance: Dictionary(uniqueKeysWithValues: (meeting.attendance?.value.values ?? [:]).map { ($0.key.rawValue, $0.value) }),
                    directorsPresent: meeting.directorsPresent?.value ?? [], resolutions: meeting.resolutions.map(\.kind.rawValue),
                    text: meeting.text.lines, firstTextLine: meeting.text.firstLine)
        }
        surveys = model.surveys.map { survey in
            Survey(name: survey.name, instrument: survey.description.instrument.value.rawValue,
                   population: survey.description.population.value.rawValue, path: survey.responsesPath, responses: survey.responses.map(\.cells))
        }
        files = model.files.map(\.path)
    }
}
