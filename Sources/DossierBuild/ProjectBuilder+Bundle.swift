// ProjectBuilder+Bundle: writing the pages that follow the dossier in a hearing bundle, one at a time.

import CairoPango
import DossierDisplay
import DossierLayout
import DossierRender

extension ProjectBuilder {
    /// Writes the index, cover sheets, blank versos and exhibit pages after a dossier of `dossierPages`
    /// pages, and closes the document's structure on the last. Exhibits are opened one at a time, for
    /// their pages' sizes; each page is drawn and released before the next. Returns the bundle's page
    /// count and the production log's entries.
    func writeBundle(_ bundle: BundlePages, after dossierPages: Int,
                     to writer: any PageOutput) throws -> (pages: Int, entries: [ProductionEntry]) {
        let (plan, index) = try bundle.plan(dossierPages: dossierPages)
        var open: (exhibit: Int, document: ImportedDocument)?
        func size(_ exhibit: Int, _ page: Int) throws -> Size {
            if open?.exhibit != exhibit { open = nil; open = (exhibit, try ImportedDocument(path: bundle.exhibits[exhibit].path)) }
            return try open!.document.pageSize(page)
        }
        var number = plan.dossier.upperBound
        for (offset, content) in plan.contents.enumerated() {
            number += 1
            var page = try bundle.page(content, number: number, plan: plan, index: index, pageSize: size)
            if offset == plan.contents.count - 1 { page.items.append(.structure(.end(.document))) }
            try writer.add(page)
            reportWritten(number, of: plan.pageCount)
        }
        let entries = bundle.exhibits.enumerated().map { i, exhibit in
            ProductionEntry(exhibit: exhibit, pages: plan.parts[i].range, bates: bundle.batesLabels(plan.parts[i].range))
        }
        return (plan.pageCount, entries)
    }
}
