// OutputCheck: what an output path may replace. A mistyped -o must never cost a user a record
// file, a page of notes or anything else the tool did not write itself.

import DossierModel
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The kinds of file dossier writes, each recognised by its first bytes.
public enum OutputKind: Sendable {
    /// A PDF: starts with `%PDF-`.
    case pdf
    /// An SVG image: an `<svg` element near the start.
    case svg
    /// A PNG image: the PNG signature.
    case png
    /// A JSON Schema that `dossier schema` wrote: its `$schema` key and a title of ours.
    case recordSchema
    /// A production log that `build --log` wrote (CSV or JSON).
    case productionLog

    /// The kind of file, for messages: "a PDF".
    public var name: String {
        switch self {
        case .pdf: "a PDF"
        case .svg: "an SVG image"
        case .png: "a PNG image"
        case .recordSchema: "a JSON Schema written by dossier schema"
        case .productionLog: "a production log written by dossier build --log"
        }
    }

    /// How much of an existing file is read to recognise it.
    var headLength: Int { self == .recordSchema ? 4 << 20 : 4096 }

    /// Whether the start of a file (`headLength` bytes at most) shows it is of this kind.
    func matches(_ head: Data) -> Bool {
        switch self {
        case .pdf:
            return head.starts(with: Data("%PDF-".utf8))
        case .png:
            return head.starts(with: Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        case .svg:
            // After an XML declaration, comments or a doctype; the first 4 KB hold the root element.
            return head.range(of: Data("<svg".utf8)) != nil
        case .productionLog:
            return head.starts(with: Data(ProductionLog.csvHeader.utf8)) || head.starts(with: Data(ProductionLog.jsonStart.utf8))
        case .recordSchema:
            guard let object = try? JSONSerialization.jsonObject(with: head) as? [String: Any],
                  object["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema",
                  let title = object["title"] as? String else { return false }
            // Every title `RecordSchema.jsonSchema` writes: "dossier record file, schema v1", …
            return title.hasPrefix("dossier ") && title.contains(", schema v")
        }
    }
}

/// Checks output paths before anything is written.
public enum OutputCheck {
    /// Throws `BuildFailure.output` unless `path` is free, or holds an empty file or a file of
    /// `kind` (one the tool could have written). Folders, pipes, devices and sockets are refused too.
    public static func mayReplace(_ path: String, with kind: OutputKind) throws {
        var status = stat()
        guard stat(path, &status) == 0 else {
            // Nothing there, or a link to nothing: the link is replaced, not followed.
            return
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw BuildFailure.output("\(path) is a folder; expected the path of a file to write")
        default: throw BuildFailure.output("\(path) is not a regular file (a pipe, device or socket); nothing was written")
        }
        if status.st_size == 0 { return }
        guard head(of: path, upTo: kind.headLength).map(kind.matches) == true else {
            throw BuildFailure.output("\(path) exists and is not \(kind.name); dossier replaces only files of the kind "
                                      + "it writes, so nothing was written (remove the file or choose another name)")
        }
    }

    /// Creates the folder `path` is to be written in, if it is missing; throws `BuildFailure.output`
    /// when it cannot be created.
    static func createFolder(of path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        guard !folder.isEmpty && !FileManager.default.fileExists(atPath: folder) else { return }
        do { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) } catch {
            throw BuildFailure.output("cannot create the folder \(folder): \(error.localizedDescription)")
        }
    }

    /// Throws `BuildFailure.output` if writing `path` would replace one of the project's record files
    /// or put a file into one of its record folders (where the next load would read it as records).
    /// `shown` names the output in the message when it is not `path` itself (a folder of outputs).
    public static func keepsRecords(_ path: String, files: ProjectFiles?, shown: String? = nil) throws {
        guard let files, files.isAmongRecords(path) else { return }
        throw BuildFailure.output("\(shown ?? path) is among the project's records (\(files.folder.path)); dossier never writes "
                                  + "there, so nothing was written; expected a path outside the record files and folders")
    }

    /// The records of the project enclosing `path`, if any: the nearest folder above it holding
    /// dossier.yaml. For commands that write without loading a project (`dossier schema`).
    public static func enclosingProject(of path: String) -> ProjectFiles? {
        var folder = (ProjectFolder.destination(of: path) as NSString).deletingLastPathComponent
        while true {
            if FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent(ProjectLoader.projectFileName)) {
                return ProjectLoader.files(directory: folder)
            }
            let parent = (folder as NSString).deletingLastPathComponent
            if parent == folder || folder.isEmpty { return nil }
            folder = parent
        }
    }

    /// At most `length` bytes from the start of a regular file; nil if it cannot be read.
    static func head(of path: String, upTo length: Int) -> Data? {
        // O_NONBLOCK: a pipe swapped in after the check must not stall the command.
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var data = Data(count: length)
        var filled = 0
        while filled < length {
            let n = data.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress! + filled, length - filled) }
            if n < 0 { if errno == EINTR { continue }; return nil }
            if n == 0 { break }
            filled += n
        }
        data.count = filled
        return data
    }
}
