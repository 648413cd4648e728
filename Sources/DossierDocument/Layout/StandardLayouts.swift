// StandardLayouts: the built-in starting point every layout file refines.

import DossierDisplay

extension LayoutSpec {
    /// The house style: Noto Serif text, Noto Sans headings, A4, navy accents.
    public static func standard(name: String = "dossier") -> LayoutSpec {
        let serif = "Noto Serif", sans = "Noto Sans"
        let ink = Color(hex: "#1A1A1A")!, muted = Color(hex: "#5A5F66")!, accent = Color(hex: "#1F3A5F")!
        func text(_ family: String, _ size: Double, bold: Bool = false, italic: Bool = false, color: Color = ink) -> TextStyle {
            TextStyle(family: family, size: .pt(size), bold: bold, italic: italic, color: color)
        }
        let body = ParagraphStyle(font: text(serif, 10.5), leading: .pt(14.5), alignment: .justify, spaceAfter: .pt(6))
        var styles: [String: ParagraphStyle] = [
            "body": body,
            "h1": ParagraphStyle(font: text(sans, 19, bold: true, color: accent), leading: .pt(24),
                                 spaceBefore: .pt(6), spaceAfter: .pt(14), keepWithNext: true),
            "h2": ParagraphStyle(font: text(sans, 13.5, bold: true, color: accent), leading: .pt(17),
                                 spaceBefore: .pt(22), spaceAfter: .pt(3), keepWithNext: true),
            "h3": ParagraphStyle(font: text(sans, 10.5, bold: true, color: ink), leading: .pt(14),
                                 spaceBefore: .pt(12), spaceAfter: .pt(4), keepWithNext: true),
            "meta": ParagraphStyle(font: text(sans, 8.8, color: muted), leading: .pt(12), spaceAfter: .pt(10),
                                   keepWithNext: true),
            "quote": ParagraphStyle(font: text(serif, 10.5, italic: true), leading: .pt(14.5), alignment: .justify,
                                    spaceBefore: .pt(8), indentStart: .cm(1), indentEnd: .cm(1)),
            "attribution": ParagraphStyle(font: text(sans, 8.5, color: muted), leading: .pt(11.5), alignment: .end,
                                          spaceAfter: .pt(10), indentStart: .cm(1), indentEnd: .cm(1)),
            "caption": ParagraphStyle(font: text(serif, 9, italic: true, color: muted), leading: .pt(12),
                                      spaceBefore: .pt(4), spaceAfter: .pt(12)),
            // Numbered entries hang: the number stands out, the text wraps under the text.
            "source": ParagraphStyle(font: text(serif, 9), leading: .pt(12), spaceAfter: .pt(3),
                                     firstLineIndent: .pt(-18)),
            "footnote": ParagraphStyle(font: text(serif, 8.5), leading: .pt(11)),
            "note": ParagraphStyle(font: text(serif, 9, color: muted), leading: .pt(12), spaceAfter: .pt(6)),
            "toc": ParagraphStyle(font: text(serif, 10.5), leading: .pt(17)),
            "cover-kicker": ParagraphStyle(font: text(sans, 9.5, bold: true, color: accent), leading: .pt(13),
                                           spaceAfter: .pt(14)),
            "cover-title": ParagraphStyle(font: text(sans, 28, bold: true, color: accent), leading: .pt(34),
                                          spaceAfter: .pt(12)),
            "cover-subtitle": ParagraphStyle(font: text(serif, 14.5, color: ink), leading: .pt(20), spaceAfter: .pt(30)),
            "cover-meta": ParagraphStyle(font: text(sans, 9.5, color: muted), leading: .pt(14)),
            "cover-figure": ParagraphStyle(font: text(sans, 24, bold: true, color: accent), leading: .pt(28)),
        ]
        styles["h2"]?.alignment = .start
        let tableBody = ParagraphStyle(font: text(sans, 8.8), leading: .pt(12))
        let tableHeader = ParagraphStyle(font: text(sans, 8.8, bold: true), leading: .pt(12))
        let running = ParagraphStyle(font: text(sans, 7.8, color: muted), leading: .pt(10))
        return LayoutSpec(
            name: name,
            page: PageSetup(),
            serif: serif, sans: sans,
            styles: styles,
            table: TableStyle(body: tableBody, header: tableHeader, headerFill: Color(hex: "#E6EAF0"),
                              zebraFill: Color(hex: "#F6F7F9"), ruleColor: Color(hex: "#8A9099")!,
                              ruleWidth: .pt(0.5), grid: false, padding: .pt(3.5)),
            header: RunningLine(left: "{{title}}", right: "{{section}}", style: running,
                                baselineFromEdge: .mm(13), rule: true),
            footer: RunningLine(center: "Page {{page}} of {{pages}}", style: running, baselineFromEdge: .mm(13)),
            sections: [.cover, .contents, .introduction, .overview, .incidents, .sources],
            widows: 2, orphans: 2,
            rectoChapters: false,
            chartMode: .color,
            accent: accent)
    }
}
