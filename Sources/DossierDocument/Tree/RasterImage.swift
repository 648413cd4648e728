// RasterImage: a PNG or JPEG file as a figure's drawing, scaled to fit its box without distortion.

import DossierDisplay
import Foundation

/// A problem with an image file.
public struct ImageError: Error, CustomStringConvertible, Sendable {
    public var path: String
    public var message: String
    public var description: String { "\(path): error: \(message)" }
}

/// A PNG or JPEG image, drawn centred in its box at the largest size that keeps its proportions.
public struct RasterImage: Drawing {
    public let bytes: [UInt8]
    public let format: ImageItem.Format
    /// The image's size in pixels.
    public let pixelWidth: Int
    public let pixelHeight: Int
    public let altText: String

    /// Reads an image file; only PNG and baseline or progressive JPEG are accepted.
    public init(path: String, altText: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ImageError(path: path, message: "cannot read the image file")
        }
        try self.init(bytes: [UInt8](data), altText: altText, path: path)
    }

    /// Reads an image from its bytes.
    public init(bytes: [UInt8], altText: String, path: String = "image") throws {
        self.bytes = bytes
        self.altText = altText
        if let (w, h) = Self.pngSize(bytes) {
            format = .png; pixelWidth = w; pixelHeight = h
        } else if let (w, h) = Self.jpegSize(bytes) {
            format = .jpeg; pixelWidth = w; pixelHeight = h
        } else {
            throw ImageError(path: path, message: "not a PNG or JPEG image")
        }
        guard pixelWidth > 0, pixelHeight > 0 else { throw ImageError(path: path, message: "the image has no pixels") }
    }

    public func draw(size: Size, shaper: any TextShaper) throws -> [FrameItem] {
        let scale = min(size.width.points / Double(pixelWidth), size.height.points / Double(pixelHeight))
        let w = Length.pt(Double(pixelWidth) * scale), h = Length.pt(Double(pixelHeight) * scale)
        let rect = Rect(x: (size.width - w) / 2, y: (size.height - h) / 2, width: w, height: h)
        return [.image(ImageItem(rect: rect, data: bytes, format: format))]
    }

    static func pngSize(_ b: [UInt8]) -> (Int, Int)? {
        let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        guard b.count >= 24, Array(b[0..<8]) == signature, Array(b[12..<16]) == Array("IHDR".utf8) else { return nil }
        func be32(_ i: Int) -> Int { Int(b[i]) << 24 | Int(b[i + 1]) << 16 | Int(b[i + 2]) << 8 | Int(b[i + 3]) }
        return (be32(16), be32(20))
    }

    static func jpegSize(_ b: [UInt8]) -> (Int, Int)? {
        guard b.count > 4, b[0] == 0xFF, b[1] == 0xD8 else { return nil }
        var i = 2
        while i + 9 < b.count {
            guard b[i] == 0xFF else { return nil }
            let marker = b[i + 1]
            if marker == 0xFF { i += 1; continue }
            let length = Int(b[i + 2]) << 8 | Int(b[i + 3])
            // Start-of-frame markers carry the size; C4, C8 and CC are not frames.
            if (0xC0...0xCF).contains(marker) && ![0xC4, 0xC8, 0xCC].contains(marker) {
                let h = Int(b[i + 5]) << 8 | Int(b[i + 6]), w = Int(b[i + 7]) << 8 | Int(b[i + 8])
                return (w, h)
            }
            i += 2 + length
        }
        return nil
    }
}
