// PangoLayoutHandle: owns a PangoLayout, for drawing lines that come without shaped glyphs.
import CCairo

/// Owns a `PangoLayout`. Not Sendable on its own: every call on it goes through the font
/// library's lock (see `Canvas`).
final class PangoLayoutHandle {
    let context: PangoContextHandle
    /// The layout (`PangoLayout *`), owned.
    let pointer: OpaquePointer

    init(context: PangoContextHandle) throws {
        guard let layout = pango_layout_new(context.pointer) else {
            throw FontError.setupFailed("pango_layout_new failed")
        }
        self.context = context
        self.pointer = layout
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(pointer)) }
}
