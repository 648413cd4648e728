// MarkdownCheck: the remarks on a dossier's Markdown (sections and incident summaries) as diagnostics
// at the lines of the files they were written in.

import DossierModel

/// Reports what the Markdown of a dossier prints otherwise than written, as warnings.
public enum MarkdownCheck {
    /// The warnings for every section file and every incident summary: a section's at its file's line
    /// (`sections/x.md:12`), a summary's at the line of its record file.
    public static func diagnostics(for dossier: Dossier) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for (file, markdown) in dossier.sections {
            for note in MarkdownReader.parse(markdown).notes {
                found.append(Diagnostic(severity: .warning, location: SourceLocation(file: file, line: note.line, column: note.column),
                                        field: nil, message: note.message))
            }
        }
        for incident in dossier.incidents where !incident.summary.isEmpty {
            let notes = MarkdownReader.parse(incident.summary, headingOffset: DocumentBuilder.summaryHeadingOffset).notes
            for note in notes {
                let location = incident.summaryOrigin?.location(line: note.line, column: note.column) ?? incident.recordLocation
                found.append(Diagnostic(severity: .warning, location: location, field: "\(incident.id).summary",
                                        message: note.message))
            }
        }
        return Diagnostic.inReadingOrder(found)
    }
}
