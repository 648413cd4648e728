// PangoUnits: the one place where page lengths become Pango's fixed-point units and back.
import CCairo
import DossierDisplay

/// Converts between `Length` (points) and Pango units (1/1024 of a device unit, here a point).
enum PangoUnits {
    /// Returns `length` in Pango units, rounded to the nearest unit and clamped to Int32.
    static func from(_ length: Length) -> Int32 {
        let value = (length.points * Double(PANGO_SCALE)).rounded()
        return Int32(max(Double(Int32.min), min(Double(Int32.max), value)))
    }

    /// Returns the length of `units` Pango units.
    static func length(_ units: Int32) -> Length { .pt(Double(units) / Double(PANGO_SCALE)) }
}
