// ParagraphItems: a paragraph's measured pieces turned into the boxes, glue and penalties to break.

/// The items `LineBreaker` breaks, made from a paragraph's pieces, with the piece each came from.
public struct ParagraphItems: Sendable, Hashable {
    /// How far spaces may stretch and shrink, as fractions of their natural width.
    public struct Spacing: Sendable, Hashable {
        /// Stretch per point of space.
        public var stretch: Double
        /// Shrink per point of space.
        public var shrink: Double

        /// Makes a spacing.
        public init(stretch: Double, shrink: Double) {
            self.stretch = stretch
            self.shrink = shrink
        }

        /// TeX's proportions for a serif text face (Computer Modern's 3.33 pt space stretches by
        /// 1.67 pt and shrinks by 1.11 pt): half the width more, a third less.
        public static let standard = Spacing(stretch: 1.0 / 2, shrink: 1.0 / 3)
    }

    /// The items to break.
    public var items: [BreakItem]
    /// For each item, the index of the piece it was made from: a forced break's for the items
    /// that end its line, nil for those that end the paragraph.
    public var sources: [Int?]

    /// Turns pieces into items: words into boxes, spaces into glue that stretches and shrinks by
    /// `spacing`, hyphenation points into flagged penalties costing `settings.hyphenPenalty`, and
    /// forced breaks into a break after fill glue, so the line they end is set short rather than
    /// spread. Spaces at the start of the paragraph and before a forced break or the paragraph's
    /// end are dropped; a ragged last line ends with `BreakItem.paragraphEnd`, a justified one
    /// with a plain forced break, and a paragraph that ends with a forced break gets no empty
    /// line after it.
    public init(_ pieces: [ParagraphPiece], spacing: Spacing = .standard, settings: LineBreakSettings = .standard,
                raggedLastLine: Bool = true) {
        var items: [BreakItem] = []
        var sources: [Int?] = []
        func dropTrailingSpaces() {
            while let last = items.last, case .glue = last {
                items.removeLast()
                sources.removeLast()
            }
        }
        func endLine(ragged: Bool, source: Int?) {
            dropTrailingSpaces()
            let ending = ragged ? BreakItem.paragraphEnd : [.penalty(width: 0, cost: BreakItem.forced, flagged: false)]
            items += ending
            sources += ending.map { _ in source }
        }
        for (index, piece) in pieces.enumerated() {
            switch piece.kind {
            case .word:
                items.append(.box(width: piece.width))
            case .space:
                guard !items.isEmpty else { continue }
                items.append(.glue(width: piece.width, stretch: piece.width * spacing.stretch,
                                   shrink: piece.width * spacing.shrink))
            case .hyphenationPoint:
                items.append(.penalty(width: piece.width, cost: settings.hyphenPenalty, flagged: true))
            case .forcedBreak:
                endLine(ragged: true, source: index)
                continue
            }
            sources.append(index)
        }
        let endsWithForcedBreak = pieces.last?.kind == .forcedBreak
        if !items.isEmpty && !endsWithForcedBreak { endLine(ragged: raggedLastLine, source: nil) }
        self.items = items
        self.sources = sources
    }
}
