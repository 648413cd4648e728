// ProjectLoader+Exhibits: the exhibits dossier.yaml names must be files of the project and cite known sources.

extension ProjectLoader.Run {
    /// Reports an exhibit whose file is missing or may not be read, and one citing a source that no record
    /// defines. Whether the file is a readable PDF is for the build to find out, which opens it.
    mutating func checkExhibits(_ project: DecodedProject?, sources: [Source], sourcesRead: Bool) {
        guard let project else { return }
        let known = Set(sources.map(\.id))
        for (index, exhibit) in project.spec.exhibits.enumerated() {
            let field = "exhibits[\(index)]"
            switch folder.check(exhibit.file, limit: .exhibit) {
            case .success: break
            case .failure(.missing):
                diagnostics.append(Diagnostic(severity: .error, location: exhibit.fileLocation ?? exhibit.location, field: field + ".file",
                                              message: "no such file \"\(exhibit.file)\"",
                                              expected: "a PDF file relative to the project directory"))
            case .failure(let refusal):
                report(refusal, path: exhibit.file, location: exhibit.fileLocation ?? exhibit.location, field: field + ".file")
            }
            if sourcesRead, let source = exhibit.source, !known.contains(source) {
                let suggestion = Suggestion.closest(to: source, among: known.sorted()).map { " (did you mean \"\($0)\"?)" } ?? ""
                diagnostics.append(Diagnostic(severity: .error, location: exhibit.sourceLocation ?? exhibit.location, field: field + ".source",
                                              message: "no source has the id \"\(source)\"\(suggestion)",
                                              expected: "the id of a source in the records"))
            }
        }
    }
}
