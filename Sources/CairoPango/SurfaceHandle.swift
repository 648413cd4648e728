// SurfaceHandle: owns a cairo surface and the file it streams into.
import CCairo

/// Owns a `cairo_surface_t` and, for file-backed surfaces, the `OutputFile` cairo writes to
/// (kept alive here because cairo calls into it until the surface is destroyed). Not Sendable.
final class SurfaceHandle {
    /// The surface (`cairo_surface_t *`), owned.
    let pointer: OpaquePointer
    let output: OutputFile?
    private(set) var finished = false

    /// Takes ownership of `pointer`; throws (and destroys it) if cairo reports an error.
    init(_ pointer: OpaquePointer, output: OutputFile?, creating what: String) throws {
        if let error = CairoError.check(cairo_surface_status(pointer), "create \(what)") {
            cairo_surface_destroy(pointer)
            output?.abandon()
            throw error
        }
        self.pointer = pointer
        self.output = output
    }

    /// Opens `path` (failing if it exists when `exclusive`) and creates a surface that streams
    /// into it through `create`, which is handed cairo's write function and its closure; throws
    /// (and leaves the file abandoned) if the surface cannot be made.
    convenience init(streamingTo path: String, exclusive: Bool, creating what: String,
                     _ create: (cairo_write_func_t, UnsafeMutableRawPointer) -> OpaquePointer?) throws {
        let output = try OutputFile(path: path, exclusive: exclusive)
        guard let pointer = create(OutputFile.cairoWrite, output.closure) else {
            output.abandon()
            throw CairoError.cairo(operation: "create \(what)", reason: "out of memory")
        }
        try self.init(pointer, output: output, creating: what)
    }

    deinit {
        // Unfinished means something failed: stop cairo from writing out the rest on destroy.
        if !finished { output?.abandon() }
        cairo_surface_destroy(pointer)
    }

    /// Finishes the surface (cairo writes the file's end) and closes the file; throws the first
    /// write error, else cairo's status.
    func finish() throws {
        guard !finished else { return }
        finished = true
        cairo_surface_finish(pointer)
        let status = cairo_surface_status(pointer)
        try output?.close()
        if let error = CairoError.check(status, "finish the surface") { throw error }
    }
}
