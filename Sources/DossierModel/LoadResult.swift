// LoadResult: what loading a project gives back, the dossier and every problem found on the way.

/// The outcome of loading a project directory.
public struct LoadResult: Sendable {
    /// The loaded project; `nil` when any error was found, so nothing is built from records known to be wrong.
    public var dossier: Dossier?
    /// Every error and warning, sorted by file, line and column.
    public var diagnostics: [Diagnostic]

    /// Creates a result.
    public init(dossier: Dossier?, diagnostics: [Diagnostic]) {
        self.dossier = dossier; self.diagnostics = diagnostics
    }

    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    /// The errors only.
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    /// The warnings only.
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
}
