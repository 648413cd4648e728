// ImageSurface: a raster page in memory, written out as PNG.
import CCairo
import DossierDisplay

/// A raster image of one page at a given resolution, white to start with, saved as PNG.
/// Not Sendable: cairo surfaces and contexts belong to one thread.
public final class ImageSurface {
    /// What the page is drawn on, in points (scaled to the resolution).
    public let canvas: Canvas
    private let surface: SurfaceHandle
    /// The size in pixels.
    public let pixelWidth: Int
    public let pixelHeight: Int

    /// Creates a white image of `size` at `dpi` dots per inch.
    public init(size: Size, dpi: Double, fonts: FontLibrary? = nil) throws {
        let scale = dpi / 72
        let width = (size.width.points * scale).rounded(.up), height = (size.height.points * scale).rounded(.up)
        guard scale > 0, width >= 1, height >= 1, width <= 32767, height <= 32767 else {
            throw CairoError.cairo(operation: "create a \(width)×\(height) pixel image", reason: "invalid size")
        }
        guard let pointer = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width), Int32(height)) else {
            throw CairoError.cairo(operation: "create an image surface", reason: "out of memory")
        }
        surface = try SurfaceHandle(pointer, output: nil, creating: "an image surface")
        canvas = try Canvas(surface: surface, fonts: fonts)
        pixelWidth = Int(width)
        pixelHeight = Int(height)
        canvas.fill(Path.rect(Rect(x: .zero, y: .zero, width: .pt(width), height: .pt(height))), with: .color(.white))
        canvas.scale(scale)
    }

    /// Writes the image to `path` as PNG.
    public func writePNG(to path: String) throws {
        try canvas.checkStatus("draw the image")
        cairo_surface_flush(surface.pointer)
        let output = try OutputFile(path: path, exclusive: false)
        let status = withExtendedLifetime(output) {
            cairo_surface_write_to_png_stream(surface.pointer, OutputFile.cairoWrite, output.closure)
        }
        try output.close()
        if let error = CairoError.check(status, "write PNG") { throw error }
    }
}
