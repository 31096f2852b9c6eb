internal import CLibArchive
import Foundation

/// Reads a bundle archive held in memory into `BundleContents`, never touching the disk.
struct ArchiveBundleReader {
    let source: String
    let limits: BundleLimits

    func read(_ input: ArchiveInput) throws(BundleError) -> (BundleIntake, format: String) {
        try ThreadLocale.utf8 { () throws(BundleError) -> (BundleIntake, format: String) in try readInUTF8Locale(input) }
    }

    private func readInUTF8Locale(_ input: ArchiveInput) throws(BundleError) -> (BundleIntake, format: String) {
        if input.size == 0 {
            throw BundleError(.notAnArchive, source: source, "the file is empty, not an archive")
        }
        if let whole = input.wholeBytes {
            switch GzipInflater.inflate(whole, limit: Int(min(limits.ratioThresholdBytes, limits.maxTotalBytes))) {
            case .inflated(let unpacked):
                return try unpacked.withUnsafeBufferPointer { (bytes) throws(BundleError) in
                    try readEntries(ArchiveInput(bytes: UnsafeRawBufferPointer(bytes)), filters: ["gzip"])
                }
            case .damaged:
                throw BundleError(.truncated, source: source, "the gzip data is damaged (its checksum does not match what it holds); submit the archive again")
            case .elsewhere:
                break
            }
        }
        return try readEntries(input, filters: [])
    }

    /// Reads every entry of the archive `input` holds; `filters` were already undone before it.
    private func readEntries(_ input: ArchiveInput, filters unpacked: [String]) throws(BundleError) -> (BundleIntake, format: String) {
        try checkZipHasItsEnd(input)
        let handle = ArchiveReadHandle(input: input)
        if let error = handle.open() {
            throw classify(error, entry: nil, opening: true)
        }
        var intake = BundleIntake(source: source, limits: limits)
        var entry: OpaquePointer?
        while true {
            let status = archive_read_next_header(handle.archive, &entry)
            if status == ARCHIVE_EOF { break }
            guard status == ARCHIVE_OK || status == ARCHIVE_WARN, let entry else {
                throw classify(handle.errorText, entry: nil, opening: false)
            }
            try readEntry(entry, handle: handle, intake: &intake)
        }
        try checkNothingFollows(input, handle: handle)
        if archive_format(handle.archive) & ARCHIVE_FORMAT_BASE_MASK == ARCHIVE_FORMAT_ZIP {
            try checkCentralDirectoryAgrees(input, with: intake.claimedPaths)
        }
        // libarchive names its filters innermost first; the gzip undone before it was outermost.
        let filters = handle.filterNames + unpacked
        let format = filters.isEmpty ? handle.formatName : "\(handle.formatName) (\(filters.joined(separator: ", ")))"
        return (intake, format)
    }

    /// A tar ends with zero blocks; anything else after its end — a zip appended to it, say —
    /// is a second archive in one file, which another tool would read instead: refused. Checked
    /// where the tar's bytes are nod's own to see (a plain tar, or one inflated in memory).
    private func checkNothingFollows(_ input: ArchiveInput, handle: ArchiveReadHandle) throws(BundleError) {
        guard archive_format(handle.archive) & ARCHIVE_FORMAT_BASE_MASK == ARCHIVE_FORMAT_TAR, handle.filterNames.isEmpty else { return }
        var offset = Int(archive_filter_bytes(handle.archive, 0))
        while offset < input.size {
            guard let chunk = input.bytes(at: offset, upTo: 1 << 20), !chunk.isEmpty else { return }
            if let index = chunk.firstIndex(where: { $0 != 0 }) {
                throw BundleError(.notAnArchive, source: source,
                                  "\(input.size - offset - index) bytes follow the end of the tar archive (at byte \(offset + index)); one file must hold one archive")
            }
            offset += chunk.count
        }
    }

    /// A zip lists its files at its very end (the central directory and the end record after
    /// it). A zip cut short — an upload or a copy that stopped — has lost that end: it is said to
    /// be truncated before any entry is read (libarchive would report a decompression error
    /// in whichever entry the cut fell, or a mismatch of names).
    private func checkZipHasItsEnd(_ input: ArchiveInput) throws(BundleError) {
        guard let head = input.bytes(at: 0, upTo: 4), Array(head) == [0x50, 0x4B, 0x03, 0x04] else { return }
        // The end record is 22 bytes and a comment of at most 65 535, at the end of the file.
        let base = input.size - min(input.size, 22 + 0xFFFF)
        var tail: [UInt8] = []
        while base + tail.count < input.size {
            guard let chunk = input.bytes(at: base + tail.count, upTo: input.size - base - tail.count), !chunk.isEmpty else { break }
            tail.append(contentsOf: chunk)
        }
        guard !ZipCentralDirectory.hasEndRecord(tail) else { return }
        throw BundleError(.truncated, source: source,
                          "the zip is truncated: its end, which lists its files, is missing (an upload or copy stopped part way); send the whole file again")
    }

    /// libarchive names a zip's entries from their local headers; other tools from the central
    /// directory. Where the two name different files, or two central entries share one local
    /// header (overlapping entries), two tools would see two bundles in one file: refused.
    private func checkCentralDirectoryAgrees(_ input: ArchiveInput, with local: [String]) throws(BundleError) {
        let refusal = BundleError(.notAnArchive, source: source,
                                  "the zip's central directory and its local entries do not name the same files; one file must hold one bundle")
        // The central directory and the end records sit in the last bytes of the file: for the
        // 10 000 entries a bundle may hold, well inside its last 4 MiB.
        let base = input.size - min(input.size, 4 << 20)
        var tail: [UInt8] = []
        tail.reserveCapacity(input.size - base)
        while base + tail.count < input.size {
            guard let chunk = input.bytes(at: base + tail.count, upTo: input.size - base - tail.count), !chunk.isEmpty else { throw refusal }
            tail.append(contentsOf: chunk)
        }
        let found = tail.withUnsafeBytes { ZipCentralDirectory.entries($0, base: base, fileSize: input.size) }
        guard let central = found else { throw refusal }
        guard Set(central.map(\.localHeaderOffset)).count == central.count else { throw refusal }
        var names: [String] = []
        for entry in central where entry.name.last != UInt8(ascii: "/") {
            let text = String(decoding: entry.name, as: UTF8.self)
            guard let name = try? BundlePath.normalise(text, source: source) else { throw refusal }
            if !BundlePath.isIgnored(name.components) { names.append(name.path) }
        }
        guard names.sorted() == local.sorted() else { throw refusal }
    }

    private func readEntry(
        _ entry: OpaquePointer, handle: ArchiveReadHandle, intake: inout BundleIntake
    ) throws(BundleError) {
        let raw = try name(of: entry)
        try intake.countEntry(BundlePath.escaped(raw))
        let type = UInt32(archive_entry_filetype(entry))
        // `tar -C folder -czf x.tgz .`, Python's make_archive and bsdtar start with the folder
        // itself, named `./`: that is the root, not an entry.
        if type == nod_AE_IFDIR, BundlePath.namesTheRoot(raw) { return }
        let name = try BundlePath.normalise(raw, source: source)
        let components = name.components, path = name.path
        if archive_entry_hardlink(entry) != nil {
            throw BundleError(.hardlink, source: source, entry: path, "hard links are not allowed in a bundle")
        }
        if type == nod_AE_IFLNK || archive_entry_symlink(entry) != nil {
            throw BundleError(.link, source: source, entry: path, "symbolic links are not allowed in a bundle")
        }
        if type == nod_AE_IFDIR {
            // Finder's `__MACOSX/` folders are litter like their files: they must not make a
            // second top folder and stop the bundle's own folder being taken as its root.
            if !BundlePath.isIgnored(components) { intake.addDirectory(components) }
            return
        }
        guard type == nod_AE_IFREG else {
            throw BundleError(.device, source: source, entry: path,
                              "device files, sockets and pipes are not allowed in a bundle")
        }
        if BundlePath.isIgnored(components) { return }
        if archive_entry_is_encrypted(entry) != 0 {
            throw BundleError(.encrypted, source: source, entry: path, "encrypted entries cannot be audited; submit the bundle unencrypted")
        }
        try intake.claim(path)
        var stream = intake.stream(for: path)
        let consumedAtStart = handle.consumedBytes
        /// Charges bytes to the stream, refusing a ratio of output to input that only a bomb has.
        func take(_ bytes: UnsafeRawBufferPointer) throws(BundleError) {
            try intake.append(bytes, to: &stream)
            if stream.size > limits.ratioThresholdBytes {
                let consumed = max(1, handle.consumedBytes - consumedAtStart)
                if stream.size / consumed > limits.maxCompressionRatio {
                    throw BundleError(.compressionRatio, source: source, entry: path,
                                      "compression ratio over the limit of \(limits.maxCompressionRatio):1 (\(ByteCount.format(stream.size)) from \(ByteCount.format(consumed))); refused as a possible zip bomb")
                }
            }
            if intake.totalBytes > limits.aggregateRatioThresholdBytes {
                let consumed = max(1, handle.consumedBytes)
                if intake.totalBytes / consumed > limits.maxCompressionRatio {
                    throw BundleError(.compressionRatio, source: source, entry: path,
                                      "the archive's files together inflate more than \(limits.maxCompressionRatio):1 (\(ByteCount.format(intake.totalBytes)) from \(ByteCount.format(consumed))); refused as a possible zip bomb")
                }
            }
        }
        // Blocks are taken where libarchive holds them (no copy into a buffer of ours); a
        // sparse entry's holes are zeros, as `archive_read_data` would have filled them.
        var next: Int64 = 0
        while true {
            var block: UnsafeRawPointer?
            var count = 0
            var offset: Int64 = 0
            let status = archive_read_data_block(handle.archive, &block, &count, &offset)
            if status == ARCHIVE_EOF { break }
            guard status == ARCHIVE_OK else { throw classify(handle.errorText, entry: path, opening: false) }
            guard offset >= next else {
                throw BundleError(.unreadable, source: source, entry: path, "the archive could not be read: the entry's data blocks are out of order")
            }
            while next < offset {
                let run = Int(min(offset - next, Int64(Self.zeros.count)))
                try take(UnsafeRawBufferPointer(rebasing: Self.zeros[0..<run]))
                next += Int64(run)
            }
            if count > 0, let block { try take(UnsafeRawBufferPointer(start: block, count: count)) }
            next = offset + Int64(count)
        }
        intake.finish(stream, components: components)
    }

    /// 64 KiB of zeros, made once and never freed, for the holes of sparse entries.
    private nonisolated(unsafe) static let zeros: UnsafeRawBufferPointer = {
        let zeros = UnsafeMutableRawBufferPointer.allocate(byteCount: 64 << 10, alignment: 16)
        zeros.initializeMemory(as: UInt8.self, repeating: 0)
        return UnsafeRawBufferPointer(zeros)
    }()

    /// The entry's name, which must be UTF-8. nod reads under a UTF-8 locale, where
    /// libarchive's multibyte name is the UTF-8 name whenever there is one; asking for the
    /// UTF-8 form first made libarchive convert every name a second time. A name it could not
    /// give in the locale is asked for as UTF-8 before it is refused.
    private func name(of entry: OpaquePointer) throws(BundleError) -> String {
        let raw = archive_entry_pathname(entry).map { UnsafeRawBufferPointer(start: $0, count: strlen($0)) }
        if let raw, let text = String(validating: raw, as: UTF8.self) {
            return text
        }
        if let utf8 = archive_entry_pathname_utf8(entry) {
            return String(cString: utf8)
        }
        guard let raw else {
            throw BundleError(.badName, source: source, "an entry has no name")
        }
        let shown = String(decoding: raw, as: UTF8.self)
        throw BundleError(.badName, source: source, entry: BundlePath.escaped(shown), "entry name is not valid UTF-8")
    }

    /// Turns libarchive's error text into the refusal it stands for.
    private func classify(_ text: String, entry: String?, opening: Bool) -> BundleError {
        let lower = text.lowercased()
        if lower.contains("passphrase") || lower.contains("encrypt") {
            return BundleError(.encrypted, source: source, entry: entry, "encrypted archive or entry: \(text)")
        }
        if lower.contains("truncated") || lower.contains("premature end") || lower.contains("unexpected end")
            || lower.contains("damaged") && !opening {
            return BundleError(.truncated, source: source, entry: entry, "the archive is truncated or damaged: \(text)")
        }
        if opening || lower.contains("unrecognized archive format") {
            return BundleError(.notAnArchive, source: source, entry: entry,
                               "not a readable archive (zip, tar, tar.gz, tar.xz, tar.zst, tar.bz2 or 7z): \(text)")
        }
        return BundleError(.unreadable, source: source, entry: entry, "the archive could not be read: \(text)")
    }
}
