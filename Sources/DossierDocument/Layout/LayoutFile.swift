// LayoutFile: reads layouts/NAME.yaml onto the standard layout; every key is optional.

import DossierCharts
import DossierDisplay
import Foundation
import Yams

/// A problem in a layout file.
public struct LayoutError: Error, CustomStringConvertible, Sendable {
    public var file: String
    public var message: String
    public var description: String { "\(file): error: \(message)" }
}

/// A length written as a number of points or a string with a unit: "24mm", "1.5cm", "1in", "12pt".
struct LengthValue: Decodable {
    var length: Length
    init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let n = try? c.decode(Double.self) { length = .pt(n); return }
        let s = try c.decode(String.self).trimmingCharacters(in: .whitespaces)
        let units: [(String, (Double) -> Length)] = [("mm", Length.mm), ("cm", Length.cm), ("in", Length.inch), ("pt", Length.pt)]
        for (suffix, make) in units where s.hasSuffix(suffix) {
            if let n = Double(s.dropLast(suffix.count).trimmingCharacters(in: .whitespaces)) { length = make(n); return }
        }
        throw DecodingError.dataCorruptedError(in: c, debugDescription: "“\(s)” is not a length; expected a number of points or a number with mm, cm, in or pt, such as 24mm")
    }
}

/// A colour written "#RRGGBB".
struct ColorValue: Decodable {
    var color: Color
    init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        let s = try c.decode(String.self)
        guard let color = Color(hex: s) else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "“\(s)” is not a colour; expected #RRGGBB")
        }
        self.color = color
    }
}

/// A layout file as written: each property is a key the file may hold (`LayoutKeys` reads them off).
struct LayoutFile: Decodable {
    struct PageFile: Decodable {
        var size: String?
        var margins: [String: LengthValue]?
        var mirrored: Bool?
    }
    /// The sides of the page `page.margins` may set; inner and outer are also called left and right.
    enum MarginSide: String, CaseIterable { case top, bottom, inner, outer, left, right }
    struct Fonts: Decodable { var serif: String?; var sans: String?; var arabic: String? }
    struct StyleFile: Decodable {
        var font: String?; var size: LengthValue?; var leading: LengthValue?
        var bold: Bool?; var italic: Bool?; var color: ColorValue?
        var align: TextAlignment?
        var space_before: LengthValue?; var space_after: LengthValue?; var indent: LengthValue?
    }
    struct RunningFile: Decodable {
        var left: String?; var center: String?; var right: String?; var rule: Bool?; var baseline: LengthValue?
        var on_cover: Bool?
    }
    struct ChartFile: Decodable { var mode: String?; var threshold: Int? }

    var name: String?
    var page: PageFile?
    var fonts: Fonts?
    var sections: [String]?
    var widows: Int?
    var orphans: Int?
    var recto_chapters: Bool?
    var hyphenate: Bool?
    var contents_levels: [Int]?
    var accent: ColorValue?
    var chart: ChartFile?
    var header: RunningFile?
    var footer: RunningFile?
    var styles: [String: StyleFile]?
    var notes: NotePlacement?
    struct BatesFile: Decodable { var prefix: String?; var start: Int?; var digits: Int?; var position: String? }
    var bates: BatesFile?
    var exhibit: String?
    var cover: String?
}

extension LayoutSpec {
    /// Reads a layout file, applying what it sets onto the standard layout.
    public static func load(file path: String) throws -> LayoutSpec {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw LayoutError(file: path, message: "cannot read the layout file")
        }
        try LayoutKeys.check(text, file: path)
        let file: LayoutFile
        do {
            file = try YAMLDecoder().decode(LayoutFile.self, from: text)
        } catch let error as DecodingError {
            throw LayoutError(file: path, message: Self.describe(error))
        } catch {
            throw LayoutError(file: path, message: "\(error)")
        }
        let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        return try apply(file, to: .standard(name: file.name ?? stem), path: path)
    }

    /// A Swift type in the words of the layout file.
    static func plain(_ type: Any.Type) -> String {
        switch type {
        case is Int.Type: "a whole number"
        case is Double.Type: "a number"
        case is Bool.Type: "true or false"
        case is String.Type: "text"
        default: type is [Any].Type ? "a list" : "a mapping of keys to values"
        }
    }

    static func describe(_ error: DecodingError) -> String {
        func path(_ keys: [CodingKey]) -> String { keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".") }
        switch error {
        case .typeMismatch(let type, let c): return "\(path(c.codingPath)): expected \(plain(type))"
        case .valueNotFound(let type, let c): return "\(path(c.codingPath)): missing value; expected \(plain(type))"
        case .keyNotFound(let key, let c): return "\(path(c.codingPath + [key])): missing"
        case .dataCorrupted(let c): return "\(path(c.codingPath)): \(c.debugDescription)"
        @unknown default: return "\(error)"
        }
    }

    static func apply(_ file: LayoutFile, to base: LayoutSpec, path: String) throws -> LayoutSpec {
        var spec = base
        if let page = file.page {
            switch page.size?.lowercased() {
            case nil: break
            case "a4": spec.page.size = .a4
            case "letter", "us letter": spec.page.size = .letter
            case let other?: throw LayoutError(file: path, message: "page.size: “\(other)” is not a page size; expected A4 or Letter")
            }
            for (key, value) in page.margins ?? [:] {
                switch LayoutFile.MarginSide(rawValue: key) {
                case .top: spec.page.top = value.length
                case .bottom: spec.page.bottom = value.length
                case .inner, .left: spec.page.inner = value.length
                case .outer, .right: spec.page.outer = value.length
                case nil: throw LayoutError(file: path, message: "page.margins.\(key): unknown margin; expected top, bottom, inner or outer")
                }
            }
            if let m = page.mirrored { spec.page.mirrored = m }
        }
        if let s = file.fonts?.serif { spec.serif = s }
        if let s = file.fonts?.sans { spec.sans = s }
        if let s = file.fonts?.arabic { spec.language = spec.language.with(arabicFamily: s) }
        if let sections = file.sections {
            guard !sections.isEmpty else {
                throw LayoutError(file: path, message: "sections: the list is empty, so there would be nothing to print; expected one or more of \(SectionKind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            spec.sections = try sections.map { try choice($0, key: "sections", isNot: "a section", path: path) }
        }
        if let w = file.widows { spec.widows = max(1, w) }
        if let o = file.orphans { spec.orphans = max(1, o) }
        if let r = file.recto_chapters { spec.rectoChapters = r }
        if let h = file.hyphenate { spec.hyphenate = h }
        if let levels = file.contents_levels {
            guard !levels.isEmpty, levels.allSatisfy({ (1...6).contains($0) }) else {
                throw LayoutError(file: path, message: "contents_levels: \(levels) lists no heading level; expected levels from 1 (chapters) to 6, such as [1, 2]")
            }
            spec.contentsLevels = Set(levels)
        }
        if let a = file.accent { spec.accent = a.color }
        if let n = file.notes { spec.notes = n }
        if let b = file.bates {
            let digits = b.digits ?? 6, start = b.start ?? 1
            guard (1...12).contains(digits), start >= 0 else {
                throw LayoutError(file: path, message: "bates: expected digits from 1 to 12 and a start of 0 or more")
            }
            let position = try b.position.map { try choice($0, key: "bates.position", isNot: "a place", path: path) }
                ?? BatesPosition.bottomRight
            guard BatesNumbering.isValidPrefix(b.prefix ?? "") else {
                throw LayoutError(file: path, message: "bates: prefix “\(b.prefix ?? "")” may hold only letters, digits, “-”, “_” and “.”")
            }
            spec.bates = BatesNumbering(prefix: b.prefix ?? "", start: start, digits: digits, position: position)
        }
        if let e = file.exhibit { spec.exhibit = e }
        switch file.cover {
        case nil: break
        case "page": spec.coverPage = true
        case "title-block": spec.coverPage = false
        case let other?: throw LayoutError(file: path, message: "cover: “\(other)” is not a cover style; expected page or title-block")
        }
        if let name = file.chart?.mode {
            spec.chartMode = try choice(name == "colour" ? "color" : name, key: "chart.mode", isNot: "a chart mode", path: path)
        }
        if let threshold = file.chart?.threshold {
            guard threshold >= 1 else {
                throw LayoutError(file: path, message: "chart.threshold: \(threshold) is not a number of bars; expected a whole number of at least 1, such as 30")
            }
            spec.chartThreshold = threshold
        }
        func running(_ f: LayoutFile.RunningFile?, _ line: inout RunningLine) {
            guard let f else { return }
            if let v = f.left { line.left = v }
            if let v = f.center { line.center = v }
            if let v = f.right { line.right = v }
            if let v = f.rule { line.rule = v }
            if let v = f.baseline { line.baselineFromEdge = v.length }
            if let v = f.on_cover { line.onCover = v }
        }
        running(file.header, &spec.header)
        running(file.footer, &spec.footer)
        try checkLengths(file, page: spec.page, path: path)
        if spec.page.textWidth < .inch(1) || spec.page.textHeight < .inch(1) {
            throw LayoutError(file: path, message: "page.margins: they leave a text block of \(spec.page.textWidth) × \(spec.page.textHeight); expected margins that leave at least 1 inch each way")
        }
        for (name, f) in (file.styles ?? [:]).sorted(by: { $0.key < $1.key }) {
            if let v = f.size?.length.points, !(v > 0 && v <= 200) {
                throw LayoutError(file: path, message: "styles.\(name).size: \(v) is not a font size; expected a number of points from 1 to 200")
            }
            if let v = f.leading, !(v.length > .zero && v.length <= .pt(400)) {
                throw LayoutError(file: path, message: "styles.\(name).leading: expected a positive length such as 14pt")
            }
            var style = spec.styles[name] ?? spec.style("body")
            if let v = f.font { style.font.family = v == "serif" ? spec.serif : v == "sans" ? spec.sans : v }
            if let v = f.size { style.font.size = v.length }
            if let v = f.leading { style.leading = v.length }
            if let v = f.bold { style.font.bold = v }
            if let v = f.italic { style.font.italic = v }
            if let v = f.color { style.font.color = v.color }
            if let v = f.align { style.alignment = v }
            if let v = f.space_before { style.spaceBefore = v.length }
            if let v = f.space_after { style.spaceAfter = v.length }
            if let v = f.indent { style.indentStart = v.length; style.indentEnd = v.length }
            spec.styles[name] = style
        }
        return spec
    }

    /// The case of `Choice` that `name` names, or an error naming the key and every case:
    /// "chart.mode: “sepia” is not a chart mode; expected color or print".
    static func choice<Choice: CaseIterable & RawRepresentable<String>>(_ name: String, key: String, isNot what: String,
                                                                        path: String) throws -> Choice {
        if let chosen = Choice(rawValue: name) { return chosen }
        let names = Choice.allCases.map(\.rawValue)
        let expected = names.count < 3 ? names.joined(separator: " or ") : "one of " + names.joined(separator: ", ")
        throw LayoutError(file: path, message: "\(key): “\(name)” is not \(what); expected \(expected)")
    }

    /// Checks every length the file sets: finite, not negative, and on the paper. A negative
    /// margin or indent would put text off the page, and NaN would reach cairo.
    static func checkLengths(_ file: LayoutFile, page: PageSetup, path: String) throws {
        let paper = max(page.size.width, page.size.height)
        func check(_ value: LengthValue?, _ key: String, upTo limit: Length, allowZero: Bool = true) throws {
            guard let length = value?.length else { return }
            let points = length.points
            guard points.isFinite, points > 0 || (allowZero && points == 0), length <= limit else {
                let shown = points.isFinite ? "\(length)" : "\(points)"
                throw LayoutError(file: path, message: "\(key): \(shown) is not a usable length; expected "
                    + "\(allowZero ? "zero or more" : "more than zero") and at most \(limit), such as 20mm")
            }
        }
        for (key, value) in (file.page?.margins ?? [:]).sorted(by: { $0.key < $1.key }) {
            try check(value, "page.margins.\(key)", upTo: paper / 2)
        }
        for (name, running) in [("header", file.header), ("footer", file.footer)] {
            try check(running?.baseline, "\(name).baseline", upTo: page.size.height / 2)
            for (part, template) in [("left", running?.left), ("center", running?.center), ("right", running?.right)] {
                guard let template else { continue }
                let count = template.components(separatedBy: "{{").count - 1
                guard template.count <= RunningLine.maximumTemplateLength, count <= RunningLine.maximumPlaceholders else {
                    throw LayoutError(file: path, message: "\(name).\(part): a running line of \(template.count) characters with "
                        + "\(count) placeholders; expected at most \(RunningLine.maximumTemplateLength) characters and "
                        + "\(RunningLine.maximumPlaceholders) placeholders")
                }
            }
        }
        for (name, style) in (file.styles ?? [:]).sorted(by: { $0.key < $1.key }) {
            try check(style.space_before, "styles.\(name).space_before", upTo: page.size.height / 2)
            try check(style.space_after, "styles.\(name).space_after", upTo: page.size.height / 2)
            try check(style.indent, "styles.\(name).indent", upTo: page.size.width / 4)
            try check(style.size, "styles.\(name).size", upTo: .pt(200), allowZero: false)
            try check(style.leading, "styles.\(name).leading", upTo: .pt(400), allowZero: false)
        }
    }
}
