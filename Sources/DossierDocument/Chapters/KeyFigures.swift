// KeyFigures: the cover's row of large numbers with their labels ("99 / killed"), and its accent bar.

import DossierDisplay

/// A row of key figures: each a large number over a small label, evenly spaced, flush with the
/// start of the line (the right in a right-to-left document, where the row runs from the right).
public struct KeyFigures: Drawing {
    public var figures: [(value: String, label: String)]
    public var numberStyle: TextStyle
    public var labelStyle: TextStyle
    public var accent: Color
    /// Whether the row runs from the right.
    public var rightToLeft = false

    public init(figures: [(value: String, label: String)], numberStyle: TextStyle, labelStyle: TextStyle, accent: Color) {
        self.figures = figures; self.numberStyle = numberStyle; self.labelStyle = labelStyle; self.accent = accent
    }

    public var altText: String { figures.map { "\($0.value) \($0.label)" }.joined(separator: ", ") }

    public func draw(size: Size, shaper: any TextShaper) throws -> [FrameItem] {
        guard !figures.isEmpty else { return [] }
        var items: [FrameItem] = []
        let column = size.width / Double(figures.count)
        // Large numbers never break: the whole row shrinks until the widest fits its column.
        var numberStyle = self.numberStyle
        let widest = try figures.map { try shaper.measure(StyledText($0.value, style: numberStyle)) }.max() ?? .zero
        if widest > column - .pt(12) {
            numberStyle.size = max(.pt(9), numberStyle.size * ((column - .pt(12)) / widest))
        }
        let numberBaseline = self.numberStyle.size * 1.0 + .pt(8)
        for (i, figure) in figures.enumerated() {
            // Right to left, each column's text box is flush with the column's right edge.
            let x = rightToLeft ? size.width - column * Double(i + 1) + .pt(12) : column * Double(i)
            var format = ParagraphFormat(width: column - .pt(12), leading: numberStyle.size * 1.15)
            format.rightToLeft = rightToLeft
            // A thin accent rule over each figure ties the row together.
            let rule = min(column - .pt(16), .pt(56))
            items.append(.shape(Shape(path: .rect(Rect(x: rightToLeft ? x + column - .pt(12) - rule : x, y: .zero,
                                                       width: rule, height: .pt(2))), fill: .color(accent))))
            let number = try shaper.shape(StyledText(figure.value, style: numberStyle), format: format)
            var y = numberBaseline
            for line in number.lines {
                items.append(.text(TextItem(origin: Point(x: x, y: y), line: line)))
                y += number.leading
            }
            format.leading = labelStyle.size * 1.3
            let label = try shaper.shape(StyledText(figure.label, style: labelStyle), format: format)
            for line in label.lines {
                items.append(.text(TextItem(origin: Point(x: x, y: y - number.leading + labelStyle.size * 1.5), line: line)))
                y += label.leading
            }
        }
        return items
    }
}
