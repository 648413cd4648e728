// PreviewRendererTests: PNG and SVG output of a single page.
import CairoPango
import DossierDisplay
@testable import DossierRender
import Foundation
import Testing

@Suite struct PreviewRendererTests {
    @Test func aPageRendersToPNG() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let path = folder.file("page.png")
        let page = try SampleDocument.pages()[0]
        try PNGRenderer.render(page, dpi: 36, to: path, fonts: SampleDocument.fonts)
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        // IHDR: width and height, big-endian, at bytes 16 and 20.
        let width = bytes[16..<20].reduce(0) { $0 << 8 | Int($1) }, height = bytes[20..<24].reduce(0) { $0 << 8 | Int($1) }
        #expect(width == 298 && height == 421, "\(width)×\(height)")
    }

    @Test func aPageRendersToSVG() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let path = folder.file("page.svg")
        try SVGRenderer.render(try SampleDocument.pages()[1], to: path, fonts: SampleDocument.fonts)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.hasPrefix("<?xml"))
        #expect(text.contains("<svg"))
        #expect(text.contains("width=\"612pt\""))
    }

    @Test func unwritablePNGPathIsAnError() throws {
        #expect(throws: RenderError.cannotWrite(path: "/nonexistent-dir/page.png", reason: "No such file or directory")) {
            try PNGRenderer.render(Page(size: .a4, number: 1), dpi: 10, to: "/nonexistent-dir/page.png")
        }
    }

    /// Lines from a shaper without Pango glyphs (the fixed-width test shaper) are set from their text.
    @Test func plainLinesAreDrawnToo() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let line = try FixedWidthShaper().shapeLine(StyledText("Fixed width line", style: SampleDocument.body))
        let path = folder.file("plain.pdf")
        let writer = try PDFWriter(path: path, metadata: SampleDocument.metadata, fonts: SampleDocument.fonts)
        try writer.add(Page(size: .a4, items: [.text(TextItem(origin: Point(x: .pt(72), y: .pt(72)), line: line))], number: 1))
        try writer.finish()
        #expect(try Tool.run("pdftotext", path, "-").output.contains("Fixed width line"))
        #expect(try Tool.run("pdffonts", path).output.contains("NotoSerif-Regular"))
    }
}

/// Writes the sample document to `$DOSSIER_RENDER_SAMPLE` (a PDF path) for looking at by eye.
@Test(.enabled(if: ProcessInfo.processInfo.environment["DOSSIER_RENDER_SAMPLE"] != nil))
func writeSampleForInspection() throws {
    let path = ProcessInfo.processInfo.environment["DOSSIER_RENDER_SAMPLE"]!
    let writer = try PDFWriter(path: path, metadata: SampleDocument.metadata, fonts: SampleDocument.fonts)
    for page in try SampleDocument.pages() { try writer.add(page) }
    try writer.finish()
    try PNGRenderer.render(try SampleDocument.pages()[0], dpi: 60, to: path + ".png", fonts: SampleDocument.fonts)
    let persian = StyledText("در بامداد ۱۰ شهریور ۱۳۹۲ به ساکنان اشرف حمله شد و ۵۲ نفر کشته و ۷ نفر ربوده شدند. سازمان ملل خواستار تحقیقات مستقل شد.",
                             style: SampleDocument.body.sized(.pt(14)))
    let paragraph = try SampleDocument.shaper.shape(persian, format: ParagraphFormat(width: .pt(250), alignment: .justify, leading: .pt(24), language: "fa"))
    let items = paragraph.lines.enumerated().map { FrameItem.text(TextItem(origin: Point(x: .pt(20), y: .pt(30 + 24 * Double($0.offset))), line: $0.element)) }
    let frame = FrameItem.shape(Shape(path: .rect(Rect(x: .pt(20), y: .pt(10), width: .pt(250), height: .pt(24 * Double(paragraph.lines.count) + 10))), stroke: Stroke(color: Color(grey: 0.7))))
    try PNGRenderer.render(Page(size: Size(width: .pt(290), height: .pt(140)), items: [frame] + items, number: 1), dpi: 150, to: path + ".fa.png", fonts: SampleDocument.fonts)
}
