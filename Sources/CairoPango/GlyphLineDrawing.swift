// GlyphLineDrawing: draws a line of shaped pieces on a cairo context, with the text and clusters searching needs.
import CCairo
import DossierDisplay

/// Draws a `GlyphLine` whose pieces were shaped by `PangoShaper`. Neighbouring parts in one
/// font, paint and direction go to cairo in one `cairo_show_text_glyphs` call, with their text
/// and a cluster map, so the PDF reads back as the source text: spaces as spaces, invisible
/// characters (joiners, bidi controls) folded into the cluster before them, and an added
/// hyphen folded into the last character's cluster, so copying a hyphenated word gives it whole.
/// Characters that print nothing (joiners, soft hyphens, bidi marks) are neither drawn (the
/// fonts' own glyphs for them are visible marks) nor put in the text: poppler drops the rest of
/// a structure element's text after a cluster with no glyph, and misplaces them in
/// right-to-left text when they share a cluster or have a glyph of their own.
enum GlyphLineDrawing {
    /// Whether every part of `line` can be drawn here (shaped by Pango, not by a test shaper).
    static func canDraw(_ line: GlyphLine) -> Bool {
        line.parts.allSatisfy { $0.run.font is PangoGlyphFont }
    }

    /// Draws `line` with the left end of its baseline at (`x`, `y`); with `only`, just the parts
    /// whose first glyph's pen position (from the line's left end) lies in it.
    static func show(_ line: GlyphLine, on cairo: OpaquePointer, x: Double, y: Double, only: Range<Double>? = nil,
                     batch: inout Batch) {
        func selected(_ part: Int) -> Bool { only?.contains(line.parts[part].x) ?? true }
        // Cairo keeps the current point in fixed point: go through it, as Pango's renderer does,
        // so glyphs land where they did when Pango drew whole layouts.
        var x = x, y = y
        cairo_move_to(cairo, x, y)
        cairo_get_current_point(cairo, &x, &y)
        // Each font's cairo font was found when it was first shaped in: drawing takes no lock, so
        // a page drawn on one thread never waits for text shaped on another. The fonts stay alive
        // as long as the line's pieces, which hold them.
        struct Group { var parts: Range<Int>; var scaled: OpaquePointer; var paint: GlyphLine.Paint; var backward: Bool }
        var groups: [Group] = []
        var paintIndex = 0
        var start = 0
        while start < line.parts.count {
            while paintIndex + 1 < line.paintCount, line.paint(paintIndex + 1).firstPart <= start { paintIndex += 1 }
            let paint = line.paint(paintIndex)
            let nextPaint = paintIndex + 1 < line.paintCount ? line.paint(paintIndex + 1).firstPart : line.parts.count
            let first = line.parts[start]
            var end = start + 1
            while end < nextPaint, line.parts[end].run.font === first.run.font,
                  line.parts[end].run.rightToLeft == first.run.rightToLeft, selected(end) == selected(start) {
                end += 1
            }
            if selected(start), let font = first.run.font as? PangoGlyphFont, let scaled = font.scaledFont {
                groups.append(Group(parts: start..<end, scaled: scaled, paint: paint, backward: first.run.rightToLeft))
            }
            start = end
        }
        for group in groups {
            batch.collect(line, parts: group.parts, x: x, y: y - group.paint.rise.points)
            guard !batch.glyphs.isEmpty else { continue }
            let color = group.paint.color
            cairo_set_source_rgba(cairo, color.red, color.green, color.blue, color.alpha)
            batch.lastColor = color
            cairo_set_scaled_font(cairo, group.scaled)
            batch.show(on: cairo, backward: group.backward)
        }
    }

    /// The glyphs, text and clusters of one call: a canvas keeps one and reuses it from line to
    /// line, so drawing a line allocates nothing once it has grown to the longest.
    struct Batch {
        private(set) var glyphs: [cairo_glyph_t] = []
        /// The colour the last glyphs were shown in.
        var lastColor: Color?
        private var text: [UInt8] = []
        private var clusters: [cairo_text_cluster_t] = []

        /// Gathers parts that share font, paint and direction. Glyphs go in visual order; text and
        /// clusters in logical order (for right-to-left parts, cairo reads the glyphs backwards).
        mutating func collect(_ line: GlyphLine, parts range: Range<Int>, x: Double, y: Double) {
            glyphs.removeAll(keepingCapacity: true)
            text.removeAll(keepingCapacity: true)
            clusters.removeAll(keepingCapacity: true)
            let scale = GlyphRun.unitsPerPoint
            for index in range {
                let part = line.parts[index]
                let run = part.run
                var pen = x + part.x
                let (xOffsets, yOffsets) = (run.xOffsets, run.yOffsets)
                run.glyphs.withUnsafeBufferPointer { runGlyphs in
                    run.advances.withUnsafeBufferPointer { advances in
                        for i in part.glyphs {
                            let glyph = runGlyphs[i]
                            if glyph != GlyphRun.invisible {
                                let dx = xOffsets.isEmpty ? 0 : Double(xOffsets[i]) / scale
                                let dy = yOffsets.isEmpty ? 0 : Double(yOffsets[i]) / scale
                                glyphs.append(cairo_glyph_t(index: UInt(glyph), x: pen + dx, y: y + dy))
                            }
                            pen += Double(advances[i]) / scale
                        }
                    }
                }
            }
            let backward = line.parts[range.lowerBound].run.rightToLeft
            for k in 0..<range.count {
                let index = backward ? range.upperBound - 1 - k : range.lowerBound + k
                let part = line.parts[index]
                if index == line.addedHyphen {
                    // Drawn but not text: its glyphs join the cluster of the character before it.
                    let count = part.glyphs.filter { Self.drawn(part.run.glyphs[$0]) != nil }.count
                    if clusters.isEmpty {
                        clusters.append(cairo_text_cluster_t(num_bytes: 0, num_glyphs: Int32(count)))
                    } else {
                        clusters[clusters.count - 1].num_glyphs += Int32(count)
                    }
                    continue
                }
                appendClusters(of: part)
            }
        }

        /// Appends a part's text and its clusters, in logical order. The text of characters that
        /// draw nothing is left out.
        private mutating func appendClusters(of part: GlyphLine.Part) {
            let run = part.run
            let bytes = run.byteRange(glyphs: part.glyphs)
            let count = part.glyphs.count
            // The k-th glyph in logical order (clusters rise along them).
            let first = part.glyphs.lowerBound, last = part.glyphs.upperBound - 1
            let backward = run.rightToLeft
            run.clusters.withUnsafeBufferPointer { runClusters in
                run.glyphs.withUnsafeBufferPointer { runGlyphs in
                    run.text.withUnsafeBufferPointer { runText in
                        func glyph(_ k: Int) -> Int { backward ? last - k : first + k }
                        var i = 0
                        while i < count {
                            let cluster = Int(runClusters[glyph(i)])
                            var j = i, drawn: Int32 = 0
                            while j < count, runClusters[glyph(j)] == cluster {
                                if runGlyphs[glyph(j)] != GlyphRun.invisible { drawn += 1 }
                                j += 1
                            }
                            let end = j < count ? Int(runClusters[glyph(j)]) : bytes.upperBound
                            if drawn > 0 {
                                text.append(contentsOf: UnsafeBufferPointer(rebasing: runText[cluster..<end]))
                                clusters.append(cairo_text_cluster_t(num_bytes: Int32(end - cluster), num_glyphs: drawn))
                            }
                            i = j
                        }
                    }
                }
            }
        }

        /// The glyph drawn for `glyph`: none for an invisible one.
        static func drawn(_ glyph: UInt32) -> UInt32? {
            glyph == GlyphRun.invisible ? nil : glyph
        }

        func show(on cairo: OpaquePointer, backward: Bool) {
            let flags = backward ? CAIRO_TEXT_CLUSTER_FLAG_BACKWARD : cairo_text_cluster_flags_t(0)
            text.withUnsafeBufferPointer { bytes in
                bytes.withMemoryRebound(to: CChar.self) { utf8 in
                    cairo_show_text_glyphs(cairo, utf8.baseAddress, Int32(utf8.count), glyphs, Int32(glyphs.count),
                                           clusters, Int32(clusters.count), flags)
                }
            }
        }
    }
}
