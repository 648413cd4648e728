// LayoutFonts: every font a layout names must be one of the bundled fonts; fontconfig would
// otherwise set the text in whatever face it finds closest, and say nothing.

import CairoPango
import DossierDocument
import Foundation

enum LayoutFonts {
    /// The families a layout names: its serif and sans, and each style's, running line's and
    /// table's font (a family list such as "Noto Naskh Arabic, Noto Serif" counts each name).
    static func named(in spec: LayoutSpec) -> [String] {
        let styles = spec.styles.values.map(\.font.family)
            + [spec.table.body.font.family, spec.table.header.font.family, spec.header.style.font.family,
               spec.footer.style.font.family, spec.serif, spec.sans, spec.language.arabicFamily]
        let names = styles.flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
        return Set(names.filter { !$0.isEmpty }).sorted()
    }

    /// Throws, naming the font and the folder fonts are looked for in, when the layout names a
    /// family the bundled fonts do not have.
    static func check(_ spec: LayoutSpec, fonts: FontLibrary) throws {
        let known = Set(fonts.families.map { $0.lowercased() })
        for family in named(in: spec) where !known.contains(family.lowercased()) {
            throw BuildFailure.project("layout “\(spec.name)” names the font “\(family)”, which is not found: fonts are "
                + "looked for in \(fonts.directory) (set DOSSIER_FONTS to use another folder); expected one of "
                + fonts.families.joined(separator: ", "))
        }
    }
}
