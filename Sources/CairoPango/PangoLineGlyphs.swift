// PangoLineGlyphs: the glyphs of one line shaped by PangoShaper, copied out of Pango and drawn without shaping again.
import CCairo
import DossierDisplay

/// One line's glyphs as Pango shaped and justified them, in runs of one font and colour, with
/// the text and cluster map cairo needs to keep the PDF's text searchable. They are copied out
/// of the Pango layout so the shaper can reuse it at once: a long document would otherwise keep
/// every paragraph's layout (items, attributes, glyph strings) alive until its pages are written.
/// Drawing follows Pango's own cairo renderer run by run, so the output is the same.
///
/// Sendable (`@unchecked`): nothing changes after creation, and the fonts it refers to are only
/// used inside the font library's lock.
final class PangoLineGlyphs: ShapedGlyphs, @unchecked Sendable {
    /// Glyphs of one Pango run (one font, one colour, one direction), in visual order.
    struct Run {
        /// The font (`PangoFont *`), referenced until the line is freed.
        let font: UnsafeMutablePointer<PangoFont>
        /// Where the run starts, from the line's start, in Pango units.
        let x: Int32
        /// How far the run is raised (superscripts), in Pango units.
        let rise: Int32
        /// The foreground colour as Pango's renderer sets it (16-bit channels), if the text has one.
        let color: (red: UInt16, green: UInt16, blue: UInt16, alpha: UInt16?)?
        /// Glyph indices, without the invisible ones Pango does not draw.
        let glyphs: [UInt32]
        /// Each glyph's horizontal position from the run's start, in Pango units.
        let xs: [Int32]
        /// Each glyph's vertical offset, in Pango units; empty when all are zero.
        let ys: [Int32]
        /// The run's text (UTF-8) and the clusters mapping it to `glyphs`.
        let text: [UInt8]
        let clusters: [cairo_text_cluster_t]
        /// Whether clusters go from the end of the text (right-to-left runs).
        let backward: Bool
    }

    let fonts: FontLibrary
    let runs: [Run]

    /// Takes over one reference to each run's font.
    init(fonts: FontLibrary, runs: [Run]) {
        self.fonts = fonts
        self.runs = runs
    }

    deinit {
        fonts.withLock { for run in runs { g_object_unref(UnsafeMutableRawPointer(run.font)) } }
    }

    /// Draws the line with the left end of its baseline at (`x`, `y`) in the context's user space.
    func show(on cairo: OpaquePointer, x: Double, y: Double) {
        // Pango's renderer starts from cairo's current point, which cairo keeps in fixed point:
        // go through it too, so glyphs land exactly where Pango put them.
        var x = x, y = y
        cairo_move_to(cairo, x, y)
        cairo_get_current_point(cairo, &x, &y)
        fonts.withLock {
            var positioned: [cairo_glyph_t] = []
            for run in runs where !run.glyphs.isEmpty {
                if let color = run.color {
                    let alpha = color.alpha.map { Double($0) / 65535 } ?? 1
                    cairo_set_source_rgba(cairo, Double(color.red) / 65535, Double(color.green) / 65535,
                                          Double(color.blue) / 65535, alpha)
                } else {
                    cairo_set_source_rgb(cairo, 0, 0, 0)
                }
                guard let scaled = pango_cairo_font_get_scaled_font(OpaquePointer(run.font)) else { continue }
                cairo_set_scaled_font(cairo, scaled)
                // The same arithmetic as Pango's renderer, so glyphs land on the same positions.
                let baseX = x + Double(run.x) / Double(PANGO_SCALE)
                let baseY = y + Double(-run.rise) / Double(PANGO_SCALE)
                positioned.removeAll(keepingCapacity: true)
                for i in run.glyphs.indices {
                    let dy = run.ys.isEmpty ? 0 : run.ys[i]
                    positioned.append(cairo_glyph_t(index: UInt(run.glyphs[i]),
                                                    x: baseX + Double(run.xs[i]) / Double(PANGO_SCALE),
                                                    y: dy == 0 ? baseY : baseY + Double(dy) / Double(PANGO_SCALE)))
                }
                run.text.withUnsafeBufferPointer { text in
                    text.withMemoryRebound(to: CChar.self) { utf8 in
                        cairo_show_text_glyphs(cairo, utf8.baseAddress, Int32(utf8.count), positioned, Int32(positioned.count),
                                               run.clusters, Int32(run.clusters.count),
                                               run.backward ? CAIRO_TEXT_CLUSTER_FLAG_BACKWARD : cairo_text_cluster_flags_t(0))
                    }
                }
            }
        }
    }

    /// The families of the fonts the line's runs use, in visual order (for tests and diagnostics).
    var fontFamilies: [String] {
        fonts.withLock { runs.map { FontLibrary.familyName(of: $0.font) } }
    }
}
