// FontError: why the bundled fonts could not be registered.

/// A failure while registering the bundled fonts. Sendable: it holds only strings.
public enum FontError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The font folder does not exist or is not a folder.
    case missingDirectory(String)
    /// A required font file is not in the font folder.
    case missingFile(directory: String, file: String)
    /// Fontconfig refused a font file (unreadable or not a font).
    case unreadableFont(path: String)
    /// Fontconfig or Pango could not be set up.
    case setupFailed(String)

    /// A one-line explanation for the user.
    public var description: String {
        switch self {
        case .missingDirectory(let dir):
            return "font folder \(dir) does not exist; it must hold the bundled fonts (\(FontLibrary.requiredFiles.joined(separator: ", ")))"
        case .missingFile(let dir, let file):
            return "font folder \(dir) lacks the required font file \(file)"
        case .unreadableFont(let path):
            return "fontconfig cannot read the font file \(path)"
        case .setupFailed(let what):
            return "cannot set up fonts: \(what)"
        }
    }
}
