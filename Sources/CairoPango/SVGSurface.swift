// SVGSurface: one page drawn into an SVG file.
import CCairo
import DossierDisplay

/// One page written as SVG when `finish` is called. Not Sendable: cairo surfaces and contexts
/// belong to one thread.
public final class SVGSurface {
    /// What the page is drawn on, in points.
    public let canvas: Canvas
    private let surface: SurfaceHandle

    /// Creates `path` for an SVG image of `size`.
    public init(path: String, size: Size, fonts: FontLibrary? = nil) throws {
        surface = try SurfaceHandle(streamingTo: path, exclusive: false, creating: "an SVG surface") { write, closure in
            cairo_svg_surface_create_for_stream(write, closure, size.width.points, size.height.points)
        }
        canvas = try Canvas(surface: surface, fonts: fonts)
    }

    /// Writes the SVG file and closes it.
    public func finish() throws {
        try canvas.checkStatus("draw the image")
        try surface.finish()
    }
}
