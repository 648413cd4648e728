// GObjectHandle: owns one reference to a GObject (a Pango context or layout) and drops it when freed.
import CCairo

/// Owns one reference to a GObject, taken over from the call that created it, and drops it in
/// `deinit`. Each subclass says what the object is and keeps alive what it depends on. Not
/// Sendable on its own: its users guard it with the font library's lock.
class GObjectHandle {
    /// The object, owned.
    let pointer: OpaquePointer

    /// Takes over `pointer`; throws `FontError.setupFailed` naming `call` when it returned nothing.
    init(_ pointer: OpaquePointer?, from call: String) throws {
        guard let pointer else { throw FontError.setupFailed("\(call) failed") }
        self.pointer = pointer
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(pointer)) }
}
