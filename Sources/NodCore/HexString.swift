extension Sequence<UInt8> {
    /// Lower-case hexadecimal: how nod writes every digest (SHA-256 of files, bundles,
    /// rule packs, key ids).
    @inlinable public var hexString: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(underestimatedCount * 2)
        for byte in self {
            bytes.append(Self.hexDigit(byte >> 4))
            bytes.append(Self.hexDigit(byte & 0x0F))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `0`–`9`, `a`–`f` for a value below 16.
    @inlinable static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }
}
