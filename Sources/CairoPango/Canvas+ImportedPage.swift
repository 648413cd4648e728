// Canvas+ImportedPage: drawing a page of another PDF, scaled into a box, as vector content.
import CCairo
import DossierDisplay

extension Canvas {
    /// Draws page `index` (from 0) of `document` scaled into `rect`, which has the page's proportions;
    /// nothing of it is drawn outside `rect`.
    public func draw(page index: Int, of document: ImportedDocument, in rect: Rect) throws {
        let size = try document.pageSize(index)
        guard size.width > .zero, size.height > .zero else { return }
        cairo_save(cairo)
        defer { cairo_restore(cairo) }
        cairo_translate(cairo, rect.minX.points, rect.minY.points)
        cairo_scale(cairo, rect.width / size.width, rect.height / size.height)
        cairo_rectangle(cairo, 0, 0, size.width.points, size.height.points)
        cairo_clip(cairo)
        // Its colours are the page's own.
        inkColor = nil
        try document.render(index, on: cairo)
    }
}
