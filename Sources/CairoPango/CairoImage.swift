// CairoImage: a PNG or JPEG decoded (or, for JPEG, sized and passed through) into a cairo image surface.
import CCairo
import DossierDisplay
import Foundation

/// Owns an image surface made from PNG or JPEG bytes. PNG is decoded by cairo; JPEG is not
/// decoded at all: a blank surface of the right size carries the JPEG bytes as MIME data, which
/// the PDF and SVG backends embed unchanged (raster backends show it blank). Not Sendable.
final class CairoImage {
    /// The surface (`cairo_surface_t *`), owned.
    let pointer: OpaquePointer
    let width: Int
    let height: Int

    init(data: [UInt8], format: ImageItem.Format) throws {
        switch format {
        case .png:
            let reader = ByteReader(data)
            let surface = withExtendedLifetime(reader) {
                cairo_image_surface_create_from_png_stream(ByteReader.cairoRead, Unmanaged.passUnretained(reader).toOpaque())
            }
            guard let surface else { throw CairoError.image(reason: "cairo returned no surface") }
            let status = cairo_surface_status(surface)
            guard status == CAIRO_STATUS_SUCCESS else {
                cairo_surface_destroy(surface)
                throw CairoError.image(reason: "not a readable PNG (\(String(cString: cairo_status_to_string(status))))")
            }
            pointer = surface
            width = Int(cairo_image_surface_get_width(surface))
            height = Int(cairo_image_surface_get_height(surface))
        case .jpeg:
            guard let size = JPEGHeader.dimensions(of: data) else {
                throw CairoError.image(reason: "not a JPEG with a readable size (no SOF marker)")
            }
            guard let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(size.width), Int32(size.height)) else {
                throw CairoError.image(reason: "cairo returned no surface")
            }
            if let error = CairoError.check(cairo_surface_status(surface), "create a \(size.width)×\(size.height) image") {
                cairo_surface_destroy(surface)
                throw error
            }
            // cairo keeps the bytes until the surface (and every snapshot of it) is gone, then frees them.
            guard let copy = malloc(data.count) else {
                cairo_surface_destroy(surface)
                throw CairoError.image(reason: "out of memory for a \(data.count)-byte image")
            }
            data.withUnsafeBytes { copy.copyMemory(from: $0.baseAddress!, byteCount: data.count) }
            let status = cairo_surface_set_mime_data(surface, CAIRO_MIME_TYPE_JPEG, copy.assumingMemoryBound(to: UInt8.self),
                                                     UInt(data.count), { free($0) }, copy)
            if status != CAIRO_STATUS_SUCCESS {
                free(copy)
                cairo_surface_destroy(surface)
                throw CairoError.image(reason: String(cString: cairo_status_to_string(status)))
            }
            pointer = surface
            width = size.width
            height = size.height
        }
        guard width > 0, height > 0 else {
            cairo_surface_destroy(pointer)
            throw CairoError.image(reason: "the image is empty")
        }
    }

    deinit { cairo_surface_destroy(pointer) }
}

/// Feeds bytes to cairo's PNG reader.
private final class ByteReader {
    let bytes: [UInt8]
    var offset = 0
    init(_ bytes: [UInt8]) { self.bytes = bytes }

    static let cairoRead: cairo_read_func_t = { closure, data, length in
        guard let closure, let data else { return CAIRO_STATUS_READ_ERROR }
        let reader = Unmanaged<ByteReader>.fromOpaque(closure).takeUnretainedValue()
        let count = Int(length)
        guard reader.bytes.count - reader.offset >= count else { return CAIRO_STATUS_READ_ERROR }
        reader.bytes.withUnsafeBufferPointer { source in
            data.update(from: source.baseAddress! + reader.offset, count: count)
        }
        reader.offset += count
        return CAIRO_STATUS_SUCCESS
    }
}
