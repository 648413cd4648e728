// ProgressDisplay: one self-updating status line on a terminal; nothing when output is redirected.

import DossierBuild
import Foundation

/// Shows build progress on standard error when it is a terminal.
enum ProgressDisplay {
    /// A progress handler, or nil when progress should not be shown.
    static func handler(quiet: Bool, json: Bool) -> (@Sendable (BuildProgress) -> Void)? {
        guard !quiet, !json, isatty(STDERR_FILENO) == 1 else { return nil }
        return { event in
            let text: String
            switch event {
            case .shaped(let n, let total): text = "shaping text: \(n) of \(total) blocks"
            case .laidOut(let pages, let pass): text = "laid out \(pages) pages (pass \(pass))"
            case .written(let n, let total): text = "writing PDF: page \(n) of \(total)"
            }
            FileHandle.standardError.write(Data(("\r\u{1B}[2K" + text + (event.isLast ? "\r\u{1B}[2K" : "")).utf8))
        }
    }
}
