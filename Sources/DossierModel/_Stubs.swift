// TEMPORARY until the model branch lands.
public struct Diagnostic: Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable { case error, warning }
    public var severity: Severity
    public var description: String { "" }
}
public struct LoadResult: Sendable { public var dossier: Dossier?; public var diagnostics: [Diagnostic]; public var hasErrors: Bool }
public enum ProjectLoader { public static func load(directory: String) -> LoadResult { LoadResult(dossier: nil, diagnostics: [], hasErrors: true) } }
