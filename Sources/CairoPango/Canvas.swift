// Canvas: drawing on a cairo context in page terms (paths, paints, shaped lines, images, tags, links).
import CCairo
import DossierDisplay
import Foundation

/// Draws display-list content on a cairo context: page coordinates, points, y downwards.
/// Drawing calls do not throw; cairo keeps the first error, and `checkStatus` reports it.
/// Not Sendable: a cairo context belongs to one thread.
public final class Canvas {
    private let surface: SurfaceHandle
    /// The context (`cairo_t *`), owned.
    let cairo: OpaquePointer
    /// Fonts for lines not shaped by Pango (tests' fixed-width lines).
    private let fonts: FontLibrary?
    private var fallbackContext: PangoContextHandle?
    /// The glyphs, text and clusters of the line being drawn, reused from line to line.
    private var glyphBatch = GlyphLineDrawing.Batch()
    /// The colour of the last fill or text drawn, when known: content marks are drawn in it, so
    /// cairo writes no colour change for them.
    var inkColor: Color?

    init(surface: SurfaceHandle, fonts: FontLibrary?) throws {
        guard let cairo = cairo_create(surface.pointer) else {
            throw CairoError.cairo(operation: "create a drawing context", reason: "out of memory")
        }
        if let error = CairoError.check(cairo_status(cairo), "create a drawing context") {
            cairo_destroy(cairo)
            throw error
        }
        self.surface = surface
        self.cairo = cairo
        self.fonts = fonts
    }

    deinit { cairo_destroy(cairo) }

    /// Throws the first error cairo met while drawing, if any.
    public func checkStatus(_ operation: String = "draw") throws {
        if let error = CairoError.check(cairo_status(cairo), operation) { throw error }
    }

    // MARK: State

    /// Saves the drawing state (translation, clip, colours).
    public func save() { cairo_save(cairo) }
    /// Restores the state last saved.
    public func restore() { cairo_restore(cairo) }
    /// Moves the origin by `dx`, `dy`.
    public func translate(dx: Length, dy: Length) { cairo_translate(cairo, dx.points, dy.points) }
    /// Scales drawing by `factor` (used for raster output above 72 dpi).
    public func scale(_ factor: Double) { cairo_scale(cairo, factor, factor) }
    /// Limits later drawing to `rect` until the next `restore`.
    public func clip(to rect: Rect) {
        cairo_rectangle(cairo, rect.minX.points, rect.minY.points, rect.width.points, rect.height.points)
        cairo_clip(cairo)
    }

    // MARK: Shapes

    /// Fills and then strokes a shape.
    public func draw(_ shape: Shape) {
        if let paint = shape.fill { fill(shape.path, with: paint) }
        if let outline = shape.stroke { stroke(shape.path, with: outline) }
    }

    /// Fills `path` with a colour or a hatch.
    public func fill(_ path: Path, with paint: Paint) {
        cairo_save(cairo)
        defer { cairo_restore(cairo) }
        switch paint {
        case .color(let color):
            setSource(color)
            inkColor = color
            append(path)
            cairo_fill(cairo)
        case .hatched(let background, let hatch, let ink, let spacing):
            setSource(background)
            append(path)
            cairo_fill_preserve(cairo)
            cairo_clip(cairo)
            drawHatch(hatch, in: path.bounds, ink: ink, spacing: spacing)
            inkColor = nil
        }
    }

    /// Fills paths that lie apart (none overlaps or touches another) with one colour, in one
    /// operation: a PDF writes one fill instead of one per path, and cairo's per-operation cost
    /// (analysis regions, state) is paid once. Circles of one radius become round dots, zero-length
    /// strokes with round caps, which a PDF writes in four numbers instead of fourteen.
    public func fill(apart paths: [Path], color: Color) {
        guard !paths.isEmpty else { return }
        cairo_save(cairo)
        defer { cairo_restore(cairo) }
        setSource(color)
        cairo_new_path(cairo)
        let circles = paths.map(\.circle)
        // Round dots are strokes: cairo writes the next fill's colour again whatever it is.
        inkColor = circles.first??.radius != nil ? nil : color
        if let radius = circles.first??.radius, circles.allSatisfy({ $0?.radius == radius }) {
            cairo_set_line_width(cairo, 2 * radius.points)
            cairo_set_line_cap(cairo, CAIRO_LINE_CAP_ROUND)
            for case let (center, _)? in circles {
                cairo_move_to(cairo, center.x.points, center.y.points)
                cairo_line_to(cairo, center.x.points, center.y.points)
            }
            cairo_stroke(cairo)
        } else {
            for path in paths { appendElements(path) }
            cairo_fill(cairo)
        }
    }

    /// Strokes `path`.
    public func stroke(_ path: Path, with stroke: Stroke) {
        guard stroke.width > .zero else { return }
        cairo_save(cairo)
        defer { cairo_restore(cairo) }
        setSource(stroke.color)
        cairo_set_line_width(cairo, stroke.width.points)
        if stroke.cap == .round { cairo_set_line_cap(cairo, CAIRO_LINE_CAP_ROUND) }
        let dashes = stroke.dash.map(\.points).filter { $0 >= 0 }
        if !dashes.isEmpty, dashes.contains(where: { $0 > 0 }) {
            cairo_set_dash(cairo, dashes, Int32(dashes.count), 0)
        }
        append(path)
        cairo_stroke(cairo)
    }

    private func setSource(_ color: Color) {
        cairo_set_source_rgba(cairo, color.red, color.green, color.blue, color.alpha)
    }

    private func append(_ path: Path) {
        cairo_new_path(cairo)
        appendElements(path)
    }

    /// Adds the path's elements to the current path.
    private func appendElements(_ path: Path) {
        for element in path.elements {
            switch element {
            case .move(let p): cairo_move_to(cairo, p.x.points, p.y.points)
            case .line(let p): cairo_line_to(cairo, p.x.points, p.y.points)
            case .curve(let a, let b, let c):
                cairo_curve_to(cairo, a.x.points, a.y.points, b.x.points, b.y.points, c.x.points, c.y.points)
            case .close: cairo_close_path(cairo)
            }
        }
    }

    /// Draws hatch lines over `bounds` (already clipped to the shape). Lines sit on a grid
    /// anchored at the origin, so adjacent shapes' hatches line up.
    private func drawHatch(_ hatch: Hatch, in bounds: Rect, ink: Color, spacing: Length) {
        let step = max(spacing.points, 0.5)
        let x0 = bounds.minX.points, x1 = bounds.maxX.points, y0 = bounds.minY.points, y1 = bounds.maxY.points
        setSource(ink)
        cairo_set_line_width(cairo, max(0.3, step / 6))
        func lines(from start: Double, to end: Double, by delta: Double, _ segment: (Double) -> Void) {
            var c = (start / delta).rounded(.down) * delta
            while c <= end { segment(c); c += delta }
        }
        func vertical() { lines(from: x0, to: x1, by: step) { cairo_move_to(cairo, $0, y0); cairo_line_to(cairo, $0, y1) } }
        func horizontal() { lines(from: y0, to: y1, by: step) { cairo_move_to(cairo, x0, $0); cairo_line_to(cairo, x1, $0) } }
        // Diagonals: lines x + y = c ("/" with y downwards) and x - y = c ("\"), `step` apart.
        let diagonalStep = step * 2.0.squareRoot()
        func forward() {
            lines(from: x0 + y0, to: x1 + y1, by: diagonalStep) { cairo_move_to(cairo, $0 - y0, y0); cairo_line_to(cairo, $0 - y1, y1) }
        }
        func backward() {
            lines(from: x0 - y1, to: x1 - y0, by: diagonalStep) { cairo_move_to(cairo, $0 + y0, y0); cairo_line_to(cairo, $0 + y1, y1) }
        }
        switch hatch {
        case .none: return
        case .diagonal: forward()
        case .backDiagonal: backward()
        case .crosshatch: forward(); backward()
        case .horizontal: horizontal()
        case .vertical: vertical()
        case .dots:
            let radius = max(0.3, step / 6)
            lines(from: y0, to: y1, by: step) { y in
                lines(from: x0, to: x1, by: step) { x in
                    cairo_new_sub_path(cairo)
                    cairo_arc(cairo, x, y, radius, 0, 2 * Double.pi)
                }
            }
            cairo_fill(cairo)
            return
        }
        cairo_stroke(cairo)
    }

    // MARK: Text

    /// Draws a shaped line. `baselineOrigin` is the left end of the paragraph box's baseline
    /// (`TextItem.origin`); the line's own `x` is added here. Lines of pieces shaped by `PangoShaper`
    /// are drawn from their glyphs; others are set again from their text in Noto Serif.
    public func draw(line: ShapedLine, baselineOrigin: Point, rotation: Double = 0) {
        if rotation != 0 {
            // Turn about the baseline origin, then draw as if horizontal at the origin.
            cairo_save(cairo)
            cairo_translate(cairo, baselineOrigin.x.points, baselineOrigin.y.points)
            cairo_rotate(cairo, -rotation * Double.pi / 180)
            draw(line: line, baselineOrigin: .zero)
            cairo_restore(cairo)
            return
        }
        let x = (baselineOrigin.x + line.x).points, y = baselineOrigin.y.points
        if let glyphs = line.glyphs as? GlyphLine, GlyphLineDrawing.canDraw(glyphs) {
            guard glyphs.parts.first?.run.font is PangoGlyphFont else { return }
            cairo_save(cairo)
            GlyphLineDrawing.show(glyphs, on: cairo, x: x, y: y, batch: &glyphBatch)
            cairo_restore(cairo)
            inkColor = glyphBatch.lastColor
        } else {
            drawPlain(line, x: x, baseline: y)
        }
    }

    /// Where each drawn part of `line` starts, from the baseline origin, when the line can be
    /// drawn in pieces (it was shaped by Pango); nil otherwise.
    public func partStarts(of line: ShapedLine) -> [Length]? {
        guard let glyphs = line.glyphs as? GlyphLine, GlyphLineDrawing.canDraw(glyphs) else { return nil }
        return glyphs.parts.map { line.x + .pt($0.x) }
    }

    /// Draws the parts of `line` that start in `range` (from the baseline origin; see
    /// `partStarts(of:)`), so a link's words can be drawn inside its `Link` element.
    public func draw(line: ShapedLine, baselineOrigin: Point, partsStartingIn range: Range<Length>) {
        guard let glyphs = line.glyphs as? GlyphLine, GlyphLineDrawing.canDraw(glyphs),
              glyphs.parts.first?.run.font is PangoGlyphFont else { return }
        let x = (baselineOrigin.x + line.x).points
        cairo_save(cairo)
        GlyphLineDrawing.show(glyphs, on: cairo, x: x, y: baselineOrigin.y.points,
                              only: (range.lowerBound - line.x).points..<(range.upperBound - line.x).points,
                              batch: &glyphBatch)
        cairo_restore(cairo)
        inkColor = glyphBatch.lastColor
    }

    private func drawPlain(_ line: ShapedLine, x: Double, baseline: Double) {
        guard !line.text.isEmpty else { return }
        let draw = { (layout: OpaquePointer) in
            pango_layout_set_text(layout, line.text, -1)
            let description = pango_font_description_new()
            pango_font_description_set_family(description, "Noto Serif")
            let size = max(1, (line.ascent + line.descent).points)
            pango_font_description_set_absolute_size(description, Double(PangoUnits.from(.pt(size))))
            pango_layout_set_font_description(layout, description)
            pango_font_description_free(description)
            let ascent = Double(pango_layout_get_baseline(layout)) / Double(PANGO_SCALE)
            cairo_save(self.cairo)
            cairo_set_source_rgb(self.cairo, 0, 0, 0)
            self.inkColor = .black
            cairo_move_to(self.cairo, x, baseline - ascent)
            pango_cairo_show_layout(self.cairo, layout)
            cairo_restore(self.cairo)
        }
        if let fonts {
            if fallbackContext == nil { fallbackContext = try? PangoContextHandle(fonts: fonts) }
            guard let context = fallbackContext, let layout = try? PangoLayoutHandle(context: context) else { return }
            fonts.withLock { draw(layout.pointer) }
        } else {
            // No bundled fonts were handed over: previews only, with the machine's fonts.
            guard let layout = pango_cairo_create_layout(cairo) else { return }
            draw(layout)
            g_object_unref(UnsafeMutableRawPointer(layout))
        }
    }

    // MARK: Images

    /// Draws a PNG or JPEG image stretched to `rect`.
    public func drawImage(_ image: ImageItem) throws {
        let decoded = try CairoImage(data: image.data, format: image.format)
        let rect = image.rect
        guard rect.width > .zero, rect.height > .zero else { return }
        cairo_save(cairo)
        clip(to: rect)
        cairo_translate(cairo, rect.minX.points, rect.minY.points)
        cairo_scale(cairo, rect.width.points / Double(decoded.width), rect.height.points / Double(decoded.height))
        cairo_set_source_surface(cairo, decoded.pointer, 0, 0)
        cairo_paint(cairo)
        inkColor = nil
        cairo_restore(cairo)
        try checkStatus("draw an image")
    }

    // MARK: Content marks and destinations

    /// A mark in a page's content that the PDF's finishing step turns into a marked-content
    /// operator: cairo 1.16 writes marked content only for structure elements of its own, and
    /// keeps every element until the file is finished. A mark is a fill of a size no drawing has
    /// at the page's corner, drawn in device space with the clip reset, so cairo always writes
    /// it, as `0 0 w h re f`, and never inside a text object; it is drawn in the colour of what
    /// was drawn last, so cairo writes no change of colour for it (it never reaches the page).
    public enum ContentMark: CaseIterable, Sendable {
        /// Page furniture begins: an artifact of pagination.
        case beginFurniture
        /// The furniture begun last ends.
        case endFurniture
        /// Content of the structure element open now begins (a marked-content sequence).
        case beginContent
        /// The content begun last ends.
        case endContent

        /// The fill's width and height in points, as cairo writes them.
        public var size: (width: Double, height: Double) {
            switch self {
            case .beginFurniture: (0.5, 0.25)
            case .endFurniture: (0.25, 0.5)
            case .beginContent: (0.75, 0.25)
            case .endContent: (0.25, 0.75)
            }
        }
    }

    /// Draws `mark` (PDF only).
    public func draw(_ mark: ContentMark) {
        cairo_save(cairo)
        cairo_reset_clip(cairo)
        cairo_identity_matrix(cairo)
        // An opaque colour: cairo leaves out a fill it can see is invisible.
        let color = inkColor.flatMap { $0.alpha == 1 ? $0 : nil } ?? .black
        cairo_set_source_rgba(cairo, color.red, color.green, color.blue, 1)
        cairo_rectangle(cairo, 0, 0, mark.size.width, mark.size.height)
        cairo_fill(cairo)
        cairo_restore(cairo)
    }

    /// Places a named destination at `point` (PDF only).
    public func destination(name: String, at point: Point) {
        let attributes = TagAttributes.destination(name: name, point: devicePoint(point))
        cairo_tag_begin(cairo, CAIRO_TAG_DEST, attributes)
        cairo_tag_end(cairo, CAIRO_TAG_DEST)
    }

    /// Cairo 1.16 reads destination positions in device space, ignoring the current
    /// translation, so they are converted here; link areas are recorded in device space too.
    private func devicePoint(_ point: Point) -> Point {
        var x = point.x.points, y = point.y.points
        cairo_user_to_device(cairo, &x, &y)
        return Point(x: .pt(x), y: .pt(y))
    }

    /// `rect` in device space: points from the page's top left corner.
    public func deviceRect(_ rect: Rect) -> Rect {
        let a = devicePoint(rect.origin), b = devicePoint(Point(x: rect.maxX, y: rect.maxY))
        return Rect(x: min(a.x, b.x), y: min(a.y, b.y), width: abs((b.x - a.x).points).pt, height: abs((b.y - a.y).points).pt)
    }

    /// Ends the current page (PDF) and starts the next.
    func showPage() { cairo_show_page(cairo) }
}

private extension Double {
    var pt: Length { .pt(self) }
}
