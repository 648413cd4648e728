// CairoPangoUnitTests: the small pure helpers: tag attribute quoting, JPEG sizes, Pango units.
@testable import CairoPango
import DossierDisplay
import Testing

@Suite struct CairoPangoUnitTests {
    @Test func tagAttributesEscapeQuotesAndBackslashes() {
        #expect(TagAttributes.quoted("it's a\\b") == "'it\\'s a\\\\b'")
        #expect(TagAttributes.link(rect: Rect(x: .pt(1.5), y: .pt(2), width: .pt(3), height: .pt(4)), target: .url("https://x.org/?q='1'"))
                == "rect=[1.5 2 3 4] uri='https://x.org/?q=\\'1\\''")
        #expect(TagAttributes.destination(name: "a b", point: Point(x: .pt(10), y: .pt(20.25))) == "name='a b' x=10 y=20.25")
    }

    @Test func jpegSizeComesFromTheFrameHeader() {
        #expect(JPEGHeader.dimensions(of: TestImages.jpeg)! == (8, 6))
        #expect(JPEGHeader.dimensions(of: [0xFF, 0xD8, 0xFF, 0xD9]) == nil)
        #expect(JPEGHeader.dimensions(of: Array("not a jpeg".utf8)) == nil)
        #expect(JPEGHeader.dimensions(of: Array(TestImages.jpeg.prefix(24))) == nil)
    }

    @Test func pangoUnitsRoundTrip() {
        #expect(PangoUnits.from(.pt(1)) == 1024)
        #expect(PangoUnits.length(1536) == .pt(1.5))
        #expect(PangoUnits.from(.pt(1e12)) == Int32.max)
    }
}

/// Small image files built by hand.
enum TestImages {
    /// A JPEG's headers for an 8 × 6 image (SOF0 with three components), without scan data.
    static let jpeg: [UInt8] = [
        0xFF, 0xD8,
        0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00,
        0xFF, 0xC0, 0x00, 0x11, 0x08, 0x00, 0x06, 0x00, 0x08, 0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01,
        0xFF, 0xD9,
    ]
}
