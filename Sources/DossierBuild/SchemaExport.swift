// SchemaExport: the JSON Schema of record files written to a file, atomically, never over one the
// tool did not write.

import DossierModel
import DossierRender
import Foundation

/// Writes `dossier schema`'s output to a file.
public enum SchemaExport {
    /// Writes the JSON Schema of `target` to `path` through a temporary file renamed into place.
    /// Refuses (`BuildFailure.output`) to replace a file that is not a schema this tool wrote, and to
    /// write among the records of the project around `path`.
    public static func write(_ target: RecordSchema.Target, to path: String) throws {
        try OutputCheck.keepsRecords(path, files: OutputCheck.enclosingProject(of: path))
        try OutputCheck.mayReplace(path, with: .recordSchema)
        let text = RecordSchema.jsonSchema(for: target).formatted + "\n"
        try OutputCheck.createFolder(of: path)
        try TemporaryFiles.writeOutput(Data(text.utf8), to: path)
    }
}
