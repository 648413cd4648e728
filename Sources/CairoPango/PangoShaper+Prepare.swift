// PangoShaper+Prepare: itemizing and shaping without breaking; pieces come from the shaping cache.
import CCairo
import DossierDisplay

extension PangoShaper: GlyphShaper {
    /// Itemizes `text` (script, bidi level, font and fallback), shapes each word and each run of
    /// spaces on its own (through the shaping cache), and lists where lines may break (UAX #14).
    public func prepare(_ text: StyledText, format: ParagraphFormat) throws -> ShapedText {
        try Self.validate(text)
        let plain = text.plainText
        let bytes = Array(plain.utf8)
        // Pango indexes text with 32-bit integers.
        guard bytes.count < Int(Int32.max / 2) else { throw ShapingError.textTooLong(bytes.count) }
        let base = text.spans.first?.style ?? TextStyle(family: "Noto Serif", size: .pt(10))
        // Short texts recur from incident to incident (table labels, figures, small headings):
        // they are prepared once; Pango's work for a paragraph costs the same however short it is.
        let key = bytes.count <= Self.preparedTextLimit ? PreparedKey(text: text, format: format) : nil
        return try fonts.withLock {
            if let key, let known = prepared[key] { return known }
            let baseFont = try loadFont(base)
            guard !bytes.isEmpty else {
                return ShapedText(text: [], pieces: [], breaks: [], baseLevel: 0, ascent: baseFont.ascent,
                                  descent: baseFont.descent)
            }
            var paragraph = try Paragraph(shaper: self, text: text, plain: plain, bytes: bytes, format: format)
            let shaped = try paragraph.shape(ascent: baseFont.ascent, descent: baseFont.descent)
            if let key {
                if prepared.count >= Self.preparedLimit { prepared.removeAll(keepingCapacity: true) }
                prepared[key] = shaped
            }
            return shaped
        }
    }

    /// The counts of the shaping cache since the shaper was made.
    public var shapingStatistics: ShapingStatistics { fonts.withLock { cache.statistics } }

    /// The font Pango chooses for a style, with its metrics. Call with the lock held.
    func loadFont(_ style: TextStyle) throws -> PangoGlyphFont {
        guard let description = Self.fontDescription(style) else { throw ShapingError.pango("pango_font_description_new") }
        defer { pango_font_description_free(description) }
        guard let font = pango_context_load_font(context.pointer, description) else {
            throw ShapingError.noFont(style.family)
        }
        defer { g_object_unref(UnsafeMutableRawPointer(font)) }
        return glyphFont(font)
    }

    /// The one wrapper of a Pango font, made on first use. Call with the lock held.
    func glyphFont(_ font: UnsafeMutablePointer<PangoFont>) -> PangoGlyphFont {
        let address = UInt(bitPattern: font)
        if let known = glyphFonts[address] { return known }
        let wrapper = PangoGlyphFont(fonts: fonts, font: font)
        glyphFonts[address] = wrapper
        return wrapper
    }

    /// A font description for a style (caller frees it); nil if Pango could not make one.
    static func fontDescription(_ style: TextStyle) -> OpaquePointer? {
        guard let description = pango_font_description_new() else { return nil }
        pango_font_description_set_family(description, style.family)
        pango_font_description_set_absolute_size(description, Double(PangoUnits.from(style.shapedSize)))
        pango_font_description_set_weight(description, style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        pango_font_description_set_style(description, style.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)
        if style.smallCaps { pango_font_description_set_variant(description, PANGO_VARIANT_SMALL_CAPS) }
        return description
    }

    /// The attributes Pango itemizes by: fonts per span, the font features and the language.
    static func shapingAttributes(for text: StyledText, language: String?, length: UInt32) -> OpaquePointer? {
        guard let list = pango_attr_list_new() else { return nil }
        func insert(_ attribute: UnsafeMutablePointer<PangoAttribute>?, _ start: UInt32, _ end: UInt32) {
            guard let attribute else { return }
            attribute.pointee.start_index = start
            attribute.pointee.end_index = end
            pango_attr_list_insert(list, attribute)  // the list owns it now
        }
        // No Latin ligatures: a ligature glyph needs an ActualText span to read back, which
        // some readers (poppler's structure text among them) cut short.
        insert(pango_attr_font_features_new("liga 0, clig 0"), 0, length)
        if let language, !language.isEmpty {
            insert(pango_attr_language_new(pango_language_from_string(language)), 0, length)
        }
        var offset: UInt32 = 0
        for span in text.spans {
            let start = offset
            offset += UInt32(span.text.utf8.count)
            guard offset > start else { continue }
            guard let description = fontDescription(span.style) else { pango_attr_list_unref(list); return nil }
            insert(pango_attr_font_desc_new(description), start, offset)  // copies the description
            pango_font_description_free(description)
        }
        return list
    }
}

/// One paragraph being itemized and shaped: the state of `PangoShaper.prepare`. Every call
/// happens with the font library's lock held.
private struct Paragraph {
    let shaper: PangoShaper
    let text: StyledText
    let bytes: [UInt8]
    let format: ParagraphFormat
    /// Each character's scalar and its UTF-8 offset (one more offset, for the end).
    let scalars: [Unicode.Scalar]
    let offsets: [Int]
    /// The UTF-8 offset where each span starts, and the end.
    let spanStarts: [Int]

    init(shaper: PangoShaper, text: StyledText, plain: String, bytes: [UInt8], format: ParagraphFormat) throws {
        self.shaper = shaper; self.text = text; self.bytes = bytes; self.format = format
        var scalars: [Unicode.Scalar] = [], offsets: [Int] = []
        scalars.reserveCapacity(bytes.count)
        offsets.reserveCapacity(bytes.count + 1)
        var offset = 0
        for scalar in plain.unicodeScalars {
            scalars.append(scalar); offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        offsets.append(offset)
        self.scalars = scalars; self.offsets = offsets
        var starts: [Int] = [], start = 0
        for span in text.spans { starts.append(start); start += span.text.utf8.count }
        starts.append(start)
        self.spanStarts = starts
    }

    mutating func shape(ascent: Length, descent: Length) throws -> ShapedText {
        let simpleBreaks = SimpleLineBreaks.opportunities(scalars)
        let latin = simpleBreaks == nil ? nil
            : shaper.latinItems(text, scalars: scalars, spanStarts: spanStarts, offsets: offsets, length: bytes.count,
                                language: format.language, rightToLeft: format.rightToLeft)
        let items = try latin ?? shaper.pangoItems(text, bytes: bytes, format: format)
        defer { g_list_free_full(items) { pango_item_free($0?.assumingMemoryBound(to: PangoItem.self)) } }
        // The paragraph's level is the lowest of its items' (right-to-left words in a paragraph
        // set left to right are raised above it).
        var baseLevel = format.autoDirection ? UInt8.max : 0
        var scan: UnsafeMutablePointer<GList>? = items
        while let current = scan {
            scan = current.pointee.next
            if let item = current.pointee.data?.assumingMemoryBound(to: PangoItem.self) {
                baseLevel = min(baseLevel, item.pointee.analysis.level)
            }
        }
        baseLevel = format.rightToLeft ? 1 : baseLevel == UInt8.max ? 0 : baseLevel & 1
        let attrs = PangoShaper.logAttributes(bytes, scalars: scalars, level: baseLevel, language: format.language,
                                              breaks: simpleBreaks)

        var pieces: [TextPiece] = []
        var hyphenation: [TextBreak] = []
        let words = format.hyphenate ? shaper.wordHyphenation(for: format.language) : nil
        var node: UnsafeMutablePointer<GList>? = items
        var character = 0
        var span = 0
        while let current = node {
            node = current.pointee.next
            guard let item = current.pointee.data?.assumingMemoryBound(to: PangoItem.self) else { continue }
            let start = Int(item.pointee.offset), end = min(bytes.count, start + Int(item.pointee.length))
            while character < scalars.count, offsets[character] < start { character += 1 }
            // Split the item into words, runs of spaces and line breaks, and at span boundaries.
            var pieceStart = character
            while pieceStart < scalars.count, offsets[pieceStart] < end {
                while span + 1 < text.spans.count, spanStarts[span + 1] <= offsets[pieceStart] { span += 1 }
                let kind = self.kind(of: pieceStart, attrs: attrs)
                var pieceEnd = pieceStart + 1
                if kind == .lineBreak {
                    // CR LF is one break.
                    if scalars[pieceStart] == "\r", pieceEnd < scalars.count, scalars[pieceEnd] == "\n" { pieceEnd += 1 }
                } else {
                    while pieceEnd < scalars.count, offsets[pieceEnd] < end, offsets[pieceEnd] < spanStarts[span + 1],
                          self.kind(of: pieceEnd, attrs: attrs) == kind {
                        pieceEnd += 1
                    }
                }
                let range = offsets[pieceStart]..<offsets[pieceEnd]
                let run = kind == .lineBreak ? nil : try shapePiece(range, item: item, span: span, kind: kind)
                var piece = TextPiece(kind: kind, range: range, level: item.pointee.analysis.level, span: span, run: run)
                if kind == .word {
                    let points = words.map { shaper.hyphenationPoints(in: bytes[range], language: format.language ?? "", with: $0) } ?? []
                    hyphenation += points.map { TextBreak(offset: range.lowerBound + $0, kind: .hyphenation) }
                    // A soft hyphen where a line breaks shows as a hyphen too.
                    let softHyphen = PangoShaper.containsSoftHyphen(bytes[range])
                    if !points.isEmpty || softHyphen { piece.hyphen = try shaper.hyphen(for: item.pointee.analysis) }
                }
                pieces.append(piece)
                pieceStart = pieceEnd
            }
            character = pieceStart
        }

        var breaks: [TextBreak] = []
        var next = 0
        for i in 1..<max(1, scalars.count) where attrs[i].is_line_break != 0 && attrs[i].is_mandatory_break == 0 {
            while next < hyphenation.count, hyphenation[next].offset < offsets[i] { breaks.append(hyphenation[next]); next += 1 }
            if next < hyphenation.count, hyphenation[next].offset == offsets[i] { continue }
            breaks.append(TextBreak(offset: offsets[i], kind: .allowed))
        }
        breaks += hyphenation[next...]
        return ShapedText(text: bytes, pieces: pieces, breaks: breaks, baseLevel: baseLevel, ascent: ascent,
                          descent: descent)
    }

    private func kind(of character: Int, attrs: [PangoLogAttr]) -> TextPiece.Kind {
        switch scalars[character] {
        case "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}": return .lineBreak
        default: return attrs[character].is_white != 0 ? .space : .word
        }
    }

    /// Shapes `range` of the text with the item's analysis, as a paragraph of its own so the
    /// result does not depend on its neighbours and can be shared.
    private func shapePiece(_ range: Range<Int>, item: UnsafeMutablePointer<PangoItem>, span: Int,
                            kind: TextPiece.Kind) throws -> GlyphRun {
        let analysis = item.pointee.analysis
        guard let font = analysis.font else { throw ShapingError.pango("an item without a font") }
        let spacing = PangoUnits.from(text.spans[span].style.letterSpacing)
        let cacheable = Self.onlyFontFeatures(analysis.extra_attrs)
        let mode = UInt32(analysis.level & 1) << 8 | UInt32(analysis.flags & ~PangoShaper.characterOffsetFlag)
        // Looked up with the paragraph's own bytes: a word found costs no allocation.
        if cacheable, let known = bytes.withUnsafeBufferPointer({ buffer in
            shaper.cache.run(for: ShapingKey(font: UInt(bitPattern: font), script: Int32(analysis.script),
                                             language: UInt(bitPattern: analysis.language), mode: mode, letterSpacing: spacing,
                                             pieceText: PieceText(borrowing: UnsafeBufferPointer(rebasing: buffer[range]))))
        }) { return known }
        let text = Array(bytes[range])
        let key = ShapingKey(font: UInt(bitPattern: font), script: Int32(analysis.script),
                             language: UInt(bitPattern: analysis.language), mode: mode, letterSpacing: spacing, text: text)

        guard let glyphString = pango_glyph_string_new() else { throw ShapingError.pango("pango_glyph_string_new") }
        defer { pango_glyph_string_free(glyphString) }
        withUnsafePointer(to: analysis) { analysis in
            text.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { piece in
                    pango_shape_with_flags(piece.baseAddress, Int32(piece.count), piece.baseAddress, Int32(piece.count),
                                           analysis, glyphString, PANGO_SHAPE_NONE)
                }
            }
        }
        let run = makeRun(glyphString, text: text, font: shaper.glyphFont(font),
                          rightToLeft: analysis.level & 1 == 1, spacing: spacing, isSpace: kind == .space)
        if cacheable { shaper.cache.insert(run, for: key) } else { shaper.cache.countMiss() }
        return run
    }

    /// Whether an item's extra attributes hold nothing but font features, which are the same
    /// for every piece: anything else (a text transform, a font scale) is not in the cache key.
    private static func onlyFontFeatures(_ list: UnsafeMutablePointer<GSList>?) -> Bool {
        var node = list
        while let current = node {
            node = current.pointee.next
            guard let attribute = current.pointee.data?.assumingMemoryBound(to: PangoAttribute.self) else { continue }
            if attribute.pointee.klass.pointee.type != PANGO_ATTR_FONT_FEATURES { return false }
        }
        return true
    }

    /// Copies a glyph string into a run. Glyphs Pango leaves empty (default ignorables such as
    /// ZERO WIDTH NON-JOINER) stay in place, invisible; a character no font has shows the
    /// font's missing-glyph box, as a reader would, except for an unknown space.
    private func makeRun(_ string: UnsafeMutablePointer<PangoGlyphString>, text: [UInt8], font: PangoGlyphFont,
                         rightToLeft: Bool, spacing: Int32, isSpace: Bool) -> GlyphRun {
        let count = Int(string.pointee.num_glyphs)
        var glyphs = [UInt32](), advances = [Int32](), xs = [Int32](), ys = [Int32](), clusters = [Int32]()
        glyphs.reserveCapacity(count); advances.reserveCapacity(count); clusters.reserveCapacity(count)
        xs.reserveCapacity(count); ys.reserveCapacity(count)
        if let infos = string.pointee.glyphs, let logClusters = string.pointee.log_clusters {
            for i in 0..<count {
                let info = infos[i]
                var glyph = info.glyph
                if glyph == PANGO_GLYPH_EMPTY {
                    glyph = GlyphRun.invisible
                } else if glyph & PANGO_GLYPH_UNKNOWN_FLAG != 0 {
                    glyph = glyph == (0x20 | PANGO_GLYPH_UNKNOWN_FLAG) ? GlyphRun.invisible : 0
                }
                glyphs.append(glyph)
                advances.append(info.geometry.width)
                xs.append(info.geometry.x_offset)
                ys.append(info.geometry.y_offset)
                clusters.append(logClusters[i])
            }
        }
        if spacing != 0 && count > 0 {
            // Letter spacing goes between characters: after every cluster of a word but its
            // last, and on both sides of every space, so a line "A B" gets two gaps.
            for i in 0..<count {
                let last = i + 1 == count || clusters[i + 1] != clusters[i]
                if isSpace || (last && i + 1 < count) { advances[i] += spacing }
            }
            if isSpace { advances[0] += spacing; xs[0] += spacing }
        }
        return GlyphRun(font: font, text: text, glyphs: glyphs, advances: advances, xOffsets: xs, yOffsets: ys,
                        clusters: clusters, rightToLeft: rightToLeft)
    }
}

extension PangoShaper {
    /// Pango's items for a paragraph: `pango_itemize_with_base_dir` with the spans' fonts, the
    /// font features and the language. Call with the lock held; the caller frees the list.
    func pangoItems(_ text: StyledText, bytes: [UInt8], format: ParagraphFormat) throws -> UnsafeMutablePointer<GList> {
        let length = Int32(bytes.count)
        guard let attributes = Self.shapingAttributes(for: text, language: format.language, length: UInt32(length)) else {
            throw ShapingError.pango("pango_attr_list_new")
        }
        defer { pango_attr_list_unref(attributes) }
        // A weak direction lets the bidi algorithm take the paragraph's from its first strong
        // character (rules P2 and P3 of UAX #9), left to right if it has none.
        let direction = format.rightToLeft ? PANGO_DIRECTION_RTL
            : format.autoDirection ? PANGO_DIRECTION_WEAK_LTR : PANGO_DIRECTION_LTR
        let items: UnsafeMutablePointer<GList>? = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { text in
                pango_itemize_with_base_dir(context.pointer, direction, text.baseAddress, 0, length, attributes, nil)
            }
        }
        guard let items else { throw ShapingError.pango("pango_itemize_with_base_dir") }
        return items
    }

    /// Where lines may break and which characters are white space, one entry per character and
    /// one for the end: from `breaks` (`SimpleLineBreaks.opportunities`, found by the caller)
    /// when the text is one it takes, else from Pango, whose full analysis costs more than
    /// shaping the paragraph's words from the cache.
    static func logAttributes(_ bytes: [UInt8], scalars: [Unicode.Scalar], level: UInt8, language: String?,
                              breaks: [Bool]?) -> [PangoLogAttr] {
        if let breaks {
            var attrs = [PangoLogAttr](repeating: PangoLogAttr(), count: scalars.count + 1)
            for i in scalars.indices {
                if breaks[i] { attrs[i].is_line_break = 1 }
                if scalars[i] == " " || scalars[i] == "\u{A0}" { attrs[i].is_white = 1 }
            }
            return attrs
        }
        return pangoLogAttributes(bytes, count: scalars.count, level: level, language: language)
    }

    /// Pango's analysis of the text's characters: `pango_get_log_attrs`.
    static func pangoLogAttributes(_ bytes: [UInt8], count: Int, level: UInt8, language: String?) -> [PangoLogAttr] {
        var attrs = [PangoLogAttr](repeating: PangoLogAttr(), count: count + 1)
        let language = pango_language_from_string(language ?? "")
        bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { text in
                pango_get_log_attrs(text.baseAddress, Int32(bytes.count), Int32(level), language, &attrs, Int32(attrs.count))
            }
        }
        return attrs
    }

    /// Whether UTF-8 text holds a soft hyphen (U+00AD, C2 AD): a plain scan, as this runs for every word.
    static func containsSoftHyphen(_ bytes: ArraySlice<UInt8>) -> Bool {
        var previous: UInt8 = 0
        for byte in bytes {
            if byte == 0xAD, previous == 0xC2 { return true }
            previous = byte
        }
        return false
    }
}
