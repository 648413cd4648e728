// ProjectWording: the words a project's documents are written in: the shipped strings of its
// `language:` under the project's own locales/LANG.yaml, and the warnings about strings missing.

import DossierLocale
import DossierModel

extension ProjectBuilder {
    /// The wording of a dossier's language, with the project's own overrides.
    public static func wording(for dossier: Dossier) throws -> Wording {
        do {
            return try Wording.load(language: dossier.spec.language, shipped: ResourceLocator.localesDirectory(),
                                    project: dossier.directory)
        } catch {
            throw BuildFailure.project("\(error)")
        }
    }

    /// Warnings about the wording: strings the language lacks, printed in English. An unusable
    /// strings file is an error.
    public static func wordingDiagnostics(for dossier: Dossier) -> [Diagnostic] {
        let wording: Wording
        do { wording = try Self.wording(for: dossier) } catch {
            return [Diagnostic(severity: .error, location: nil, field: "language", message: "\(error)")]
        }
        guard !wording.missing.isEmpty else { return [] }
        let shown = wording.missing.prefix(8).joined(separator: ", ") + (wording.missing.count > 8 ? ", …" : "")
        let count = wording.missing.count
        return [Diagnostic(severity: .warning, location: nil, field: "language",
                           message: "\(count) string\(count == 1 ? "" : "s") of the tool \(count == 1 ? "has" : "have") no “\(wording.language)” text and will print in English: \(shown)",
                           expected: "each string in locales/\(wording.language).yaml, in the project or shipped with dossier")]
    }
}
