// PNGRenderer: draws one page as a PNG image, for previews and reference images in tests.
import CairoPango
import DossierDisplay

/// Renders single pages to PNG.
public enum PNGRenderer {
    /// Draws `page` at `dpi` dots per inch on white and writes it to `path` as PNG, through a
    /// temporary file renamed over `path` once complete. `fonts` sets lines that Pango did not shape.
    public static func render(_ page: Page, dpi: Double, to path: String, fonts: FontLibrary? = nil) throws {
        do {
            let surface = try ImageSurface(size: page.size, dpi: dpi, fonts: fonts)
            var renderer = PageRenderer(canvas: surface.canvas, tagged: false)
            try renderer.render(page)
            try TemporaryFiles.replace(path) { try surface.writePNG(to: $0) }
        } catch {
            throw PDFWriter.renderError(error, path: path, page: page.number)
        }
    }
}
