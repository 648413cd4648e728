// SVGRenderer: draws one page as an SVG image, for previews.
import CairoPango
import DossierDisplay

/// Renders single pages to SVG.
public enum SVGRenderer {
    /// Draws `page` and writes it to `path` as SVG, through a temporary file renamed over `path`
    /// once complete. `fonts` sets lines that Pango did not shape.
    public static func render(_ page: Page, to path: String, fonts: FontLibrary? = nil) throws {
        do {
            try TemporaryFiles.replace(path) { temporary in
                let surface = try SVGSurface(path: temporary, size: page.size, fonts: fonts)
                var renderer = PageRenderer(canvas: surface.canvas, tagged: false)
                try renderer.render(page)
                try surface.finish()
            }
        } catch {
            throw PDFWriter.renderError(error, path: path, page: page.number)
        }
    }
}
