// DocumentBuilder+Sources: the sources chapter, a source's entry wherever it is listed, and the
// bracketed numbers that cite it.

import DossierModel

extension DocumentBuilder {
    func sourceBlocks() -> [Block] {
        guard !dossier.sources.isEmpty else { return [] }
        var blocks: [Block] = [Self.chapterHeading(text("sources.title"), anchor: "sources")]
        blocks.append(.paragraph(Paragraph([.text(text("sources.note"))], style: "note")))
        for id in sources.order {
            blocks.append(.paragraph(Paragraph(sourceEntry(id), style: "source", anchor: SourceIndex.anchor(id))))
        }
        return blocks
    }

    /// "[3] Author, Title. Publisher, 1 September 2019. URL"
    func sourceEntry(_ id: String) -> [Inline] {
        let number = sources.number(id).map { "[\(format.count($0))] " } ?? ""
        guard let s = records.source(id) else { return [.text(number + id + " "), .emphasis([.text(text("sources.undefined"))])] }
        var out: [Inline] = [.text(number)]
        if let a = s.author { out.append(.text(a + ", ")) }
        out.append(.emphasis([.text(s.title)]))
        var tail: [String] = []
        if let p = s.publisher { tail.append(p) }
        if let d = s.date { tail.append(format.day(d)) }
        let end = text("sentence.end")
        out.append(.text(tail.isEmpty ? end : end + " " + tail.joined(separator: text("list.separator")) + end))
        if let url = s.url { out += [.text(" "), .link([.text(url)], .url(url))] }
        if let a = s.accessed, s.url != nil { out.append(.text(" " + text("sources.accessed", ["date": format.day(a)]))) }
        return out
    }

    /// " [1, 3]": the numbers of the sources named, each a link to its entry, in number order.
    func citation(_ ids: [String]) -> [Inline] {
        var seen: Set<String> = []
        let numbers = ids.filter { seen.insert($0).inserted }.compactMap { id in sources.number(id).map { (id, $0) } }
            .sorted { $0.1 < $1.1 }
        guard !numbers.isEmpty else { return [] }
        var out: [Inline] = [.text(" [")]
        for (k, (id, n)) in numbers.enumerated() {
            if k > 0 { out.append(.text(text("list.separator"))) }
            out.append(.link([.text(format.count(n))], .destination(SourceIndex.anchor(id))))
        }
        out.append(.text("]"))
        return out
    }
}
