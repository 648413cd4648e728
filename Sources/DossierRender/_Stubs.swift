// TEMPORARY until the render branch lands.
import DossierDisplay
public final class PDFWriter {
    public init(path: String, metadata: DocumentMetadata) throws {}
    public func add(_ page: Page) throws {}
    public func finish() throws {}
}
