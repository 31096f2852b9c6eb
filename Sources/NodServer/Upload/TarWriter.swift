/// The headers of a POSIX ustar archive, for a bundle sent as the files of a folder: the office
/// stores what arrives as one archive (never as files on disk), which nod then reads like any
/// other. Strict: a name that does not fit ustar's 100 + 155 bytes, or a size past its 8 GiB,
/// is refused, never truncated.
enum TarWriter {
    enum Failure: Error, Equatable { case nameTooLong(String), tooLarge }

    static let blockSize = 512

    /// The 512-byte header of a regular file of `size` bytes at `path`.
    static func header(path: String, size: Int64) throws(Failure) -> [UInt8] {
        guard size >= 0, size < 0o77777777777 else { throw .tooLarge }
        let bytes = Array(path.utf8)
        var name = bytes, prefix: [UInt8] = []
        if bytes.count > 100 {
            // Split at a '/' so that the prefix holds at most 155 bytes and the name at most 100.
            guard let slash = bytes.indices.last(where: { bytes[$0] == UInt8(ascii: "/") && $0 <= 155 && bytes.count - $0 - 1 <= 100 && $0 > 0 }) else {
                throw .nameTooLong(path)
            }
            prefix = Array(bytes[..<slash])
            name = Array(bytes[(slash + 1)...])
        }
        guard !name.isEmpty, name.count <= 100, prefix.count <= 155 else { throw .nameTooLong(path) }
        var header = [UInt8](repeating: 0, count: blockSize)
        func put(_ field: [UInt8], at offset: Int) { for (index, byte) in field.enumerated() { header[offset + index] = byte } }
        func octal(_ value: Int64, width: Int) -> [UInt8] {
            let digits = String(value, radix: 8)
            return Array((String(repeating: "0", count: width - 1 - digits.count) + digits).utf8) + [0]
        }
        put(name, at: 0)
        put(octal(0o644, width: 8), at: 100)
        put(octal(0, width: 8), at: 108)
        put(octal(0, width: 8), at: 116)
        put(octal(size, width: 12), at: 124)
        put(octal(0, width: 12), at: 136)
        put(Array("        ".utf8), at: 148)
        header[156] = UInt8(ascii: "0")
        put(Array("ustar".utf8) + [0], at: 257)
        put(Array("00".utf8), at: 263)
        put(prefix, at: 345)
        let checksum = header.reduce(0) { $0 + Int64($1) }
        put(octal(checksum, width: 7) + [UInt8(ascii: " ")], at: 148)
        return header
    }

    /// Zero bytes that fill a file's content up to the next block.
    static func padding(after size: Int64) -> [UInt8] {
        let remainder = Int(size % Int64(blockSize))
        return remainder == 0 ? [] : [UInt8](repeating: 0, count: blockSize - remainder)
    }

    /// The two zero blocks that end an archive.
    static let end = [UInt8](repeating: 0, count: 2 * blockSize)
}
