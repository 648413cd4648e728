// PageOutput: what a build hands its pages to, in order: the PDF writer, which writes them to a
// temporary file and renames it into place when the file is complete.

import DossierDisplay
import DossierRender

/// Takes a build's pages in order and makes one file of them, atomically.
protocol PageOutput: AnyObject {
    /// Draws the next page.
    func add(_ page: Page) throws
    /// Completes the file and puts it in place of the previous output.
    func finish() throws
    /// Gives up: the temporary file goes, the previous output stays as it was.
    func abandon()
}

extension PDFWriter: PageOutput {}
