// `dossier new DIR` and `dossier layouts`: starting a project, and the layouts it can use.

import ArgumentParser
import DossierBuild
import DossierLocale
import DossierModel
import Foundation

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create a project folder with an example incident, quotation and source to edit.")

    @Argument(help: "The folder to create.")
    var directory: String

    @Option(name: .long, help: "The dossier's title (default: \"Incident dossier\", in the dossier's language).")
    var title: String?

    @Option(name: .long, help: "The organisation publishing it (default: \"Your organisation\", in the dossier's language).")
    var organisation: String?

    @Option(name: .long, help: "The language of the dossier and of the example, a BCP 47 tag: en, fr, de, es, ar, fa, … (default: en).")
    var language = "en"

    func run() throws {
        let today = ReproducibleDate.iso(epochSeconds: Int64(Date().timeIntervalSince1970)).prefix(10)
        let wording: Wording
        do { wording = try Wording.load(language: language, shipped: ResourceLocator.localesDirectory()) } catch {
            throw BuildFailure.project("\(error)")
        }
        try ProjectTemplate.create(at: directory, title: title ?? wording.text("example.title"),
                                   organisation: organisation ?? wording.text("example.organisation"), today: String(today),
                                   wording: wording)
        print("created \(directory); build it with: dossier build \(directory)")
    }
}

struct LayoutsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "layouts",
        abstract: "List the layouts a project can use (shipped ones and the project's own).")

    @Argument(help: "A project folder, to list its own layouts too.")
    var project: String?

    func run() throws {
        var found: [(String, String)] = []
        func scan(_ dir: String, _ origin: String, within folder: ProjectFolder, confined: Bool) {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
            for name in names.sorted() where name.hasSuffix(".yaml") {
                // Under the build's rules: a pipe named like a layout must not stall the listing.
                let path = URL(fileURLWithPath: dir + "/" + name).path
                let data = try? folder.read(path, limit: .layout, confined: confined).get()
                let text = data.flatMap { String(data: $0, encoding: .utf8) } ?? ""
                let about = text.split(separator: "\n").first { $0.hasPrefix("#") }.map { $0.dropFirst().trimmingCharacters(in: .whitespaces) } ?? ""
                found.append(("\(String(name.dropLast(5))) (\(origin))", about))
            }
        }
        if let project {
            scan(project + "/layouts", "project", within: ProjectFolder(path: project), confined: true)
        }
        if let shipped = ResourceLocator.layoutsDirectory() {
            scan(shipped, "shipped", within: ProjectFolder(path: shipped), confined: false)
        }
        let width = found.map(\.0.count).max() ?? 0
        for (name, about) in found { print(name.padding(toLength: width + 2, withPad: " ", startingAt: 0) + about) }
    }
}
