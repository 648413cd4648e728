// Finalize: the last phase. Only here are page numbers known: boxes are placed in the page's
// text block, and running headers and footers are filled in from their templates.

import DossierDisplay
import DossierDocument

/// What a page's running lines need to know about the page.
struct PageFacts {
    var number: Int
    var total: Int
    var section: String
    var title: String
}

/// What a page laid out before the page count was known still lacks: the running lines that
/// show the count, and the contents' page numbers. Drawn over the page once the layout ends.
struct PageOverlay {
    var facts: PageFacts
    var cover: Bool
    var runningLines: Bool
    var numbers: [ContentsNumber]
}

extension LayoutContext {
    /// The running lines of a page: on the cover, those that show there.
    func runningLines(cover: Bool) -> [(line: RunningLine, isHeader: Bool)] {
        [(spec.header, true), (spec.footer, false)].filter { !cover || $0.line.onCover }
    }

    /// Turns a page's boxes into a page with running header and footer (with `runningLines`; on
    /// the `cover`, only those that show there). With `totalLater`, a running line showing the
    /// page count is left for the page's overlay.
    func finalize(_ flow: PageFlow, facts: PageFacts, runningLines: Bool, cover: Bool = false,
                  totalLater: Bool = false) throws -> Page {
        let frame = spec.page.textFrame(page: facts.number)
        var items: [FrameItem] = []
        for placed in flow.boxes {
            items += placed.box.items.offsetBy(dx: frame.minX, dy: frame.minY + placed.y)
        }
        if !flow.notes.isEmpty {
            // Notes sit at the foot of the text block, under a short rule.
            var y = frame.maxY - flow.notes.reduce(Length.zero) { $0 + $1.height }
            let ruleY = y - Paginator.noteSeparation / 2
            items.append(.shape(Shape(path: .line(from: Point(x: frame.minX, y: ruleY), to: Point(x: frame.minX + frame.width / 3, y: ruleY)),
                                      stroke: Stroke(color: Color(grey: 0.45), width: .pt(0.5)))))
            for note in flow.notes {
                items += note.items.offsetBy(dx: frame.minX, dy: y)
                y += note.height
            }
        }
        // Running lines and stamps are page furniture: artifacts, not read as the text.
        var furniture: [FrameItem] = []
        if runningLines {
            furniture += try running(facts: facts, frame: frame, cover: cover) { !(totalLater && $0.uses(.pages)) }
        }
        furniture += try PageStamps(spec: spec, shaper: shaper).items(page: facts.number, label: spec.exhibit)
        items += furniture.asFurniture
        return Page(size: spec.page.size, items: items, number: facts.number)
    }

    /// What `finalize` with `totalLater` left out of a page: nil when nothing.
    func overlay(of flow: PageFlow, facts: PageFacts, runningLines: Bool, cover: Bool) -> PageOverlay? {
        let frame = spec.page.textFrame(page: facts.number)
        var numbers: [ContentsNumber] = []
        for placed in flow.boxes {
            numbers += placed.box.lateNumbers.map { $0.lowered(by: frame.minY + placed.y) }
        }
        let lines = runningLines && self.runningLines(cover: cover).contains { $0.line.uses(.pages) }
        return lines || !numbers.isEmpty ? PageOverlay(facts: facts, cover: cover, runningLines: lines, numbers: numbers) : nil
    }

    /// The page drawn over a page once every number is known: the running lines that show the
    /// page count, and the contents' page numbers with their leaders.
    func overlayPage(_ overlay: PageOverlay, total: Int, pages: PageNumbers) throws -> Page {
        var facts = overlay.facts
        facts.total = total
        let frame = spec.page.textFrame(page: facts.number)
        var items: [FrameItem] = []
        for number in overlay.numbers { items += try numberItems(number, pages: pages).offsetBy(dx: frame.minX, dy: .zero) }
        if overlay.runningLines {
            items += try running(facts: facts, frame: frame, cover: overlay.cover) { $0.uses(.pages) }.asFurniture
        }
        var page = Page(size: spec.page.size, items: items, number: facts.number)
        page.overlays = true
        return page
    }

    /// The items of a page's running lines that `drawn` accepts.
    private func running(facts: PageFacts, frame: Rect, cover: Bool, _ drawn: (RunningLine) -> Bool) throws -> [FrameItem] {
        var items: [FrameItem] = []
        for (line, isHeader) in runningLines(cover: cover) where drawn(line) {
            items += try running(line, facts: facts, frame: frame, isHeader: isHeader)
        }
        return items
    }

    /// Fills a template: `{{page}}`, `{{pages}}`, `{{title}}`, `{{section}}`, `{{bates}}`, `{{exhibit}}`.
    /// One pass over the template: a value that itself holds "{{…}}" (a title, say) is printed as it is.
    func fill(_ template: String, _ facts: PageFacts) -> String {
        var out = ""
        var rest = template[...]
        while let open = rest.range(of: "{{") {
            out += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "}}") else {
                rest = rest[open.lowerBound...]
                break
            }
            switch RunningLine.Placeholder(braced: rest[open.upperBound..<close.lowerBound]) {
            case .bates: out += spec.bates?.label(page: facts.number) ?? ""
            case .exhibit: out += spec.exhibit ?? ""
            case .page: out += spec.digits(String(facts.number))
            case .pages: out += spec.digits(String(facts.total))
            case .title: out += facts.title
            case .section: out += facts.section
            case nil: out += rest[open.lowerBound..<close.upperBound]
            }
            rest = rest[close.upperBound...]
        }
        return out + rest
    }

    private func running(_ line: RunningLine, facts: PageFacts, frame: Rect, isHeader: Bool) throws -> [FrameItem] {
        guard !line.isEmpty else { return [] }
        // The head keeps clear of the exhibit label at its right end.
        let frame: Rect = isHeader ? try PageStamps(spec: spec, shaper: shaper).headerFrame(frame, label: spec.exhibit) : frame
        let baseline = isHeader ? line.baselineFromEdge : spec.page.size.height - line.baselineFromEdge
        var left = line.left, right = line.right
        if spec.page.mirrored && facts.number % 2 == 0 { swap(&left, &right) }
        var items: [FrameItem] = []
        // The three parts share the line: each gets a third of what the others leave, and a
        // part too long for its room is shortened with an ellipsis rather than overlap.
        let texts = [fill(left, facts), fill(line.center, facts), fill(right, facts)]
        let widths = try texts.map { $0.isEmpty ? Length.zero : try shaper.measure(StyledText($0, style: line.style.font)) }
        let gap = Length.pt(12)
        for (i, alignment) in [TextAlignment.start, .center, .end].enumerated() where !texts[i].isEmpty {
            let others = widths.enumerated().filter { $0.offset != i && $0.element > .zero }.map(\.element)
            let room = others.isEmpty ? frame.width
                : (i == 1 ? frame.width - 2 * (others.max() ?? .zero) - 2 * gap : frame.width - (others.reduce(.zero, +)) - gap * Double(others.count))
            let text = try fitted(texts[i], style: line.style.font, width: max(room, frame.width / 4))
            // In a right-to-left document the start is the right: the heads are mirrored.
            var format = ParagraphFormat(width: frame.width, alignment: alignment, leading: line.style.leading)
            format.rightToLeft = spec.rightToLeft
            let shaped = try shaper.shape(StyledText(text, style: line.style.font), format: format)
            guard let first = shaped.lines.first else { continue }
            items.append(.text(TextItem(origin: Point(x: frame.minX, y: baseline), line: first)))
        }
        if line.rule {
            let y = isHeader ? baseline + .pt(5) : baseline - line.style.font.size - .pt(3)
            items.append(.shape(Shape(path: .line(from: Point(x: frame.minX, y: y), to: Point(x: frame.maxX, y: y)),
                                      stroke: Stroke(color: Color(grey: 0.6), width: .pt(0.4)))))
        }
        return items
    }

    /// The text, shortened at a word with "…" until it fits `width`; at a character when no word
    /// boundary gives a fit. Each search halves the candidates, so a long title costs a few dozen
    /// measurements, not one per character.
    func fitted(_ text: String, style: TextStyle, width: Length) throws -> String {
        guard try shaper.measure(StyledText(text, style: style)) > width else { return text }
        func fits(_ candidate: String) throws -> Bool {
            try shaper.measure(StyledText(candidate, style: style)) <= width
        }
        // Word ends, then character ends: the longest prefix that fits with its ellipsis.
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        if words.count > 1, let best = try longestFitting(count: words.count - 1, {
            try fits(words[..<$0].joined(separator: " ") + "…")
        }) {
            return words[..<best].joined(separator: " ") + "…"
        }
        let characters = Array(text)
        if let best = try longestFitting(count: characters.count - 1, { try fits(String(characters[..<$0]) + "…") }) {
            return String(characters[..<best]) + "…"
        }
        return "…"
    }

    /// The largest `n` in 1...count for which `fits(n)` holds, assuming that fitting is monotone
    /// (a shorter prefix fits if a longer one does); nil if not even 1 fits.
    private func longestFitting(count: Int, _ fits: (Int) throws -> Bool) throws -> Int? {
        guard count >= 1, try fits(1) else { return nil }
        var low = 1, high = count
        while low < high {
            let middle = (low + high + 1) / 2
            if try fits(middle) { low = middle } else { high = middle - 1 }
        }
        return low
    }
}
