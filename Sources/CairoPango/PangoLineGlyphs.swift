// PangoLineGlyphs: the glyphs of one line shaped by PangoShaper, drawn without shaping again.
import CCairo
import DossierDisplay

/// A line of a shaped Pango layout: the layout (kept alive here) and the line's index in it.
///
/// Sendable (`@unchecked`): both fields are immutable, the layout is never changed after
/// shaping, and every Pango call on it runs inside the font library's lock.
final class PangoLineGlyphs: ShapedGlyphs, @unchecked Sendable {
    let layout: PangoLayoutHandle
    let lineIndex: Int32

    init(layout: PangoLayoutHandle, lineIndex: Int32) {
        self.layout = layout
        self.lineIndex = lineIndex
    }

    /// Draws the line with the left end of its baseline at the current point of `cairo`.
    func show(on cairo: OpaquePointer) {
        layout.context.fonts.withLock {
            guard let line = pango_layout_get_line_readonly(layout.pointer, lineIndex) else { return }
            pango_cairo_show_layout_line(cairo, line)
        }
    }

    /// The families of the fonts the line's runs use, in visual order (for tests and diagnostics).
    var fontFamilies: [String] {
        layout.context.fonts.withLock {
            guard let line = pango_layout_get_line_readonly(layout.pointer, lineIndex) else { return [] }
            var families: [String] = []
            var node = line.pointee.runs
            while let current = node {
                if let run = current.pointee.data?.assumingMemoryBound(to: PangoGlyphItem.self),
                   let font = run.pointee.item.pointee.analysis.font {
                    families.append(FontLibrary.familyName(of: font))
                }
                node = current.pointee.next
            }
            return families
        }
    }
}
