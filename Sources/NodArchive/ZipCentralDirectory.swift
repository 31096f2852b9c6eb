/// The names a zip's central directory gives its entries, read from the bytes themselves.
///
/// libarchive lists a zip's entries from its central directory but names each from its local
/// header; a tool such as `unzip` or Python's zipfile names them from the central directory.
/// Where the two disagree, or two entries share one local header (overlapping entries), two
/// tools would read two different bundles from one file, so nod refuses it. This reader knows
/// only what that check needs: the end-of-central-directory record (and its zip64 form), and
/// each central header's name and local-header offset. Anything it cannot follow is `nil`.
enum ZipCentralDirectory {
    struct Entry: Equatable {
        var name: [UInt8]
        var localHeaderOffset: UInt64
    }

    /// Whether `tail`, the last bytes of a file, holds a zip's end record: its signature, with a
    /// comment that fits in what follows it.
    static func hasEndRecord(_ tail: [UInt8]) -> Bool {
        guard tail.count >= 22 else { return false }
        for start in stride(from: tail.count - 22, through: 0, by: -1)
        where tail[start] == 0x50 && tail[start + 1] == 0x4B && tail[start + 2] == 0x05 && tail[start + 3] == 0x06 {
            let comment = Int(tail[start + 20]) | Int(tail[start + 21]) << 8
            if start + 22 + comment <= tail.count { return true }
        }
        return false
    }

    /// The entries of the zip whose last bytes are `tail`, which starts at byte `base` of the
    /// file (the central directory sits at the end: the tail must hold it and the end records).
    static func entries(_ tail: UnsafeRawBufferPointer, base: Int, fileSize: Int) -> [Entry]? {
        guard let whole = entries(tail, base: base) else { return nil }
        return whole.allSatisfy { $0.localHeaderOffset < UInt64(fileSize) } ? whole : nil
    }

    private static func entries(_ tail: UnsafeRawBufferPointer, base: Int) -> [Entry]? {
        // Offsets below are the file's; `tail[i]` is byte `base + i`.
        let bytes = UnsafeRawBufferPointer(rebasing: tail[0...])
        func u16(_ absolute: Int) -> Int? { let at = absolute - base; return at >= 0 && at + 2 <= bytes.count ? Int(bytes.loadUnaligned(fromByteOffset: at, as: UInt16.self).littleEndian) : nil }
        func u32(_ absolute: Int) -> UInt64? { let at = absolute - base; return at >= 0 && at + 4 <= bytes.count ? UInt64(bytes.loadUnaligned(fromByteOffset: at, as: UInt32.self).littleEndian) : nil }
        func u64(_ absolute: Int) -> UInt64? { let at = absolute - base; return at >= 0 && at + 8 <= bytes.count ? bytes.loadUnaligned(fromByteOffset: at, as: UInt64.self).littleEndian : nil }
        let fileEnd = base + bytes.count
        // The end record: 22 bytes and a comment of up to 65 535, at the very end.
        let earliest = max(base, fileEnd - 22 - 0xFFFF)
        guard bytes.count >= 22,
              let end = stride(from: fileEnd - 22, through: earliest, by: -1).first(where: { u32($0) == 0x0605_4B50 }),
              var count = u16(end + 10).map(UInt64.init), var offset = u32(end + 16) else { return nil }
        if count == 0xFFFF || offset == 0xFFFF_FFFF {
            // zip64: a locator just before the end record points at the zip64 end record.
            guard u32(end - 20) == 0x0706_4B50, let record = u64(end - 12), record < UInt64(fileEnd),
                  u32(Int(record)) == 0x0606_4B50, let count64 = u64(Int(record) + 32), let offset64 = u64(Int(record) + 48) else { return nil }
            count = count64
            offset = offset64
        }
        guard count <= 1_000_000, offset < UInt64(fileEnd) else { return nil }
        var entries: [Entry] = []
        var at = Int(offset)
        for _ in 0..<count {
            guard u32(at) == 0x0201_4B50, let nameLength = u16(at + 28), let extraLength = u16(at + 30),
                  let commentLength = u16(at + 32), var local = u32(at + 42),
                  at - base + 46 + nameLength <= bytes.count else { return nil }
            let name = Array(bytes[(at - base + 46)..<(at - base + 46 + nameLength)])
            if local == 0xFFFF_FFFF {
                // The offset is in the zip64 extra field (tag 1), after any sizes that overflowed.
                guard let extended = zip64Offset(bytes, extra: at - base + 46 + nameLength, length: extraLength, header: at - base) else { return nil }
                local = extended
            }
            entries.append(Entry(name: name, localHeaderOffset: local))
            at += 46 + nameLength + extraLength + commentLength
        }
        return entries
    }

    /// The local-header offset in a central header's zip64 extra field.
    private static func zip64Offset(_ bytes: UnsafeRawBufferPointer, extra start: Int, length: Int, header: Int) -> UInt64? {
        func u16(_ at: Int) -> Int { Int(bytes.loadUnaligned(fromByteOffset: at, as: UInt16.self).littleEndian) }
        func u32(_ at: Int) -> UInt32 { bytes.loadUnaligned(fromByteOffset: at, as: UInt32.self).littleEndian }
        var at = start
        while at + 4 <= start + length, at + 4 <= bytes.count {
            let tag = u16(at), size = u16(at + 2)
            if tag == 1 {
                // Present, in order, only for the fields that overflowed: size, compressed size, offset.
                var field = at + 4
                if u32(header + 24) == 0xFFFF_FFFF { field += 8 }
                if u32(header + 20) == 0xFFFF_FFFF { field += 8 }
                guard field + 8 <= min(at + 4 + size, bytes.count) else { return nil }
                return bytes.loadUnaligned(fromByteOffset: field, as: UInt64.self).littleEndian
            }
            at += 4 + size
        }
        return nil
    }
}
