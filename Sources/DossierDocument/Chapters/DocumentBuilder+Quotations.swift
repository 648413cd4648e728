// DocumentBuilder+Quotations: the statements chapter, and a statement as it is quoted anywhere
// in the document.

import DossierLocale
import DossierModel

extension DocumentBuilder {
    func quotationBlocks() -> [Block] {
        guard !dossier.quotations.isEmpty else { return [] }
        var blocks: [Block] = [Self.chapterHeading(text("statements.title"), anchor: "statements")]
        for q in dossier.quotations { blocks.append(.quote(quote(q))) }
        return blocks
    }

    /// A statement set as a block quotation: the words, a translation, and who said them, when,
    /// where it is recorded and the source's number.
    func quote(_ q: Quotation) -> BlockQuote {
        var paragraphs = [Paragraph([.text(quoted(q.text, language: q.language))], style: "quote", language: q.language)]
        if let t = q.translation {
            var line = text("quote.translation", ["text": quoted(t.text, language: t.language)])
            if let who = t.translator { line = text("quote.translated_by", ["translation": line, "translator": who]) }
            paragraphs.append(Paragraph([.text(line)], style: "quote", language: t.language))
        }
        var parts = [q.speaker]
        if let role = q.role { parts.append(role) }
        if let occasion = q.occasion { parts.append(occasion) }
        if let d = q.date { parts.append(format.day(d)) }
        if let loc = q.source?.locator { parts.append(loc) }
        var attribution: [Inline] = [.text("— " + parts.joined(separator: text("list.separator")))]
        if let c = q.source {
            attribution += citation([c.source])
        }
        return BlockQuote(paragraphs: paragraphs, attribution: attribution)
    }

    /// `words` between the quotation marks of `language` (the words' own language, not the
    /// document's): “…” in English, « … » in French and Persian, „…“ in German.
    func quoted(_ words: String, language: String) -> String {
        let marks = Wording.quotationMarks(language)
        return marks.open + words + marks.close
    }
}
