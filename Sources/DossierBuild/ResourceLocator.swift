// ResourceLocator: finds the bundled fonts, layouts and strings, wherever the tool was built or installed.

import DossierLocale
import Foundation

/// Finds the folders the tool ships with: `fonts/`, `layouts/` and `locales/`.
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

    /// The folder of the shipped strings, one file per language: `$DOSSIER_LOCALES`, else as the fonts.
    public static func localesDirectory() -> String? { Wording.shippedFolder() }
}
