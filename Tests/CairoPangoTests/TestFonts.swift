// TestFonts: the bundled fonts and a shaper on them, shared by the CairoPango tests.
import CairoPango
import DossierDisplay
import Foundation

/// Locates the repository from this file and registers the bundled fonts once.
enum TestFonts {
    /// The repository root.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// The bundled font folder.
    static let directory = root.appendingPathComponent("fonts").path
    static let library: FontLibrary = try! FontLibrary(directory: directory)
    static let shaper: PangoShaper = try! PangoShaper(fonts: library)
    static let serif = TextStyle(family: "Noto Serif", size: .pt(11))
}

extension TestFonts {
    /// A font for runs that are never drawn.
    static let dummyFont: any GlyphFont = DummyFont()
    private final class DummyFont: GlyphFont {
        let ascent = Length.pt(8), descent = Length.pt(2)
    }
}
