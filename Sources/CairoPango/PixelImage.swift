// PixelImage: a PNG read back as grey levels, so tests can compare rendered pages with references.
import CCairo

/// A raster image as 8-bit grey levels, row by row.
/// Sendable: an immutable value.
public struct PixelImage: Sendable, Equatable {
    public let width: Int
    public let height: Int
    /// Grey levels, 0 black to 255 white, `width` per row.
    public let grey: [UInt8]

    public init(width: Int, height: Int, grey: [UInt8]) { self.width = width; self.height = height; self.grey = grey }

    /// Reads a PNG file; throws `CairoError` when it is missing or not a PNG.
    public static func readPNG(_ path: String) throws -> PixelImage {
        guard let surface = cairo_image_surface_create_from_png(path) else { throw CairoError.cairo(operation: "reading \(path)", reason: "out of memory") }
        defer { cairo_surface_destroy(surface) }
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw CairoError.cairo(operation: "reading \(path)", reason: String(cString: cairo_status_to_string(status)))
        }
        cairo_surface_flush(surface)
        let width = Int(cairo_image_surface_get_width(surface)), height = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        let format = cairo_image_surface_get_format(surface)
        guard let data = cairo_image_surface_get_data(surface) else { throw CairoError.cairo(operation: "reading \(path)", reason: "no pixel data") }
        var grey = [UInt8](repeating: 255, count: width * height)
        for y in 0..<height {
            let row = data + y * stride
            for x in 0..<width {
                switch format {
                case CAIRO_FORMAT_A8:
                    grey[y * width + x] = 255 - row[x]
                default:
                    // ARGB32/RGB24: native-endian 32-bit pixels, premultiplied; composite on white.
                    let p = row.withMemoryRebound(to: UInt32.self, capacity: width) { $0[x] }
                    let a = Double((p >> 24) & 0xFF) / 255, r = Double((p >> 16) & 0xFF), g = Double((p >> 8) & 0xFF), b = Double(p & 0xFF)
                    let alpha = format == CAIRO_FORMAT_RGB24 ? 1 : a
                    let luma = 0.2126 * r + 0.7152 * g + 0.0722 * b + 255 * (1 - alpha)
                    grey[y * width + x] = UInt8(max(0, min(255, luma.rounded())))
                }
            }
        }
        return PixelImage(width: width, height: height, grey: grey)
    }

    /// The share of pixels whose grey levels differ by more than `threshold`; 1 when sizes differ.
    public func difference(from other: PixelImage, threshold: UInt8 = 48) -> Double {
        guard width == other.width, height == other.height, !grey.isEmpty else { return 1 }
        var differing = 0
        for i in grey.indices where (grey[i] > other.grey[i] ? grey[i] - other.grey[i] : other.grey[i] - grey[i]) > threshold {
            differing += 1
        }
        return Double(differing) / Double(grey.count)
    }
}
