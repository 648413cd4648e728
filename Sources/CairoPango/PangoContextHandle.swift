// PangoContextHandle: owns the Pango context all shaping uses, set up for resolution-independent metrics.
import CCairo

/// Owns a `PangoContext` on the library's font map, with unhinted metrics and unrounded glyph
/// positions so that widths measured here match the PDF at any scale. Not Sendable on its
/// own; the shaper guards it with the font library's lock.
final class PangoContextHandle: GObjectHandle {
    let fonts: FontLibrary

    init(fonts: FontLibrary) throws {
        self.fonts = fonts
        try super.init(pango_font_map_create_context(fonts.fontMap), from: "pango_font_map_create_context")
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        pango_cairo_context_set_font_options(pointer, options)  // copies the options
        cairo_font_options_destroy(options)
        // 72 dpi: one device unit is one point, so sizes and positions need no further scaling.
        pango_cairo_context_set_resolution(pointer, 72)
        pango_context_set_round_glyph_positions(pointer, 0)
    }
}
