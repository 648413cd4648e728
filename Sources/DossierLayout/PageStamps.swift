// PageStamps: the Bates number and exhibit label every page carries, measured and placed apart from
// the running head and the page's text, for the layout's own pages and for imported ones alike.

import DossierDisplay
import DossierDocument

/// Places a page's Bates number at the foot (where the layout says, bottom right by default) and its
/// exhibit label at the right end of the header band, on the running head's baseline; the running
/// head is shortened so that it ends at least `clearance` before the label. A right-to-left
/// document, bound on the right, has them mirrored.
public struct PageStamps: Sendable {
    /// The least room between the exhibit label and the running head.
    public static let clearance = Length.pt(12)
    /// How far stamps sit from the paper's edge: inside what every office printer prints.
    public static let edge = Length.mm(8)

    let spec: LayoutSpec
    let shaper: any TextShaper
    let style: TextStyle

    /// Stamps for pages of `spec`, shaped by `shaper`.
    public init(spec: LayoutSpec, shaper: any TextShaper) {
        self.spec = spec
        self.shaper = shaper
        style = TextStyle(family: spec.sans, size: .pt(8.5), bold: true)
    }

    /// The Bates number of physical page `number` and the exhibit `label`, if any, as items.
    public func items(page number: Int, label: String?) throws -> [FrameItem] {
        var items: [FrameItem] = []
        if let bates = spec.bates {
            let line = try shaper.shapeLine(StyledText(bates.label(page: number), style: style))
            let width = spec.page.size.width
            // A right-to-left document is bound on the right: its sides swap, so "right" is the
            // outer corner of its odd pages as it is of a left-to-right document's.
            let rtl = spec.rightToLeft
            let right = width - Self.edge - line.width, left = Self.edge
            let x: Length = switch bates.position {
            case .bottomRight: rtl ? left : right
            case .bottomLeft: rtl ? right : left
            case .bottomCenter: (width - line.width) / 2
            case .bottomOuter: (spec.page.mirrored && number % 2 == 0) != rtl ? left : right
            }
            items.append(.text(TextItem(origin: Point(x: x, y: spec.page.size.height - Self.edge), line: line)))
        }
        if let label, let placed = try labelLine(label) { items.append(.text(placed)) }
        return items
    }

    /// The label's line at the right end of the header band, on the running head's baseline.
    func labelLine(_ label: String) throws -> TextItem? {
        guard !label.isEmpty else { return nil }
        let line = try shaper.shapeLine(StyledText(label, style: style))
        let x = spec.rightToLeft ? Self.edge : spec.page.size.width - Self.edge - line.width
        return TextItem(origin: Point(x: x, y: spec.header.baselineFromEdge), line: line)
    }

    /// The header's frame on a page labelled `label`: `frame` shortened on the right so that the
    /// running head ends `clearance` before the label.
    public func headerFrame(_ frame: Rect, label: String?) throws -> Rect {
        guard let label, let placed = try labelLine(label) else { return frame }
        if spec.rightToLeft {
            // The label is at the left end: the head starts `clearance` after it.
            let start = placed.origin.x + placed.line.x + placed.line.width + Self.clearance
            guard start > frame.minX else { return frame }
            return Rect(x: start, y: frame.minY, width: max(frame.maxX - start, .zero), height: frame.height)
        }
        let end = placed.origin.x + placed.line.x - Self.clearance
        guard end < frame.maxX else { return frame }
        return Rect(x: frame.minX, y: frame.minY, width: max(end - frame.minX, .zero), height: frame.height)
    }
}

extension Array where Element == FrameItem {
    /// The items as page furniture (running heads, page numbers, stamps, exhibit labels): one
    /// artifact, skipped by screen readers and left out of the structure tree; nothing when empty.
    var asFurniture: [FrameItem] {
        isEmpty ? [] : [.structure(.begin(.artifact))] + self + [.structure(.end(.artifact))]
    }
}
