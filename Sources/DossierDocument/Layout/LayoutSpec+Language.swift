// LayoutSpec+Language: a layout set in the document's language: its running lines' words, digits
// and direction.

import DossierDisplay
import DossierLocale

extension LayoutSpec {
    /// The layout for a document in `wording`'s language: the shipped running-line words
    /// ("Page {{page}} of {{pages}}", "Briefing": the `running.` strings) in that language, page numbers in its digits, and the
    /// direction it reads in.
    public func localized(_ wording: Wording) -> LayoutSpec {
        var spec = self
        if wording.language != "en" {
            let english = Wording.english
            func translate(_ template: String) -> String {
                var out = template
                for key in english.keys(withPrefix: "running.") {
                    let words = english.text(key)
                    if out.contains(words) { out = out.replacingOccurrences(of: words, with: wording.text(key)) }
                }
                return out
            }
            for line in [\LayoutSpec.header, \LayoutSpec.footer] {
                spec[keyPath: line].left = translate(spec[keyPath: line].left)
                spec[keyPath: line].center = translate(spec[keyPath: line].center)
                spec[keyPath: line].right = translate(spec[keyPath: line].right)
            }
        }
        spec.language = LayoutLanguage(wording: wording, arabicFamily: language.arabicFamily)
        if spec.rightToLeft {
            spec.setInArabicScript()
            // A right-to-left document is bound on the right: the inner margin is the right one.
            swap(&spec.page.inner, &spec.page.outer)
        }
        return spec
    }

    /// Sets every style in the Arabic-script face first (Noto Naskh Arabic unless the layout names
    /// another), without italics (Arabic script has none; a slanted Naskh reads as a fault).
    private mutating func setInArabicScript() {
        let arabic = language.arabicFamily
        func naskh(_ style: inout TextStyle) {
            if !style.family.hasPrefix(arabic) { style.family = arabic + ", " + style.family }
            style.italic = false
        }
        for name in styles.keys { naskh(&styles[name]!.font) }
        naskh(&table.body.font)
        naskh(&table.header.font)
        naskh(&header.style.font)
        naskh(&footer.style.font)
        serif = arabic + ", " + serif
        sans = arabic + ", " + sans
    }
}
