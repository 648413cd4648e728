// FontLibrary: the bundled fonts, registered in a private fontconfig configuration that Pango uses.
import CCairo
import Foundation

/// The bundled fonts, registered in a fontconfig configuration of their own (no configuration
/// files, no system font folders), so output never depends on the fonts of the machine.
///
/// Sendable (`@unchecked`): nothing changes after `init`, and every Pango call that touches the
/// font map (shaping, measuring, drawing shaped lines) runs inside `withLock`, because Pango's
/// font caches are not safe to use from two threads at once.
public final class FontLibrary: @unchecked Sendable {
    /// The files that must be in the font folder.
    public static let requiredFiles = [
        "NotoSerif-Regular.ttf", "NotoSerif-Bold.ttf", "NotoSerif-Italic.ttf", "NotoSerif-BoldItalic.ttf",
        "NotoSans-Regular.ttf", "NotoSans-Bold.ttf",
        "NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf",
        // Mathematical signs such as ≥, which the text fonts lack.
        "NotoSansMath-Regular.ttf",
    ]

    /// The folder the fonts were read from.
    public let directory: String
    /// The registered font families, sorted by name.
    public let families: [String]

    /// The private fontconfig configuration (`FcConfig *`), owned: destroyed in `deinit`.
    let config: OpaquePointer
    /// The PangoCairo font map using `config`, owned: unreferenced in `deinit`.
    let fontMap: UnsafeMutablePointer<PangoFontMap>
    // Recursive: a line's glyphs release their fonts under this lock in `deinit`, which can run
    // while the lock is already held (a shaped line dropped inside a locked section).
    private let lock = NSRecursiveLock()

    /// Registers every .ttf and .otf file of `directory`; throws `FontError` if the folder or a
    /// required file is missing or a file is not a font.
    public init(directory: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw FontError.missingDirectory(directory)
        }
        let base = URL(fileURLWithPath: directory)
        for file in Self.requiredFiles
        where !FileManager.default.fileExists(atPath: base.appendingPathComponent(file).path) {
            throw FontError.missingFile(directory: directory, file: file)
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        // Sorted, so registration order (and fontconfig's tie-breaking) is the same on every machine.
        let fontFiles = names.filter { $0.lowercased().hasSuffix(".ttf") || $0.lowercased().hasSuffix(".otf") }.sorted()

        guard let config = FcConfigCreate() else { throw FontError.setupFailed("FcConfigCreate failed") }
        for name in fontFiles {
            let path = base.appendingPathComponent(name).path
            let added = Self.fcString(path) { FcConfigAppFontAddFile(config, $0) }
            guard added != 0 else {
                FcConfigDestroy(config)
                throw FontError.unreadableFont(path: path)
            }
        }
        self.config = config
        self.directory = directory
        self.families = Self.registeredFamilies(config)

        guard let map = pango_cairo_font_map_new() else {
            FcConfigDestroy(config)
            throw FontError.setupFailed("pango_cairo_font_map_new failed")
        }
        // The font map takes its own reference to the configuration.
        pango_fc_font_map_set_config(OpaquePointer(map), config)
        self.fontMap = map
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(fontMap))
        FcConfigDestroy(config)
    }

    /// Returns the family fontconfig chooses for a request, e.g. to warn that a layout names a
    /// family that is not bundled (it resolves to a bundled one instead).
    public func resolvedFamily(for family: String, bold: Bool = false, italic: Bool = false) -> String {
        withLock {
            guard let context = pango_font_map_create_context(fontMap) else { return "" }
            defer { g_object_unref(UnsafeMutableRawPointer(context)) }
            let description = pango_font_description_new()
            defer { pango_font_description_free(description) }
            pango_font_description_set_family(description, family)
            pango_font_description_set_weight(description, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
            pango_font_description_set_style(description, italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)
            pango_font_description_set_absolute_size(description, Double(10 * PANGO_SCALE))
            guard let font = pango_font_map_load_font(fontMap, context, description) else { return "" }
            defer { g_object_unref(UnsafeMutableRawPointer(font)) }
            return Self.familyName(of: font)
        }
    }

    /// Runs `body` while holding the library's lock; every Pango call goes through here.
    func withLock<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    /// Returns the family name of a loaded Pango font.
    static func familyName(of font: UnsafeMutablePointer<PangoFont>) -> String {
        guard let described = pango_font_describe(font) else { return "" }
        defer { pango_font_description_free(described) }
        guard let name = pango_font_description_get_family(described) else { return "" }
        return String(cString: name)
    }

    private static func fcString<T>(_ string: String, _ body: (UnsafePointer<FcChar8>) -> T) -> T {
        string.withCString { $0.withMemoryRebound(to: FcChar8.self, capacity: string.utf8.count + 1, body) }
    }

    private static func registeredFamilies(_ config: OpaquePointer) -> [String] {
        guard let set = FcConfigGetFonts(config, FcSetApplication) else { return [] }
        var names = Set<String>()
        for index in 0..<Int(set.pointee.nfont) {
            guard let pattern = set.pointee.fonts[index] else { continue }
            var value: UnsafeMutablePointer<FcChar8>?
            if FcPatternGetString(pattern, FC_FAMILY, 0, &value) == FcResultMatch, let value {
                names.insert(String(cString: value))
            }
        }
        return names.sorted()
    }
}
