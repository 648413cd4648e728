// TEMPORARY until the render branch lands.
import DossierDisplay
public final class FontLibrary { public init(directory: String) throws {} }
public final class PangoShaper: TextShaper, @unchecked Sendable {
    public init(fonts: FontLibrary) throws {}
    public func shape(_ text: StyledText, format: ParagraphFormat) throws -> ShapedParagraph { try FixedWidthShaper().shape(text, format: format) }
}
