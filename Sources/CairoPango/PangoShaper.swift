// PangoShaper: the Pango implementation of TextShaper; each paragraph is shaped once into one PangoLayout.
import CCairo
import DossierDisplay

/// Shapes and breaks text with Pango, using only the fonts of a `FontLibrary`. Each paragraph
/// is shaped once; its lines' glyphs are copied out of the layout and drawn without reshaping,
/// so one layout serves every paragraph and memory holds glyphs, not Pango's working state.
///
/// Sendable (`@unchecked`), as `TextShaper` requires: the mutable state (the shaping and
/// measuring layouts and the measure cache) and every Pango call are guarded by the font
/// library's lock.
public final class PangoShaper: TextShaper, @unchecked Sendable {
    /// The fonts the shaper uses.
    public let fonts: FontLibrary
    let context: PangoContextHandle
    /// A layout reused for `shape`: lines keep copies of their glyphs, not the layout.
    private let shapingLayout: PangoLayoutHandle
    /// A layout reused for `measure`, so measuring creates no Pango objects.
    private let measuringLayout: PangoLayoutHandle
    private var measureCache: [StyledText: Length] = [:]
    private static let measureCacheLimit = 4096
    /// Shaped pieces, shared by the lines that show them.
    var cache = ShapingCache(limit: 16_384)
    /// One wrapper per Pango font that pieces are shaped in.
    var glyphFonts: [UInt: PangoGlyphFont] = [:]

    /// Creates a shaper on the bundled fonts.
    public init(fonts: FontLibrary) throws {
        self.fonts = fonts
        self.context = try PangoContextHandle(fonts: fonts)
        self.shapingLayout = try PangoLayoutHandle(context: context)
        self.measuringLayout = try PangoLayoutHandle(context: context)
    }

    /// Shapes `text` and breaks it into lines of at most `format.width`.
    public func shape(_ text: StyledText, format: ParagraphFormat) throws -> ShapedParagraph {
        try Self.validate(text)
        guard format.width.points.isNaN == false, format.width >= .zero else {
            throw ShapingError.invalidWidth("\(format.width.points)")
        }
        let bytes = Array(text.plainText.utf8)
        let lines: [ShapedLine] = fonts.withLock {
            configure(shapingLayout.pointer, text: text, bytes: bytes, format: format)
            return readLines(of: shapingLayout, text: text, bytes: bytes)
        }
        return ShapedParagraph(lines: lines, leading: format.leading)
    }

    /// Returns the natural width of `text` on one line (the widest line if it holds newlines).
    public func measure(_ text: StyledText) throws -> Length {
        try Self.validate(text)
        return fonts.withLock {
            if let known = measureCache[text] { return known }
            let layout = measuringLayout.pointer
            let bytes = Array(text.plainText.utf8)
            configure(layout, text: text, bytes: bytes,
                      format: ParagraphFormat(width: .infinity, leading: .zero, autoDirection: true))
            var logical = PangoRectangle()
            pango_layout_get_extents(layout, nil, &logical)
            let width = PangoUnits.length(logical.width)
            if measureCache.count >= Self.measureCacheLimit { measureCache.removeAll(keepingCapacity: true) }
            measureCache[text] = width
            return width
        }
    }

    static func validate(_ text: StyledText) throws {
        for span in text.spans where !(span.style.size.points > 0 && span.style.size.isFinite) {
            throw ShapingError.invalidFontSize("\(span.style.size.points)")
        }
    }

    /// Sets text, attributes and paragraph settings on `layout`. Call with the lock held.
    private func configure(_ layout: OpaquePointer, text: StyledText, bytes: [UInt8], format: ParagraphFormat) {
        bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) {
                pango_layout_set_text(layout, $0.baseAddress, Int32($0.count))
            }
        }
        // The layout's own font sets the metrics of an empty paragraph.
        let base = text.spans.first?.style ?? TextStyle(family: "Noto Serif", size: .pt(10))
        let description = pango_font_description_new()
        pango_font_description_set_family(description, base.family)
        pango_font_description_set_absolute_size(description, Double(PangoUnits.from(base.size)))
        pango_font_description_set_weight(description, base.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        pango_font_description_set_style(description, base.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)
        pango_layout_set_font_description(layout, description)  // copies
        pango_font_description_free(description)

        let attributes = Self.attributes(for: text, language: format.language, length: UInt32(bytes.count))
        pango_layout_set_attributes(layout, attributes)  // takes its own reference
        pango_attr_list_unref(attributes)

        if format.width.isFinite {
            // Zero would mean "break everywhere" to us but "no width" to Pango: keep one unit.
            pango_layout_set_width(layout, max(1, PangoUnits.from(format.width)))
        } else {
            pango_layout_set_width(layout, -1)
        }
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
        pango_layout_set_indent(layout, PangoUnits.from(format.firstLineIndent))
        pango_layout_set_auto_dir(layout, format.autoDirection ? 1 : 0)
        // With auto-dir, Pango mirrors LEFT and RIGHT for right-to-left paragraphs: LEFT is "start".
        switch format.alignment {
        case .start, .justify: pango_layout_set_alignment(layout, PANGO_ALIGN_LEFT)
        case .center: pango_layout_set_alignment(layout, PANGO_ALIGN_CENTER)
        case .end: pango_layout_set_alignment(layout, PANGO_ALIGN_RIGHT)
        }
        pango_layout_set_justify(layout, format.alignment == .justify ? 1 : 0)
        pango_layout_set_justify_last_line(layout, 0)
    }

    /// Builds the attribute list: one set of attributes per span, byte-indexed.
    private static func attributes(for text: StyledText, language: String?, length: UInt32) -> OpaquePointer {
        let list = pango_attr_list_new()!
        func insert(_ attribute: UnsafeMutablePointer<PangoAttribute>?, _ start: UInt32, _ end: UInt32) {
            guard let attribute else { return }
            attribute.pointee.start_index = start
            attribute.pointee.end_index = end
            pango_attr_list_insert(list, attribute)  // the list owns it now
        }
        // A break inside a word would otherwise get a hyphen Pango invents (wrong in URLs and ids).
        insert(pango_attr_insert_hyphens_new(0), 0, length)
        // No Latin ligatures: a ligature glyph needs an ActualText span to read back, which
        // some readers (poppler's structure text among them) cut short; plain glyphs search
        // and copy everywhere.
        insert(pango_attr_font_features_new("liga 0, clig 0"), 0, length)
        if let language, !language.isEmpty {
            insert(pango_attr_language_new(pango_language_from_string(language)), 0, length)
        }
        var offset: UInt32 = 0
        for span in text.spans {
            let start = offset
            offset += UInt32(span.text.utf8.count)
            guard offset > start else { continue }
            let style = span.style
            let size = style.superscript ? style.size * 0.65 : style.size
            insert(pango_attr_family_new(style.family), start, offset)
            insert(pango_attr_size_new_absolute(PangoUnits.from(size)), start, offset)
            insert(pango_attr_weight_new(style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL), start, offset)
            insert(pango_attr_style_new(style.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL), start, offset)
            let color = style.color
            insert(pango_attr_foreground_new(channel(color.red), channel(color.green), channel(color.blue)), start, offset)
            if color.alpha < 1 { insert(pango_attr_foreground_alpha_new(channel(color.alpha)), start, offset) }
            if style.letterSpacing != .zero {
                insert(pango_attr_letter_spacing_new(PangoUnits.from(style.letterSpacing)), start, offset)
            }
            if style.smallCaps { insert(pango_attr_variant_new(PANGO_VARIANT_SMALL_CAPS), start, offset) }
            if style.superscript { insert(pango_attr_rise_new(PangoUnits.from(style.size * 0.33)), start, offset) }
        }
        return list
    }

    private static func channel(_ value: Double) -> UInt16 {
        UInt16((min(1, max(0, value.isNaN ? 0 : value)) * 65535).rounded())
    }

    /// Reads every line of a configured layout. Call with the lock held.
    private func readLines(of layout: PangoLayoutHandle, text: StyledText, bytes: [UInt8]) -> [ShapedLine] {
        let linkSpans = Self.linkRanges(text)
        var lines: [ShapedLine] = []
        guard let iterator = pango_layout_get_iter(layout.pointer) else { return [] }
        defer { pango_layout_iter_free(iterator) }
        repeat {
            guard let line = pango_layout_iter_get_line_readonly(iterator) else { break }
            var logical = PangoRectangle()
            pango_layout_iter_get_line_extents(iterator, nil, &logical)
            let baseline = pango_layout_iter_get_baseline(iterator)
            let start = Int(line.pointee.start_index), length = Int(line.pointee.length)
            let end = min(bytes.count, start + length)
            var lineText = String(decoding: bytes[min(start, end)..<end], as: UTF8.self)
            // A soft break leaves its space at the end of the line, where it has no width.
            while let last = lineText.last, last == " " || last == "\t" { lineText.removeLast() }

            var links: [InlineLink] = []
            for (range, target) in linkSpans {
                let from = max(range.lowerBound, start), to = min(range.upperBound, end)
                guard from < to else { continue }
                for extent in Self.xRanges(line, from: from, to: to) {
                    links.append(InlineLink(minX: extent.lowerBound, maxX: extent.upperBound, target: target))
                }
            }
            lines.append(ShapedLine(
                text: lineText,
                x: PangoUnits.length(logical.x),
                width: PangoUnits.length(logical.width),
                ascent: PangoUnits.length(baseline - logical.y),
                descent: PangoUnits.length(logical.y + logical.height - baseline),
                links: links,
                glyphs: lineGlyphs(of: line, layout: layout.pointer, bytes: bytes)))
        } while pango_layout_iter_next_line(iterator) != 0
        return lines
    }

    /// Copies a line's runs out of the layout, the way Pango's cairo renderer would draw them:
    /// runs side by side from the line's start, each glyph at its advance plus offset, invisible
    /// glyphs left out of the glyphs and of the cluster counts. Call with the lock held.
    private func lineGlyphs(of line: UnsafeMutablePointer<PangoLayoutLine>, layout: OpaquePointer,
                            bytes: [UInt8]) -> PangoLineGlyphs {
        var runs: [PangoLineGlyphs.Run] = []
        var glyphs: [UInt32] = [], xs: [Int32] = [], ys: [Int32] = [], text: [UInt8] = []
        var clusters: [cairo_text_cluster_t] = []
        var anyY = false
        let layoutText = pango_layout_get_text(layout)
        let capacity = max(0, Int(line.pointee.length))
        glyphs.reserveCapacity(capacity); xs.reserveCapacity(capacity); ys.reserveCapacity(capacity)
        text.reserveCapacity(capacity)
        var x: Int32 = 0
        var node = line.pointee.runs
        while let current = node {
            node = current.pointee.next
            guard let run = current.pointee.data?.assumingMemoryBound(to: PangoGlyphItem.self),
                  let item = run.pointee.item, let glyphString = run.pointee.glyphs, let infos = glyphString.pointee.glyphs,
                  let font = item.pointee.analysis.font else { continue }
            x += run.pointee.start_x_offset
            let count = Int(glyphString.pointee.num_glyphs)
            let first = glyphs.count
            // The glyphs drawn, and how many are drawn before each index (for the cluster counts).
            var drawnBefore = [Int32](repeating: 0, count: count + 1)
            let hbFont = pango_font_get_hb_font(font)
            var position: Int32 = 0
            for i in 0..<count {
                let info = infos[i]
                var glyph: UInt32? = info.glyph
                if info.glyph == PANGO_GLYPH_EMPTY {
                    glyph = Self.restoredGlyph(hbFont, bytes: bytes,
                                               at: Int(item.pointee.offset) + Int(glyphString.pointee.log_clusters[i]))
                } else if info.glyph & PANGO_GLYPH_UNKNOWN_FLAG != 0 {
                    // No font has the character: show the font's "missing" box (glyph 0), as a
                    // reader would, but no box for an unknown space.
                    glyph = info.glyph == (0x20 | PANGO_GLYPH_UNKNOWN_FLAG) ? nil : 0
                }
                if let glyph {
                    glyphs.append(glyph)
                    xs.append(position + info.geometry.x_offset)
                    ys.append(info.geometry.y_offset)
                    anyY = anyY || info.geometry.y_offset != 0
                }
                drawnBefore[i + 1] = Int32(glyphs.count - first)
                position += info.geometry.width
            }
            let start = min(bytes.count, Int(item.pointee.offset)), end = min(bytes.count, start + Int(item.pointee.length))
            let textStart = text.count
            text.append(contentsOf: bytes[start..<end])
            // Clusters, as Pango's renderer counts them; kept only when they do not simply
            // follow the characters one glyph each.
            let backward = item.pointee.analysis.level & 1 != 0
            let clusterStart = clusters.count
            var simple = !backward
            var iter = PangoGlyphItemIter()
            if let layoutText, pango_glyph_item_iter_init_start(&iter, run, layoutText) != 0 {
                repeat {
                    let from = min(Int(iter.start_glyph), Int(iter.end_glyph) + 1)
                    let to = max(Int(iter.start_glyph) + 1, Int(iter.end_glyph))
                    let cluster = cairo_text_cluster_t(num_bytes: iter.end_index - iter.start_index,
                                                       num_glyphs: drawnBefore[to] - drawnBefore[from])
                    let lead = Int(iter.start_index)
                    if simple, cluster.num_glyphs != 1 || lead >= bytes.count
                        || Int(cluster.num_bytes) != PangoLineGlyphs.utf8Length(leading: bytes[lead]) {
                        simple = false
                    }
                    clusters.append(cluster)
                } while pango_glyph_item_iter_next_cluster(&iter) != 0
            }
            if simple { clusters.removeSubrange(clusterStart...) }
            g_object_ref(UnsafeMutableRawPointer(font))
            runs.append(PangoLineGlyphs.Run(
                font: font, x: x, rise: run.pointee.y_offset, color: Self.color(of: item), backward: backward,
                first: first, count: glyphs.count - first, textRange: textStart..<text.count,
                clusterRange: simple ? nil : clusterStart..<clusters.count))
            x += position + run.pointee.end_x_offset
        }
        // Fresh arrays for what is kept: the working ones have spare capacity (clusters found
        // simple were dropped again), and a long document keeps every line.
        return PangoLineGlyphs(fonts: fonts, runs: runs, glyphs: glyphs, xs: xs, ys: anyY ? ys : [], text: text,
                               clusters: clusters.isEmpty ? [] : Array(clusters[...]))
    }

    /// The glyph to draw for a character Pango leaves "empty" (a space at a soft break, a
    /// zero-width non-joiner), keeping its zero width. Drawn as empty, each would reach the PDF
    /// as a glyph-less `/ActualText` span nested in the structure element's marked content, and
    /// poppler's structure reader drops the element's text after it.
    private static func restoredGlyph(_ font: OpaquePointer?, bytes: [UInt8], at index: Int) -> UInt32? {
        guard let font, let scalar = firstScalar(in: bytes, at: index) else { return nil }
        var glyph: hb_codepoint_t = 0
        return hb_font_get_nominal_glyph(font, scalar, &glyph) != 0 && glyph != 0 ? glyph : nil
    }

    /// The foreground colour and alpha a run carries, read as Pango's renderer reads them.
    private static func color(of item: UnsafeMutablePointer<PangoItem>)
        -> (red: UInt16, green: UInt16, blue: UInt16, alpha: UInt16?)? {
        var color: PangoColor?
        var alpha: UInt16?
        var node = item.pointee.analysis.extra_attrs
        while let current = node {
            node = current.pointee.next
            guard let attribute = current.pointee.data?.assumingMemoryBound(to: PangoAttribute.self) else { continue }
            switch attribute.pointee.klass.pointee.type {
            case PANGO_ATTR_FOREGROUND:
                color = UnsafeMutableRawPointer(attribute).assumingMemoryBound(to: PangoAttrColor.self).pointee.color
            case PANGO_ATTR_FOREGROUND_ALPHA:
                alpha = UInt16(truncatingIfNeeded: UnsafeMutableRawPointer(attribute).assumingMemoryBound(to: PangoAttrInt.self).pointee.value)
            default: break
            }
        }
        if let color { return (color.red, color.green, color.blue, alpha) }
        // Pango's renderer with an alpha but no colour keeps the current colour; the canvas draws on black.
        return alpha.map { (0, 0, 0, $0) }
    }

    /// Decodes the UTF-8 scalar starting at `index`.
    private static func firstScalar(in bytes: [UInt8], at index: Int) -> UInt32? {
        guard index >= 0, index < bytes.count else { return nil }
        var iterator = bytes[index...].makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar.value }
        return nil
    }

    /// The byte ranges of the spans that are links.
    private static func linkRanges(_ text: StyledText) -> [(Range<Int>, LinkTarget)] {
        var result: [(Range<Int>, LinkTarget)] = []
        var offset = 0
        for span in text.spans {
            let count = span.text.utf8.count
            if let link = span.link, count > 0 { result.append((offset..<offset + count, link)) }
            offset += count
        }
        return result
    }

    /// The visual extents of a byte range of a line, from the layout's left edge, merged where
    /// they touch (a range is split only where bidirectional text reorders it).
    private static func xRanges(_ line: UnsafeMutablePointer<PangoLayoutLine>, from: Int, to: Int) -> [ClosedRange<Length>] {
        var ranges: UnsafeMutablePointer<Int32>?
        var count: Int32 = 0
        pango_layout_line_get_x_ranges(line, Int32(from), Int32(to), &ranges, &count)
        guard let ranges else { return [] }
        defer { g_free(ranges) }
        var merged: [ClosedRange<Length>] = []
        for i in 0..<Int(count) {
            let lower = PangoUnits.length(ranges[2 * i]), upper = PangoUnits.length(ranges[2 * i + 1])
            guard upper > lower else { continue }
            if let last = merged.last, lower <= last.upperBound + .pt(0.01) {
                merged[merged.count - 1] = last.lowerBound...max(last.upperBound, upper)
            } else {
                merged.append(lower...upper)
            }
        }
        return merged
    }
}
