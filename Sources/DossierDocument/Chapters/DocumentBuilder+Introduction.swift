// DocumentBuilder+Introduction: the project's own Markdown sections, each a chapter under its title.

import DossierModel

extension DocumentBuilder {
    /// Levels a summary's headings are shifted by: its `#` is a level-3 heading, below the incident's own.
    static let summaryHeadingOffset = 2

    /// One Markdown section as a chapter: its own level-1 heading, or one made from the file's name.
    func introductionBlocks(_ file: String, _ markdown: String) -> [Block] {
        var blocks = MarkdownReader.blocks(markdown)
        if case .heading(var h)? = blocks.first, h.level == 1 {
            h.anchor = "section-" + Self.slug(file); h.inContents = true; h.outlineLevel = 1
            h.setsSection = true
            blocks[0] = .heading(h)
        } else {
            blocks.insert(Self.chapterHeading(Self.title(ofFile: file), anchor: "section-" + Self.slug(file)), at: 0)
        }
        return blocks
    }

    static func slug(_ s: String) -> String {
        String(s.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" })
    }

    /// "sections/background-notes.md" → "Background notes".
    static func title(ofFile file: String) -> String {
        let base = file.split(separator: "/").last.map(String.init) ?? file
        let stem = base.split(separator: ".").first.map(String.init) ?? base
        let words = stem.split(whereSeparator: { $0 == "-" || $0 == "_" }).joined(separator: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}
