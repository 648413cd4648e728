// PangoLayoutHandle: owns a PangoLayout, for drawing lines that come without shaped glyphs.
import CCairo

/// Owns a `PangoLayout` and keeps its context alive. Not Sendable on its own: every call on it
/// goes through the font library's lock (see `Canvas`).
final class PangoLayoutHandle: GObjectHandle {
    let context: PangoContextHandle

    init(context: PangoContextHandle) throws {
        self.context = context
        try super.init(pango_layout_new(context.pointer), from: "pango_layout_new")
    }
}
