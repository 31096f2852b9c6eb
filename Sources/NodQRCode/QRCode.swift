internal import CLibQREncode

/// A QR code made by libqrencode (the only importer of it): the square of modules and how to
/// draw it — as SVG for pages, or as a list of dark squares for the PDF.
public struct QRCode: Sendable, Equatable {
    /// Modules per side (without the quiet zone).
    public let width: Int
    /// Row by row, `true` for a dark module.
    public let modules: [Bool]

    /// Encodes `text` (a URL) at error-correction level M; `nil` when it does not fit.
    public init?(_ text: String) {
        guard !text.isEmpty, text.utf8.count <= 1000, !text.utf8.contains(0) else { return nil }
        guard let code = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1) else { return nil }
        defer { QRcode_free(code) }
        let width = Int(code.pointee.width)
        let data = UnsafeBufferPointer(start: code.pointee.data, count: width * width)
        self.width = width
        modules = data.map { $0 & 1 == 1 }
    }

    public func isDark(x: Int, y: Int) -> Bool { modules[y * width + x] }

    /// Dark runs per row, `(x, y, length)`, for drawing with few rectangles.
    public var darkRuns: [(x: Int, y: Int, length: Int)] {
        var runs: [(x: Int, y: Int, length: Int)] = []
        for y in 0..<width {
            var x = 0
            while x < width {
                guard isDark(x: x, y: y) else { x += 1; continue }
                let start = x
                while x < width, isDark(x: x, y: y) { x += 1 }
                runs.append((start, y, x - start))
            }
        }
        return runs
    }

    /// An SVG drawing with a four-module quiet zone, one path, sized by its container.
    public func svg(label: String) -> String {
        let side = width + 8
        var path = ""
        for run in darkRuns { path += "M\(run.x + 4) \(run.y + 4)h\(run.length)v1h-\(run.length)z" }
        let escaped = label.replacingOccurrencesOfMarkup()
        return """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(side) \(side)" role="img" aria-label="\(escaped)" \
            shape-rendering="crispEdges"><rect width="\(side)" height="\(side)" fill="#fff"/><path d="\(path)" fill="#000"/></svg>
            """
    }
}

extension String {
    fileprivate func replacingOccurrencesOfMarkup() -> String {
        var out = ""
        for character in self {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
