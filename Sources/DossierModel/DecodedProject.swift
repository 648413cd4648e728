// DecodedProject: the project file's spec, with where each record and section path was written.

/// A decoded `dossier.yaml`: the spec, and the location of each entry of `records` and `sections`
/// so that a missing file can be reported where it is named.
struct DecodedProject: Sendable {
    var spec: ProjectSpec
    /// Parallel to `spec.records`.
    var recordLocations: [SourceLocation?]
    /// Parallel to `spec.records`: how to read an entry written as a mapping (a spreadsheet in its own layout).
    var recordMappings: [SheetMapping?] = []
    /// Parallel to `spec.sections`.
    var sectionLocations: [SourceLocation?]
    /// Where each label under `categories:` is written, by category name.
    var categoryLocations: [String: SourceLocation?] = [:]
}
