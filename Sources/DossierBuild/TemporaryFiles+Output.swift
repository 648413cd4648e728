// TemporaryFiles+Output: how the build writes a small file (a log, a schema, a manifest, a new project's
// files): atomically, and a failure as an output failure the command line exits 3 on.

import DossierRender
import Foundation

extension TemporaryFiles {
    /// Writes `data` to `path` through a temporary file renamed into place; a failure is a
    /// `BuildFailure.output` naming the path.
    static func writeOutput(_ data: Data, to path: String) throws {
        do {
            try write(data, to: path)
        } catch let error as RenderError {
            throw BuildFailure.output("\(error)")
        } catch {
            throw BuildFailure.output("cannot write \(path): \(error.localizedDescription)")
        }
    }
}
