import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What a file found by a batch is: an archive to audit, or something else named in words a
/// secretary would use ("a PDF, not an archive"). Decided by the name's extension, and for a
/// regular file also by its first bytes, read without blocking and without following a link.
enum FileKind: Equatable {
    case archive
    case other(reason: String, code: String)

    /// `mode` is the `S_IFMT` part of the item's `lstat` (`stat` when `explicitlyNamed`).
    static func of(_ path: String, mode: mode_t, explicitlyNamed: Bool) -> FileKind {
        let name = (path as NSString).lastPathComponent
        if BundleFinder.isArchive(name) { return .archive }
        guard mode == S_IFREG else {
            // A pipe or device named on the command line goes to the reader, which refuses it
            // without waiting; one met while searching is a row here.
            if explicitlyNamed { return .archive }
            let what = mode == S_IFLNK ? "a link, which a batch does not follow" : "not a regular file (a pipe, socket or device)"
            return .other(reason: "\(what), so not a bundle", code: mode == S_IFLNK ? "batch.not-a-bundle.link" : "batch.not-a-bundle.special")
        }
        let head = firstBytes(path, count: 8)
        let ext = (name as NSString).pathExtension.lowercased()
        if let office = officeFormats[ext] {
            return .other(reason: "\(office), not an archive: put it in the bundle's folder and name it in manifest.yaml",
                          code: "batch.not-a-bundle.\(ext)")
        }
        if archiveMagic.contains(where: { head.starts(with: $0) }) { return .archive }
        if head.starts(with: Array("%PDF".utf8)) || ext == "pdf" {
            return .other(reason: "a PDF, not an archive: put it in the bundle's folder and name it in manifest.yaml", code: "batch.not-a-bundle.pdf")
        }
        if let picture = pictureFormats[ext] { return .other(reason: "\(picture), not an archive", code: "batch.not-a-bundle.picture") }
        if name == "manifest.yaml" { return .other(reason: "a manifest.yaml on its own; a bundle is the folder that holds it", code: "batch.not-a-bundle.manifest") }
        if ["txt", "md", "csv", "yaml", "yml", "json"].contains(ext) {
            return .other(reason: "a text file (.\(ext)), not an archive or a bundle's folder", code: "batch.not-a-bundle.text")
        }
        let shownExtension = ext.isEmpty ? "" : " (.\(ext))"
        return .other(reason: "a file\(shownExtension) that is not an archive nod reads (.zip, .tar.gz, .7z …)", code: "batch.not-a-bundle.file")
    }

    /// Zip (and empty zip), gzip, xz, zstd, bzip2, 7-Zip. A tar has its mark at byte 257, and
    /// is named .tar in practice.
    private static let archiveMagic: [[UInt8]] = [
        [0x50, 0x4B, 0x03, 0x04], [0x50, 0x4B, 0x05, 0x06], [0x1F, 0x8B], [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00],
        [0x28, 0xB5, 0x2F, 0xFD], [0x42, 0x5A, 0x68], [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C],
    ]

    /// Office files are zip archives inside, but never bundles.
    private static let officeFormats: [String: String] = [
        "xlsx": "a spreadsheet (.xlsx)", "xls": "a spreadsheet (.xls)", "ods": "a spreadsheet (.ods)",
        "docx": "a document (.docx)", "doc": "a document (.doc)", "odt": "a document (.odt)", "rtf": "a document (.rtf)",
        "pptx": "a presentation (.pptx)", "odp": "a presentation (.odp)",
    ]

    private static let pictureFormats: [String: String] = [
        "png": "a picture (.png)", "jpg": "a picture (.jpg)", "jpeg": "a picture (.jpeg)", "gif": "a picture (.gif)",
        "heic": "a picture (.heic)", "webp": "a picture (.webp)", "tif": "a picture (.tif)", "tiff": "a picture (.tiff)",
    ]

    /// Up to `count` bytes from the start of a regular file; empty when it cannot be opened.
    private static func firstBytes(_ path: String, count: Int) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return [] }
        defer { close(descriptor) }
        var bytes = [UInt8](repeating: 0, count: count)
        let got = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, count) }
        return got > 0 ? Array(bytes.prefix(got)) : []
    }
}
