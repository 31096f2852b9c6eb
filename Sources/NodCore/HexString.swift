extension Sequence<UInt8> {
    /// Lower-case hexadecimal: how nod writes every digest (SHA-256 of files, bundles,
    /// rule packs, key ids).
    @inlinable public var hexString: String {
        let digits = Array("0123456789abcdef".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(64)
        for byte in self {
            bytes.append(digits[Int(byte >> 4)])
            bytes.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
