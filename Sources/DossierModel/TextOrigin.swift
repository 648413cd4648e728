// TextOrigin: where a multi-line text value was written, so that a line inside the text (a Markdown
// summary's line 3) can be reported as a line of its file.

/// Where a text value's first line was written, and whether its lines are the file's lines.
public struct TextOrigin: Hashable, Sendable {
    /// Where the text's first line starts.
    public var start: SourceLocation
    /// Whether line n of the text is line n of the file counted from `start`: true for a YAML block
    /// `|`, a CSV cell and any one-line value; false where YAML folds or unescapes lines (`>`, quoted
    /// text), so that lines inside the text cannot be told apart in the file.
    public var keepsLines: Bool
    /// The column where the text's later lines start (the block's indentation in YAML, 1 in CSV).
    public var continuationColumn: Int

    /// Creates an origin.
    public init(start: SourceLocation, keepsLines: Bool, continuationColumn: Int = 1) {
        self.start = start; self.keepsLines = keepsLines; self.continuationColumn = continuationColumn
    }

    /// The place in the file of a 1-based line and column inside the text; the text's start when its
    /// lines are not the file's.
    public func location(line: Int, column: Int) -> SourceLocation {
        guard keepsLines, line >= 1 else { return start }
        if line == 1 { return SourceLocation(file: start.file, line: start.line, column: start.column + max(0, column - 1)) }
        return SourceLocation(file: start.file, line: start.line + line - 1, column: continuationColumn + max(0, column - 1))
    }
}
