extension Sequence<UInt8> {
    /// Lower-case hexadecimal: how nod writes every digest (SHA-256 of files, bundles,
    /// rule packs, key ids).
    @inlinable package var hexString: String {
        if let text = withContiguousStorageIfAvailable(Self.hexString(of:)) { return text }
        return Array(self).withUnsafeBufferPointer(Self.hexString(of:))
    }

    /// Two digits a byte, written straight into the string's storage.
    @inlinable static func hexString(of bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count * 2) { digits in
            for (index, byte) in bytes.enumerated() {
                digits[2 * index] = hexDigit(byte >> 4)
                digits[2 * index + 1] = hexDigit(byte & 0x0F)
            }
            return bytes.count * 2
        }
    }

    /// `0`–`9`, `a`–`f` for a value below 16.
    @inlinable static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }
}
