import Foundation
import NodCore

/// Small inline SVG charts for the HTML report: no script, no external file, readable when printed.
enum SVGCharts {
    struct Segment {
        var value: Int
        var colour: String
        var label: String
    }

    /// One horizontal stacked bar per row, its label above it, and a legend that wraps.
    static func stackedBars(title: String, rows: [(label: String, segments: [Segment])]) -> String {
        let width = 640, rowHeight = 44
        let legend = rows.first?.segments ?? []
        var legendRows: [[(Segment, Double)]] = [[]]
        var legendX = 0.0
        for segment in legend {
            let itemWidth = 24 + Double(segment.label.count) * 7.8
            if legendX + itemWidth > Double(width), !legendRows[legendRows.count - 1].isEmpty {
                legendRows.append([])
                legendX = 0
            }
            legendRows[legendRows.count - 1].append((segment, legendX))
            legendX += itemWidth
        }
        let height = rows.count * rowHeight + legendRows.count * 20 + 8
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-label=\"\(OutputEscaping.xml(title))\">"
        svg += "<title>\(OutputEscaping.xml(title))</title>"
        let maxTotal = max(1, rows.map { $0.segments.reduce(0) { $0 + $1.value } }.max() ?? 1)
        for (index, row) in rows.enumerated() {
            let y = index * rowHeight
            svg += "<text x=\"0\" y=\"\(y + 14)\" class=\"chart-label\">\(OutputEscaping.xml(row.label))</text>"
            var x = 0.0
            for segment in row.segments where segment.value > 0 {
                let w = Double(segment.value) / Double(maxTotal) * Double(width)
                svg += "<rect x=\"\(format(x))\" y=\"\(y + 19)\" width=\"\(format(w))\" height=\"20\" fill=\"\(segment.colour)\"><title>\(OutputEscaping.xml("\(row.label): \(segment.value) \(segment.label)"))</title></rect>"
                if w >= 18 { svg += "<text x=\"\(format(x + w / 2))\" y=\"\(y + 34)\" class=\"chart-value\" text-anchor=\"middle\">\(segment.value)</text>" }
                x += w
            }
        }
        for (line, items) in legendRows.enumerated() {
            let y = rows.count * rowHeight + line * 20 + 4
            for (segment, x) in items {
                svg += "<rect x=\"\(format(x))\" y=\"\(y)\" width=\"12\" height=\"12\" fill=\"\(segment.colour)\"/>"
                svg += "<text x=\"\(format(x + 16))\" y=\"\(y + 11)\" class=\"chart-label\">\(OutputEscaping.xml(segment.label))</text>"
            }
        }
        return svg + "</svg>"
    }

    /// Two bars (previous and this wave) on the 7–35 metric scale, with England's adult means (Health Survey for England 2010–13) shaded.
    static func wellbeing(title: String, bars: [(label: String, value: Double)], normLabel: String) -> String {
        let width = 640, left = 150, scaleWidth = 440
        let height = bars.count * 30 + 44
        func x(_ metric: Double) -> Double { Double(left) + (metric - 7) / 28 * Double(scaleWidth) }
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-label=\"\(OutputEscaping.xml(title))\">"
        svg += "<title>\(OutputEscaping.xml(title))</title>"
        svg += "<rect x=\"\(format(x(23.2)))\" y=\"0\" width=\"\(format(x(23.7) - x(23.2)))\" height=\"\(bars.count * 30)\" fill=\"#c7d2fe\"/>"
        for (index, bar) in bars.enumerated() {
            let y = index * 30 + 4
            svg += "<text x=\"0\" y=\"\(y + 16)\" class=\"chart-label\">\(OutputEscaping.xml(bar.label))</text>"
            svg += "<rect x=\"\(left)\" y=\"\(y)\" width=\"\(format(x(bar.value) - Double(left)))\" height=\"20\" fill=\"#0f766e\"/>"
            svg += "<text x=\"\(format(x(bar.value) + 4))\" y=\"\(y + 15)\" class=\"chart-label\">\(format(bar.value))</text>"
        }
        let axisY = bars.count * 30 + 14
        for tick in [7, 14, 21, 28, 35] {
            svg += "<text x=\"\(format(x(Double(tick))))\" y=\"\(axisY)\" class=\"chart-label\" text-anchor=\"middle\">\(tick)</text>"
        }
        svg += "<text x=\"\(format(x(23.45)))\" y=\"\(axisY + 18)\" class=\"chart-label\" text-anchor=\"middle\">\(OutputEscaping.xml(normLabel))</text>"
        return svg + "</svg>"
    }

    /// Chart coordinates and values, as every report writes numbers.
    private static func format(_ value: Double) -> String { NumberText.short(value) }
}
