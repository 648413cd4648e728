// BuildProgress: how far a build has got (text shaped, pages laid out, pages written), for a
// progress display; the layout's own steps are passed on as they come.

import DossierLayout

/// How far a build has got, for progress displays.
public enum BuildProgress: Sendable {
    /// Blocks shaped so far, of all blocks.
    case shaped(Int, of: Int)
    /// Pages laid out in a pass.
    case laidOut(pages: Int, pass: Int)
    /// Pages written to the output, of all pages.
    case written(Int, of: Int)

    /// The build's step for a step of its layout.
    init(_ step: LayoutProgress) {
        switch step {
        case .shaped(let n, let total): self = .shaped(n, of: total)
        case .laidOut(let pages, let pass): self = .laidOut(pages: pages, pass: pass)
        }
    }

    /// Whether the event ends a build, so a status line can be cleared.
    public var isLast: Bool { if case .written(let n, let total) = self { n == total } else { false } }
}
