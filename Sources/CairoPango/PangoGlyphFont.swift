// PangoGlyphFont: a Pango font referenced by shaped pieces, released with the last of them.
import CCairo
import DossierDisplay

/// Holds one reference to a `PangoFont` for the pieces shaped in it, with its line metrics.
/// The shaper keeps one per font, so pieces compare fonts by identity.
///
/// Sendable (`@unchecked`): nothing changes after creation; the font is only used inside the
/// font library's lock, and its cairo font (found once, under the lock) is safe on any thread.
final class PangoGlyphFont: GlyphFont, @unchecked Sendable {
    let fonts: FontLibrary
    /// The font (`PangoFont *`), referenced until this object is freed.
    let pointer: UnsafeMutablePointer<PangoFont>
    let ascent: Length
    let descent: Length
    /// The cairo font that draws the pieces, owned by the Pango font; found once here, so drawing
    /// a page needs no lock.
    let scaledFont: OpaquePointer?

    /// Takes a new reference to `font`. Call with the lock held.
    init(fonts: FontLibrary, font: UnsafeMutablePointer<PangoFont>) {
        g_object_ref(UnsafeMutableRawPointer(font))
        self.fonts = fonts
        self.pointer = font
        // Pango's cairo fonts give every glyph the font's ascent and descent as its logical
        // box: glyph 0 stands for any.
        var logical = PangoRectangle()
        pango_font_get_glyph_extents(font, 0, nil, &logical)
        ascent = PangoUnits.length(-logical.y)
        descent = PangoUnits.length(logical.y + logical.height)
        scaledFont = pango_cairo_font_get_scaled_font(OpaquePointer(font))
    }

    deinit {
        fonts.withLock { g_object_unref(UnsafeMutableRawPointer(pointer)) }
    }

    /// The font's family name (for tests and diagnostics).
    var family: String { fonts.withLock { FontLibrary.familyName(of: pointer) } }
}
