// PangoLineGlyphs: the glyphs of one line shaped by PangoShaper, copied out of Pango and drawn without shaping again.
import CCairo
import DossierDisplay

/// One line's glyphs as Pango shaped and justified them, in runs of one font and colour, with
/// the text and cluster map cairo needs to keep the PDF's text searchable. They are copied out
/// of the Pango layout so the shaper can reuse it at once: a long document would otherwise keep
/// every paragraph's layout (items, attributes, glyph strings) alive until its pages are written.
/// Drawing follows Pango's own cairo renderer run by run, so the output is the same.
///
/// The line keeps a few flat arrays shared by its runs (about 9 bytes a glyph for plain text),
/// because a long document holds every line until its pages are written.
///
/// Sendable (`@unchecked`): nothing changes after creation, and the fonts it refers to are only
/// used inside the font library's lock.
final class PangoLineGlyphs: ShapedGlyphs, @unchecked Sendable {
    /// Glyphs of one Pango run (one font, one colour, one direction), in visual order, as ranges
    /// of the line's arrays.
    struct Run {
        /// The font (`PangoFont *`), referenced until the line is freed.
        let font: UnsafeMutablePointer<PangoFont>
        /// Where the run starts, from the line's start, in Pango units.
        let x: Int32
        /// How far the run is raised (superscripts), in Pango units.
        let rise: Int32
        /// The foreground colour as Pango's renderer sets it (16-bit channels), if the text has one.
        let color: (red: UInt16, green: UInt16, blue: UInt16, alpha: UInt16?)?
        /// Whether clusters go from the end of the text (right-to-left runs).
        let backward: Bool
        /// The run's glyphs: `glyphs[first ..< first + count]`, with `xs` and (if not empty) `ys`.
        let first: Int, count: Int
        /// The run's UTF-8 text in `text`.
        let textRange: Range<Int>
        /// The run's clusters in `clusters`; nil when every character is one glyph, in order, so
        /// the clusters follow from the text.
        let clusterRange: Range<Int>?
    }

    let fonts: FontLibrary
    let runs: [Run]
    /// Glyph indices, for all runs.
    let glyphs: [UInt32]
    /// Each glyph's horizontal position from its run's start, in Pango units.
    let xs: [Int32]
    /// Each glyph's vertical offset, in Pango units; empty when all are zero.
    let ys: [Int32]
    /// The runs' text, UTF-8.
    let text: [UInt8]
    /// The cluster maps of the runs that need one.
    let clusters: [cairo_text_cluster_t]

    /// Takes over one reference to each run's font.
    init(fonts: FontLibrary, runs: [Run], glyphs: [UInt32], xs: [Int32], ys: [Int32], text: [UInt8],
         clusters: [cairo_text_cluster_t]) {
        self.fonts = fonts; self.runs = runs; self.glyphs = glyphs; self.xs = xs; self.ys = ys
        self.text = text; self.clusters = clusters
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
            var derived: [cairo_text_cluster_t] = []
            for run in runs where run.count > 0 {
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
                for i in run.first..<run.first + run.count {
                    let dy = ys.isEmpty ? 0 : ys[i]
                    positioned.append(cairo_glyph_t(index: UInt(glyphs[i]), x: baseX + Double(xs[i]) / Double(PANGO_SCALE),
                                                    y: dy == 0 ? baseY : baseY + Double(dy) / Double(PANGO_SCALE)))
                }
                let runText = text[run.textRange]
                if run.clusterRange == nil {
                    derived.removeAll(keepingCapacity: true)
                    var i = runText.startIndex
                    while i < runText.endIndex {
                        let length = Self.utf8Length(leading: runText[i])
                        derived.append(cairo_text_cluster_t(num_bytes: Int32(length), num_glyphs: 1))
                        i += length
                    }
                }
                let flags = run.backward ? CAIRO_TEXT_CLUSTER_FLAG_BACKWARD : cairo_text_cluster_flags_t(0)
                runText.withUnsafeBufferPointer { bytes in
                    bytes.withMemoryRebound(to: CChar.self) { utf8 in
                        if let range = run.clusterRange {
                            clusters[range].withUnsafeBufferPointer { map in
                                cairo_show_text_glyphs(cairo, utf8.baseAddress, Int32(utf8.count), positioned,
                                                       Int32(positioned.count), map.baseAddress, Int32(map.count), flags)
                            }
                        } else {
                            cairo_show_text_glyphs(cairo, utf8.baseAddress, Int32(utf8.count), positioned,
                                                   Int32(positioned.count), derived, Int32(derived.count), flags)
                        }
                    }
                }
            }
        }
    }

    /// The number of bytes of the UTF-8 sequence a leading byte starts.
    static func utf8Length(leading byte: UInt8) -> Int {
        switch byte {
        case 0xF0...: 4
        case 0xE0...: 3
        case 0xC0...: 2
        default: 1
        }
    }

    /// The families of the fonts the line's runs use, in visual order (for tests and diagnostics).
    var fontFamilies: [String] {
        fonts.withLock { runs.map { FontLibrary.familyName(of: $0.font) } }
    }
}
