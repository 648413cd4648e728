// PangoShaper+Items: the items Pango would make for a left-to-right paragraph of Latin text, made without itemizing.
import CCairo
import DossierDisplay

/// A style's font for text that `SimpleLineBreaks` takes: the first font of its fontset, if it
/// has every such character (then Pango picks it for each of them).
struct LatinFont {
    let font: PangoGlyphFont
    /// Whether the font has each character below U+0180.
    let covers: [Bool]
    /// Whether it has the quotes, dashes and ellipsis above U+2000 that `SimpleLineBreaks` takes.
    let coversPunctuation: [UInt32: Bool]

    func has(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x180 ? covers[Int(value)] : coversPunctuation[value] ?? false
    }
}

/// What a style's Latin font depends on: the font description's fields and the language the
/// fontset is chosen for.
struct LatinFontKey: Hashable {
    var family: String
    var size: Int32
    var bold: Bool
    var italic: Bool
    var language: UInt
}

extension PangoShaper {
    /// Pango 1.50's private item flag saying that an item records its character offset: it says
    /// nothing about shaping, and items made here do not set it.
    static let characterOffsetFlag: UInt8 = 1 << 7

    /// The items `pango_itemize_with_base_dir` makes for `scalars` set left to right in `text`'s
    /// spans, made directly when that is certain to give the same items: every character is
    /// one `SimpleLineBreaks` takes (Latin letters, digits, spaces, common punctuation: one
    /// script, no right-to-left text), no span is in small capitals (Pango makes those up from
    /// smaller capitals when the font has none) or without a visible character (Pango gives
    /// such a span the font of the text after it), and each span's characters are all in the
    /// first font of its fontset. Then the whole paragraph is one script run (Latin, or Common
    /// without a letter), each span one item in that font, at level 0, with Pango's derived
    /// language and the font features as the item's extra attributes. Nil otherwise: Pango
    /// itemizes. Call with the lock held; the caller frees the list.
    func latinItems(_ text: StyledText, scalars: [Unicode.Scalar], spanStarts: [Int], offsets: [Int], length: Int,
                    language: String?, rightToLeft: Bool) -> UnsafeMutablePointer<GList>? {
        guard !rightToLeft, text.spans.allSatisfy({ !$0.style.smallCaps }) else { return nil }
        var hasLetter = false
        for scalar in scalars where Self.isLatinLetter(scalar) { hasLetter = true; break }
        let script = hasLetter ? PANGO_SCRIPT_LATIN : PANGO_SCRIPT_COMMON
        // Pango's derived language: the paragraph's (or the context's) if it is written in the
        // script, else the script's sample language, else "xx" (a tag that affects no font choice).
        // A context with no language of its own itemizes in the default language (the locale's).
        let given = language.flatMap { $0.isEmpty ? nil : pango_language_from_string($0) }
            ?? pango_context_get_language(context.pointer) ?? pango_language_get_default()
        var derived = given
        if given == nil || pango_language_includes_script(given, script) == 0 {
            derived = pango_script_get_sample_language(script) ?? pango_language_from_string("xx")
        }
        // Each span's font and character count, found before making anything to free; an empty
        // span makes no item.
        var fonts: [(font: PangoGlyphFont, characters: Int)?] = []
        var character = 0
        for (span, textSpan) in text.spans.enumerated() {
            let end = spanStarts[span + 1]
            guard end > spanStarts[span] else { fonts.append(nil); continue }
            guard let latin = latinFont(textSpan.style, language: derived) else { return nil }
            var visible = false
            let first = character
            while character < scalars.count, offsets[character] < end {
                let scalar = scalars[character]
                if scalar != " " && scalar != "\u{A0}" {
                    visible = true
                    guard latin.has(scalar) else { return nil }
                }
                character += 1
            }
            guard visible else { return nil }
            fonts.append((latin.font, character - first))
        }
        var items: UnsafeMutablePointer<GList>?
        for (span, found) in fonts.enumerated().reversed() {
            guard let (font, characters) = found, let item = pango_item_new() else { continue }
            item.pointee.offset = Int32(spanStarts[span])
            item.pointee.length = Int32(spanStarts[span + 1] - spanStarts[span])
            item.pointee.num_chars = Int32(characters)
            item.pointee.analysis.font = UnsafeMutablePointer(mutating: font.pointer)
            g_object_ref(UnsafeMutableRawPointer(font.pointer))
            item.pointee.analysis.level = 0
            item.pointee.analysis.gravity = UInt8(PANGO_GRAVITY_SOUTH.rawValue)
            item.pointee.analysis.flags = 0
            item.pointee.analysis.script = UInt8(script.rawValue)
            item.pointee.analysis.language = derived
            if let features = pango_attr_font_features_new("liga 0, clig 0") {
                features.pointee.start_index = 0
                features.pointee.end_index = UInt32(length)
                item.pointee.analysis.extra_attrs = g_slist_prepend(nil, features)
            }
            items = g_list_prepend(items, item)
        }
        return items
    }

    /// Whether `scalar` is a letter of the Latin script among the characters `SimpleLineBreaks` takes.
    static func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A, 0x100...0x17F: true
        case 0xC0...0xFF: scalar.value != 0xD7 && scalar.value != 0xF7
        default: false
        }
    }

    /// The first font of the fontset for `style` and `language`, with the characters it has;
    /// found once. Call with the lock held.
    func latinFont(_ style: TextStyle, language: OpaquePointer?) -> LatinFont? {
        let key = LatinFontKey(family: style.family, size: PangoUnits.from(style.shapedSize), bold: style.bold,
                               italic: style.italic, language: UInt(bitPattern: language))
        if let known = latinFonts[key] { return known }
        var found: LatinFont?
        defer { latinFonts[key] = found }
        guard let description = Self.fontDescription(style) else { return nil }
        defer { pango_font_description_free(description) }
        guard let fontset = pango_font_map_load_fontset(pango_context_get_font_map(context.pointer), context.pointer,
                                                        description, language) else { return nil }
        defer { g_object_unref(UnsafeMutableRawPointer(fontset)) }
        var first: UnsafeMutablePointer<PangoFont>?
        pango_fontset_foreach(fontset, { _, font, data in
            data?.assumingMemoryBound(to: UnsafeMutablePointer<PangoFont>?.self).pointee = font
            return 1  // the first is enough
        }, &first)
        guard let first else { return nil }
        let covers = (0..<0x180).map { pango_font_has_char(first, gunichar($0)) != 0 }
        var punctuation: [UInt32: Bool] = [:]
        for value: UInt32 in [0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2026] {
            punctuation[value] = pango_font_has_char(first, value) != 0
        }
        found = LatinFont(font: glyphFont(first), covers: covers, coversPunctuation: punctuation)
        return found
    }
}
