import ArgumentParser
import Foundation
import NodAudit
import NodCore
import NodEvidence

/// `nod init DIR`: a documented, empty bundle a co-op can fill in.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write an empty, documented evidence bundle to fill in.",
        discussion: HelpText.flow("""
        Writes manifest.yaml (with commented examples), every CSV with its header row, a
        TEMPLATE.txt in each folder of one-file-per-document evidence, and GUIDE.md. The result
        passes 'nod inspect'; fill it in like Examples/gofal-dyffryn, then run
        'nod audit DIR --profile self-check'. DIR must be empty or not exist.

        Examples:
          nod init gofal-2026 --model user-led --lang cy
        """))

    @Argument(help: ArgumentHelp("The folder to create.", valueName: "dir"))
    var directory: String

    @Option(help: "The co-operative model: worker, user-led, consumer, multi-stakeholder or producer.")
    var model: CoopModel = .multiStakeholder

    @Option(help: "Language of the guide and preferred report language: cy or en.")
    var lang: Language = .cy

    @Option(help: ArgumentHelp("First day of the financial year to audit (YYYY-MM-DD). Default: the last complete April–March year.", valueName: "date"))
    var periodStart: String?

    func validate() throws {
        if directory.isEmpty { throw ValidationError("the folder to create has no name") }
        try DateArgument.validate(periodStart, option: "--period-start")
    }

    func run() throws {
        let url = URL(fileURLWithPath: directory)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) {
            let empty = isDirectory.boolValue && ((try? FileManager.default.contentsOfDirectory(atPath: url.path))?.isEmpty ?? false)
            guard empty else {
                StandardError.write("\(directory): error: \(isDirectory.boolValue ? "the folder is not empty" : "a file of that name exists"); nod init writes only into a new or empty folder")
                throw ExitCode(ExitStatus.usage)
            }
        }
        let today = LocalDate.today
        let defaultStart = LocalDate(year: today.month >= 4 ? today.year - 1 : today.year - 2, month: 4, day: 1)!
        let start = periodStart.flatMap { LocalDate(iso8601: $0) } ?? defaultStart
        let period = DatePeriod(start: start, end: start.adding(months: 12).adding(days: -1))
        do {
            for file in BundleSkeleton.files(model: model, language: lang, period: period) {
                let target = url.appendingPathComponent(file.path)
                try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.text.utf8).write(to: target, options: .withoutOverwriting)
            }
        } catch {
            StandardError.write("\(directory): error: the bundle could not be written: \((error as NSError).localizedDescription)")
            throw ExitCode(ExitStatus.usage)
        }
        StandardOutput.write("Wrote an empty bundle to \(directory) for \(period). Next: edit \(directory)/manifest.yaml, then run 'nod inspect \(directory)'.\n")
    }
}

extension CoopModel: ExpressibleByArgument {}
