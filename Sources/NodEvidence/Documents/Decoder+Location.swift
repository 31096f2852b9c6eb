import NodCore

extension Decoder {
    /// Where the value being decoded starts (its file and line), when the decoder knows.
    var location: FileLocation {
        (self as? any LocatingDecoder)?.sourceLocation ?? FileLocation(file: "")
    }
}
