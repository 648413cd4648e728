// `dossier schema`: the JSON Schema of record files, for editors that check YAML while it is typed.

import ArgumentParser
import DossierBuild
import DossierModel
import Foundation

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema (draft 2020-12) of record files, for editors that check YAML as you type.",
        discussion: """
        With VS Code's YAML extension (redhat.vscode-yaml), save the schemas in the project and map \
        them to files in .vscode/settings.json:

          dossier schema -o schema/records.json
          dossier schema --for project -o schema/project.json

          "yaml.schemas": {
            "./schema/records.json": ["records/*.yaml", "records/*.yml"],
            "./schema/project.json": "dossier.yaml"
          }

        or put this comment on the first line of a record file:

          # yaml-language-server: $schema=../schema/records.json

        The schema describes every field and its allowed values, so the editor completes field names \
        and shows what each means. `dossier check` remains the full check: it also finds duplicate ids, \
        undefined references, sources that disagree and quotations missing from their archive copies.
        """
    )

    @Option(name: .customLong("for"),
            help: ArgumentHelp("Which files the schema is for: records (any record file), incidents, quotations, sources, or project (dossier.yaml).", valueName: "kind"))
    var target: String = RecordSchema.Target.records.rawValue

    @Option(name: .shortAndLong, help: "Write the schema to this file instead of standard output; an existing file is replaced only if it is a schema dossier wrote.")
    var output: String?

    func validate() throws {
        guard RecordSchema.Target(rawValue: target) != nil else {
            let names = RecordSchema.Target.allCases.map(\.rawValue).joined(separator: ", ")
            throw ValidationError("--for: “\(target)” is not a kind of file; expected one of \(names)")
        }
    }

    func run() throws {
        let target = RecordSchema.Target(rawValue: target)!
        guard let output else {
            print(RecordSchema.jsonSchema(for: target).formatted)
            return
        }
        try SchemaExport.write(target, to: output)
    }
}
