// ResourceLocator: finds the bundled fonts, layouts and strings, wherever the tool was built or installed.

import DossierLocale
import DossierRender
import Foundation

/// Finds the folders the tool ships with: `fonts/`, `layouts/`, `locales/` and `color/`.
public enum ResourceLocator {
    /// The fonts folder: `$DOSSIER_FONTS`, else the nearest `fonts/` above the executable
    /// (a build in a checkout), else `share/dossier/fonts` beside an installed `bin/`.
    public static func fontsDirectory() -> String? {
        ShippedFolder.find("fonts", marker: "NotoSerif-Regular.ttf", variable: "DOSSIER_FONTS")
    }

    /// The folder of the shipped layouts.
    public static func layoutsDirectory() -> String? {
        ShippedFolder.find("layouts", marker: "dossier.yaml", variable: "DOSSIER_LAYOUTS")
    }

    /// The folder of the shipped colour profile (`color/sRGB.icc`).
    public static func colorDirectory() -> String? {
        ShippedFolder.find("color", marker: "sRGB.icc", variable: "DOSSIER_COLOR")
    }

    /// The PDF options for `standard`, with the shipped sRGB profile when PDF/A needs it.
    public static func pdfOptions(_ standard: PDFStandard) throws -> PDFOptions {
        guard standard.declaresA2a else { return PDFOptions(standard: standard) }
        guard let folder = colorDirectory(),
              let profile = FileManager.default.contents(atPath: (folder as NSString).appendingPathComponent("sRGB.icc")) else {
            throw BuildFailure.project("cannot find the shipped colour profile (color/sRGB.icc) that PDF/A needs; "
                                       + "set DOSSIER_COLOR to its folder, or build with --pdf-standard ua")
        }
        return PDFOptions(standard: standard, colorProfile: Array(profile))
    }

    /// The folder of the shipped strings, one file per language: `$DOSSIER_LOCALES`, else as the fonts.
    public static func localesDirectory() -> String? { Wording.shippedFolder() }
}
