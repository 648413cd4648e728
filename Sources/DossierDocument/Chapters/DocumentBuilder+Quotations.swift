// DocumentBuilder+Quotations: the statements chapter, and a statement as it is quoted anywhere
// in the document.

import DossierModel

extension DocumentBuilder {
    func quotationBlocks() -> [Block] {
        guard !dossier.quotations.isEmpty else { return [] }
        var blocks: [Block] = [Self.chapterHeading("Statements", anchor: "statements")]
        for q in dossier.quotations { blocks.append(.quote(quote(q))) }
        return blocks
    }

    /// A statement set as a block quotation: the words, a translation, and who said them, when,
    /// where it is recorded and the source's number.
    func quote(_ q: Quotation) -> BlockQuote {
        var paragraphs = [Paragraph([.text("“" + q.text + "”")], style: "quote", language: q.language)]
        if let t = q.translation {
            var line = "Translation: “\(t.text)”"
            if let who = t.translator { line += " (tr. \(who))" }
            paragraphs.append(Paragraph([.text(line)], style: "quote", language: t.language))
        }
        var who = "— " + q.speaker
        if let role = q.role { who += ", " + role }
        var details: [String] = []
        if let occasion = q.occasion { details.append(occasion) }
        if let d = q.date { details.append(Formatting.day(d)) }
        if !details.isEmpty { who += ", " + details.joined(separator: ", ") }
        var attribution: [Inline] = [.text(who)]
        if let c = q.source {
            if let loc = c.locator { attribution.append(.text(", " + loc)) }
            attribution += citation([c.source])
        }
        return BlockQuote(paragraphs: paragraphs, attribution: attribution)
    }
}
