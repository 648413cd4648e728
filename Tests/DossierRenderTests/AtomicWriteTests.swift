// AtomicWriteTests: a failed or abandoned write leaves the previous PDF byte for byte and no temporary files.
import CairoPango
import DossierDisplay
@testable import DossierRender
import Foundation
import Testing

@Suite struct AtomicWriteTests {
    let previous = Data("%PDF-1.5 the last good dossier".utf8)

    private func folderWithPrevious() throws -> ScratchFolder {
        let folder = try ScratchFolder()
        try previous.write(to: URL(fileURLWithPath: folder.file("dossier.pdf")))
        return folder
    }

    private func previousIsIntact(_ folder: ScratchFolder) throws -> Bool {
        try Data(contentsOf: URL(fileURLWithPath: folder.file("dossier.pdf"))) == previous
    }

    @Test func aMissingFolderIsNamedInTheError() throws {
        let path = "/nonexistent-\(getpid())/out/dossier.pdf"
        let error = RenderError.cannotWrite(path: path, reason: "No such file or directory")
        #expect(throws: error) { try PDFWriter(path: path, metadata: SampleDocument.metadata) }
        #expect(error.description == "cannot write \(path): No such file or directory")
    }

    @Test func anErrorMidwayLeavesThePreviousFile() throws {
        let folder = try folderWithPrevious()
        defer { folder.remove() }
        let writer = try PDFWriter(path: folder.file("dossier.pdf"), metadata: SampleDocument.metadata, fonts: SampleDocument.fonts)
        let pages = try SampleDocument.pages()
        try writer.add(pages[0])
        #expect(folder.contents.count == 2)  // the previous file and the temporary one
        let broken = Page(size: .a4, items: [
            .image(ImageItem(rect: Rect(x: .zero, y: .zero, width: .pt(10), height: .pt(10)), data: [1, 2, 3], format: .png)),
        ], number: 2)
        #expect {
            try writer.add(broken)
        } throws: { error in
            guard case RenderError.drawingFailed(let path, let page, let reason) = error else { return false }
            return path == folder.file("dossier.pdf") && page == 2 && reason.contains("PNG")
        }
        #expect(try previousIsIntact(folder))
        #expect(folder.contents == ["dossier.pdf"])
        #expect(throws: RenderError.writerClosed(path: folder.file("dossier.pdf"))) { try writer.add(pages[1]) }
        #expect(throws: RenderError.writerClosed(path: folder.file("dossier.pdf"))) { try writer.finish() }
    }

    @Test(arguments: ["png", "svg"])
    func aPreviewThatFailsToDrawLeavesThePreviousImage(format: String) throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let path = folder.file("chart." + format)
        try previous.write(to: URL(fileURLWithPath: path))
        let broken = Page(size: .a4, items: [
            .image(ImageItem(rect: Rect(x: .zero, y: .zero, width: .pt(10), height: .pt(10)), data: [1, 2, 3], format: .png)),
        ], number: 1)
        #expect {
            if format == "png" { try PNGRenderer.render(broken, dpi: 10, to: path) } else { try SVGRenderer.render(broken, to: path) }
        } throws: { error in
            guard case RenderError.drawingFailed(let named, _, _) = error else { return false }
            return named == path
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == previous)
        #expect(folder.contents == ["chart." + format])

        if format == "png" { try PNGRenderer.render(Page(size: .a4, number: 1), dpi: 10, to: path) } else {
            try SVGRenderer.render(Page(size: .a4, number: 1), to: path)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) != previous)
        #expect(folder.contents == ["chart." + format])
    }

    @Test func anAbandonedWriterLeavesThePreviousFile() throws {
        let folder = try folderWithPrevious()
        defer { folder.remove() }
        do {
            let writer = try PDFWriter(path: folder.file("dossier.pdf"), metadata: SampleDocument.metadata, fonts: SampleDocument.fonts)
            try writer.add(try SampleDocument.pages()[0])
        }
        #expect(try previousIsIntact(folder))
        #expect(folder.contents == ["dossier.pdf"])
    }

    @Test func unbalancedStructureIsAnErrorAndLeavesThePreviousFile() throws {
        let folder = try folderWithPrevious()
        defer { folder.remove() }
        let writer = try PDFWriter(path: folder.file("dossier.pdf"), metadata: SampleDocument.metadata)
        #expect(throws: RenderError.invalidStructure(page: 1, reason: "H1 ends while P is open")) {
            try writer.add(Page(size: .a4, items: [.structure(.begin(.paragraph)), .structure(.end(.heading1))], number: 1))
        }
        #expect(try previousIsIntact(folder))
        #expect(folder.contents == ["dossier.pdf"])

        let unended = try PDFWriter(path: folder.file("dossier.pdf"), metadata: SampleDocument.metadata)
        try unended.add(Page(size: .a4, items: [.structure(.begin(.section))], number: 1))
        #expect(throws: RenderError.invalidStructure(page: nil, reason: "Sect begins but never ends")) { try unended.finish() }
        #expect(try previousIsIntact(folder))
        #expect(folder.contents == ["dossier.pdf"])
    }

    @Test func aDestinationThatCannotBeReplacedLeavesNoTemporaryFile() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        // A non-empty folder where the PDF should go: the final rename must fail.
        try FileManager.default.createDirectory(atPath: folder.file("dossier.pdf/inner"), withIntermediateDirectories: true)
        let writer = try PDFWriter(path: folder.file("dossier.pdf"), metadata: SampleDocument.metadata, fonts: SampleDocument.fonts)
        for page in try SampleDocument.pages() { try writer.add(page) }
        #expect {
            try writer.finish()
        } throws: { error in
            guard case RenderError.cannotWrite(let path, _) = error else { return false }
            return path == folder.file("dossier.pdf")
        }
        #expect(folder.contents == ["dossier.pdf"])
        #expect(FileManager.default.fileExists(atPath: folder.file("dossier.pdf/inner")))
    }

    @Test func aSuccessfulWriteReplacesThePreviousFile() throws {
        let folder = try folderWithPrevious()
        defer { folder.remove() }
        let writer = try PDFWriter(path: folder.file("dossier.pdf"), metadata: SampleDocument.metadata, fonts: SampleDocument.fonts)
        for page in try SampleDocument.pages() { try writer.add(page) }
        try writer.finish()
        #expect(try !previousIsIntact(folder))
        #expect(folder.contents == ["dossier.pdf"])
        #expect(try Tool.run("qpdf", "--check", folder.file("dossier.pdf")).status == 0)
    }
}
