// ProjectFolder: which files a project may have read: inside its folder (links followed), regular
// files only, and no larger than their limit. Paths come from people, not from the tool, so a
// section named /etc/passwd or a link out of the folder must not end up printed in a dossier.

import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A project folder and the rules for reading the files a project names.
public struct ProjectFolder: Sendable {
    /// The folder as given.
    public let path: String
    /// The folder's real path, links resolved; a file must resolve inside it.
    public let realPath: String
    /// Whether files outside the folder may be read (`--allow-outside-project`). Special files
    /// are refused even then.
    public let allowsOutside: Bool
    /// Other folders whose files may be read too (real paths), such as the shipped layouts.
    public let otherFolders: [String]

    /// Folders holding system files that look like regular files but are not: reading
    /// /proc/self/environ would print the environment, and /dev or /sys files can block or never end.
    public static let systemFolders = ["/proc", "/sys", "/dev"]

    /// Creates the rules for the project in `path`.
    public init(path: String, allowsOutside: Bool = false, otherFolders: [String] = []) {
        self.path = path
        self.realPath = Self.realPath(of: path) ?? Self.lexicallyAbsolute(path)
        self.allowsOutside = allowsOutside
        self.otherFolders = otherFolders.compactMap { Self.realPath(of: $0) }
    }

    /// Why a file may not be read.
    public enum Refusal: Error, Sendable, Equatable {
        /// Nothing is there (or a link points nowhere).
        case missing
        /// A folder is there.
        case folder
        /// The file resolves outside the project folder, to `resolved`.
        case outside(resolved: String)
        /// A pipe, device, socket or system file: never read, whatever the options.
        case special(kind: String)
        /// The file is larger than its limit.
        case tooLarge(size: Int64, limit: FileLimit)
        /// The system refused to open or read it.
        case unreadable(reason: String)
    }

    /// The absolute path of a project-relative path; absolute paths stay as they are.
    public func absolute(_ relative: String) -> String {
        relative.hasPrefix("/") ? relative : (path as NSString).appendingPathComponent(relative)
    }

    /// Checks that `relative` (project-relative or absolute) names a regular file this project may
    /// read, no larger than `limit`; returns its real path.
    public func check(_ relative: String, limit: FileLimit?) -> Result<String, Refusal> {
        check(relative, limit: limit, confined: true)
    }

    /// As `check(_:limit:)`; when `confined` is false the file may lie anywhere, but special files
    /// and sizes are still refused (a path the user typed on the command line).
    public func check(_ relative: String, limit: FileLimit?, confined: Bool) -> Result<String, Refusal> {
        let given = absolute(relative)
        guard let real = Self.realPath(of: given) else {
            return errno == EACCES ? .failure(.unreadable(reason: String(cString: strerror(EACCES)))) : .failure(.missing)
        }
        if let system = Self.systemFolders.first(where: { Self.isInside(real, $0) }) {
            return .failure(.special(kind: "a system file under \(system)"))
        }
        var status = stat()
        guard stat(real, &status) == 0 else { return .failure(.unreadable(reason: String(cString: strerror(errno)))) }
        if let kind = Self.specialKind(status.st_mode) {
            return kind == "a folder" ? .failure(.folder) : .failure(.special(kind: kind))
        }
        if confined, !allowsOutside, !contains(real) { return .failure(.outside(resolved: real)) }
        if let limit, Int64(status.st_size) > limit.bytes {
            return .failure(.tooLarge(size: Int64(status.st_size), limit: limit))
        }
        return .success(real)
    }

    /// Reads a file the project names, after `check`; the size is checked again on the open file
    /// and reading stops past the limit, so a file that grows meanwhile is refused, not read whole.
    public func read(_ relative: String, limit: FileLimit, confined: Bool = true) -> Result<Data, Refusal> {
        let real: String
        switch check(relative, limit: limit, confined: confined) {
        case .failure(let refusal): return .failure(refusal)
        case .success(let path): real = path
        }
        // O_NONBLOCK: if a pipe was swapped in after the check, opening it must not wait for a writer.
        let fd = open(real, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else { return .failure(.unreadable(reason: String(cString: strerror(errno)))) }
        defer { close(fd) }
        var status = stat()
        guard fstat(fd, &status) == 0 else { return .failure(.unreadable(reason: String(cString: strerror(errno)))) }
        if let kind = Self.specialKind(status.st_mode) {
            return kind == "a folder" ? .failure(.folder) : .failure(.special(kind: kind))
        }
        guard Int64(status.st_size) <= limit.bytes else {
            return .failure(.tooLarge(size: Int64(status.st_size), limit: limit))
        }
        var data = Data()
        data.reserveCapacity(Int(status.st_size))
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(.unreadable(reason: String(cString: strerror(errno))))
            }
            if n == 0 { break }
            // A file whose size the system does not report (or that grows) is cut off at the limit.
            guard Int64(data.count + n) <= limit.bytes else {
                return .failure(.tooLarge(size: Int64(data.count + n), limit: limit))
            }
            data.append(contentsOf: chunk[0..<n])
        }
        return .success(data)
    }

    /// Whether a real path lies inside the project folder or one of the other folders allowed.
    public func contains(_ real: String) -> Bool {
        Self.isInside(real, realPath) || otherFolders.contains { Self.isInside(real, $0) }
    }

    /// The diagnostic for a refused file: what is wrong and what was expected. `relative` is the
    /// path as the user wrote it.
    public func describe(_ refusal: Refusal, path relative: String) -> (message: String, expected: String) {
        let inside = "a path inside \"\(realPath)\""
        switch refusal {
        case .missing:
            return ("no such file \"\(relative)\"", "a path relative to the project directory")
        case .folder:
            return ("\"\(relative)\" is a folder", "a file")
        case .outside(let resolved):
            // A path that stays inside on paper but resolves out of the folder passes through a link.
            let lexical = Self.lexicallyAbsolute(absolute(relative))
            let viaLink = Self.isInside(lexical, Self.lexicallyAbsolute(path)) || Self.isInside(lexical, realPath)
            let what = viaLink ? "\"\(relative)\" is a link to \"\(resolved)\", which is outside the project folder"
                               : "\"\(relative)\" is outside the project folder"
            return (what, "\(inside) (or run with --allow-outside-project)")
        case .special(let kind):
            return ("\"\(relative)\" is \(kind), not a regular file; dossier never reads pipes, devices, sockets "
                    + "or system files, even with --allow-outside-project", "a regular file inside the project folder")
        case .tooLarge(let size, let limit):
            return ("\"\(relative)\" is \(FileLimit.size(size)), more than the \(limit) limit for \(limit.kind)",
                    "a file of at most \(limit) (\(limit.advice))")
        case .unreadable(let reason):
            return ("cannot read \"\(relative)\": \(reason)", "a file the user running dossier may read")
        }
    }

    /// The real path of a path that exists, links resolved; nil if it does not.
    public static func realPath(of path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The real path a file would have once written at `path`, which may not exist yet: the
    /// deepest existing folder on the way resolved, the rest appended. The last part is not
    /// resolved, since writing replaces a link rather than what it points to.
    public static func destination(of path: String) -> String {
        let absolute = lexicallyAbsolute(path)
        var folder = (absolute as NSString).deletingLastPathComponent
        var rest = [(absolute as NSString).lastPathComponent]
        while realPath(of: folder) == nil, folder != "/" {
            rest.insert((folder as NSString).lastPathComponent, at: 0)
            folder = (folder as NSString).deletingLastPathComponent
        }
        let base = realPath(of: folder) ?? folder
        return rest.reduce(base) { ($0 as NSString).appendingPathComponent($1) }
    }

    /// Whether `path` is `folder` or lies beneath it (both absolute, normalised).
    public static func isInside(_ path: String, _ folder: String) -> Bool {
        folder == "/" || path == folder || path.hasPrefix(folder + "/")
    }

    /// An absolute path with "." and ".." resolved on paper, links left alone.
    static func lexicallyAbsolute(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var parts: [Substring] = []
        for part in absolute.split(separator: "/") {
            if part == "." || part.isEmpty { continue }
            if part == ".." { if !parts.isEmpty { parts.removeLast() }; continue }
            parts.append(part)
        }
        return "/" + parts.joined(separator: "/")
    }

    /// What a file mode says the file is, in words, unless it is a regular file.
    static func specialKind(_ mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFDIR: return "a folder"
        case S_IFIFO: return "a named pipe (FIFO)"
        case S_IFCHR, S_IFBLK: return "a device"
        case S_IFSOCK: return "a socket"
        default: return "not a regular file"
        }
    }
}
