// Footnotes: calls are numbered as paragraphs are collected; each note's lines travel with the
// line box holding its call, and pagination sets them at the foot of that page.

import DossierDisplay
import DossierDocument

/// Numbers footnotes in collection order, across the document.
final class FootnoteCounter: @unchecked Sendable {
    // Collection is single-threaded; the counter only moves forward.
    var next = 1
    func take() -> Int { defer { next += 1 }; return next }
}

/// Notes gathered for the end of the document, by number.
final class EndnoteCollector: @unchecked Sendable {
    // Collection is single-threaded; a note set again on a later pass replaces itself.
    var notes: [Int: [Inline]] = [:]
}

/// A footnote met while resolving a paragraph's text: its number, its body and where its call is.
struct PendingFootnote {
    var number: Int
    var body: [Inline]
    /// The call's offset in the paragraph's plain text, in UTF-8 bytes (lines know their range of it).
    var offset: Int
}

extension LayoutContext {
    /// The boxes of one footnote's lines, numbered and tagged as a note.
    func footnoteLines(_ note: PendingFootnote) throws -> [FlowBox] {
        let style = spec.style("footnote")
        let number = try shaper.shapeLine(StyledText("\(note.number)", style: style.font))
        let indent = max(.pt(12), number.width + .pt(4))
        let shaped = try shape(note.body, style: style, width: measure - indent)
        var boxes = shaped.lines.map { line in
            FlowBox(height: shaped.leading, items: lineItems(line, leading: shaped.leading, x: indent))
        }
        guard !boxes.isEmpty, let first = shaped.lines.first else { return [] }
        let baseline = baselineOffset(first, leading: shaped.leading)
        boxes[0].items.insert(contentsOf: [.structure(.begin(.note)),
                                           .destination(DestinationItem(name: "note-\(note.number)", point: .zero)),
                                           .text(TextItem(origin: Point(x: .zero, y: baseline), line: number))], at: 0)
        boxes[boxes.count - 1].items.append(.structure(.end(.note)))
        return boxes
    }

    /// Attaches each footnote to the line box holding its call.
    func attach(_ notes: [PendingFootnote], to boxes: inout [FlowBox], lines: [ShapedLine]) throws {
        if spec.notes == .endnotes {
            for note in notes { endnotes.notes[note.number] = note.body }
            return
        }
        guard !boxes.isEmpty else { return }
        for note in notes {
            // The first line whose text reaches past the call holds it.
            let index = lines.firstIndex { note.offset < $0.sourceRange.upperBound } ?? lines.count - 1
            boxes[max(0, min(index, boxes.count - 1))].footnotes.append(try footnoteLines(note))
        }
    }
}

extension String {
    /// The string without leading and trailing spaces and newlines.
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { $0 != " " && $0 != "\n" }),
              let end = scalars.lastIndex(where: { $0 != " " && $0 != "\n" }) else { return "" }
        return String(scalars[start...end])
    }
}

extension LayoutContext {
    /// The "Notes" chapter for endnotes: a heading and one numbered paragraph per note.
    func collectEndnotes(into out: inout [FlowItem]) throws {
        guard !endnotes.notes.isEmpty else { return }
        out.append(.pageBreak(recto: spec.rectoChapters))
        try collectHeading(Heading(level: 1, content: [.text(spec.notesTitle)], anchor: "notes", inContents: true,
                                   outlineLevel: 1, setsSection: true), into: &out)
        for number in endnotes.notes.keys.sorted() {
            let lines = try footnoteLines(PendingFootnote(number: number, body: endnotes.notes[number] ?? [], offset: 0))
            Self.addSpace(.pt(3), to: &out)
            out += Self.kept(lines.map(FlowItem.box))
        }
    }
}
