import Foundation
import NodCore
import NodYAML

/// Reads the files of each evidence kind, collecting problems and remembering which paths
/// it used (the rest are attachments).
struct FileRouter {
    let files: [String: BundleFile]
    let limits: YAMLLimits
    private(set) var claimed: Set<String> = []
    private(set) var problems: [Problem] = []

    init(files: [String: BundleFile], limits: YAMLLimits) {
        self.files = files
        self.limits = limits
    }

    /// Direct children of `folder` with one of `extensions`, sorted by path.
    private func paths(in folder: String, extensions: Set<String>) -> [String] {
        var folder = folder
        return folder.withUTF8 { folder in
            files.keys.filter { path in
                guard Self.isChild(path, of: folder), let fileExtension = BundleFile.fileExtension(of: path) else { return false }
                return extensions.contains(fileExtension)
            }
        }.sorted()
    }

    /// Whether `path` is directly inside `folder` (which ends in `/`). Bytes, not characters:
    /// paths are NFC already, and `/` is ASCII.
    private static func isChild(_ path: String, of folder: UnsafeBufferPointer<UInt8>) -> Bool {
        var path = path
        return path.withUTF8 { path in
            path.count > folder.count && (folder.isEmpty || memcmp(path.baseAddress!, folder.baseAddress!, folder.count) == 0)
                && !path[folder.count...].contains(UInt8(ascii: "/"))
        }
    }

    mutating func table<Record: CSVRecordType>(_ path: String) -> EvidenceFile<[Record]> {
        guard let content = files[path]?.content else {
            spreadsheetInsteadOf(path)
            return .absent(path: path)
        }
        claimed.insert(path)
        do throws(Problem) {
            let (records, rowProblems) = try Record.readAll(content, path: path)
            problems += rowProblems
            return .read(path: path, value: records)
        } catch {
            problems.append(error)
            return .unusable(path: path, problem: error)
        }
    }

    /// A table saved as a spreadsheet where its CSV belongs (`members/register.xlsx`) is named
    /// as a problem that says what to do, rather than left as a file nobody read.
    private mutating func spreadsheetInsteadOf(_ path: String) {
        let stem = (path as NSString).deletingPathExtension
        for ending in ["xlsx", "xls", "ods", "numbers"] where files["\(stem).\(ending)"] != nil {
            problems.append(Problem(code: .evidenceSpreadsheetNotCSV, location: FileLocation(file: "\(stem).\(ending)"),
                                    message: "a spreadsheet, which nod does not read; save it as CSV (UTF-8) named \(path)",
                                    welsh: "taenlen, nad yw nod yn ei darllen; cadwch hi fel CSV (UTF-8) o'r enw \(path)", scope: .file))
        }
    }

    mutating func yaml<T: YAMLReadable>(in folder: String, as type: T.Type) -> [T] {
        paths(in: folder, extensions: ["yaml", "yml"]).compactMap { path in
            claimed.insert(path)
            return read(T.self, path: path)
        }
    }

    private mutating func read<T: YAMLReadable>(_ type: T.Type, path: String) -> T? {
        guard let content = files[path]?.content else { return nil }
        do throws(YAMLError) {
            return try YAMLDocument.read(T.self, from: content, file: path, limits: limits)
        } catch {
            problems.append(error.problem)
            return nil
        }
    }

    /// Markdown files with front matter; `attach` gives each value its text.
    mutating func markdown<T: YAMLReadable>(in folder: String, as type: T.Type, attach: (inout T, MarkdownText) -> Void) -> [T] {
        paths(in: folder, extensions: ["md", "markdown"]).compactMap { path in
            claimed.insert(path)
            guard let content = files[path]?.content else { return nil }
            do throws(YAMLError) {
                let document = try FrontMatterDocument.split(content, file: path)
                guard let frontMatter = document.yaml else {
                    problems.append(Problem(code: .evidenceNoFrontMatter, location: FileLocation(file: path, line: 1, column: 1),
                                            message: "the file has no front matter; it must start with a '---' block", scope: .file))
                    return nil
                }
                let node = try YAMLDocument.parseRequired(frontMatter, file: path, lineOffset: document.yamlLineOffset, limits: limits)
                var value = try T(yaml: YAMLValue(node))
                attach(&value, MarkdownText(firstLine: document.bodyFirstLine, text: document.bodyText, lineStarts: document.bodyLineStarts))
                return value
            } catch {
                problems.append(error.problem)
                return nil
            }
        }
    }

    /// `FOLDER/NAME.yaml` paired with `FOLDER/NAME.csv`.
    mutating func surveys(in folder: String) -> [Survey] {
        var result: [Survey] = []
        let descriptions = paths(in: folder, extensions: ["yaml", "yml"])
        let responseFiles = Set(paths(in: folder, extensions: ["csv"]))
        var paired: Set<String> = []
        for path in descriptions {
            claimed.insert(path)
            let name = String(path.dropFirst(folder.count).prefix { $0 != "." })
            let csvPath = "\(folder)\(name).csv"
            paired.insert(csvPath)
            guard let description = read(SurveyDescription.self, path: path) else {
                claimed.insert(csvPath)
                continue
            }
            guard responseFiles.contains(csvPath), let content = files[csvPath]?.content else {
                problems.append(Problem(code: .evidenceMissingResponses, location: FileLocation(file: path, line: 1, column: 1),
                                        message: "no responses file '\(csvPath)' for this survey", scope: .file))
                continue
            }
            claimed.insert(csvPath)
            do throws(Problem) {
                let (responses, rowProblems) = try SurveyResponsesReader.read(content, path: csvPath, instrument: description.instrument.value)
                problems += rowProblems
                result.append(Survey(name: name, description: description, responsesPath: csvPath, responses: responses))
            } catch {
                problems.append(error)
            }
        }
        for orphan in responseFiles.subtracting(paired).sorted() {
            claimed.insert(orphan)
            problems.append(Problem(code: .evidenceMissingSurveyDescription, location: FileLocation(file: orphan, line: 1, column: 1),
                                    message: "no description '\(orphan.dropLast(4)).yaml' for these responses", scope: .file))
        }
        return result
    }
}
