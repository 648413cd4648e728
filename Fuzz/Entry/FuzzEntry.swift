// FuzzEntry: the libFuzzer entry point; DOSSIER_FUZZ_TARGET names the target (records, csv, project,
// layout, markdown, engine). Built only by scripts/fuzz.sh, with -sanitize=fuzzer,address.

import DossierFuzzing
import Foundation

/// The target chosen once, at the first input.
nonisolated(unsafe) private var target: (@Sendable (Data) -> Void)?

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    if target == nil {
        let name = ProcessInfo.processInfo.environment["DOSSIER_FUZZ_TARGET"] ?? ""
        guard let chosen = FuzzTargets.all[name] else {
            let names = FuzzTargets.all.keys.sorted().joined(separator: ", ")
            FileHandle.standardError.write(Data("DOSSIER_FUZZ_TARGET must be one of: \(names)\n".utf8))
            exit(2)
        }
        target = chosen
    }
    target?(bytes.map { Data(bytes: $0, count: count) } ?? Data())
    return 0
}

/// libFuzzer's driver, for builds whose `main` is SwiftPM's renamed entry point.
@_silgen_name("LLVMFuzzerRunDriver")
private func runDriver(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                       _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

/// The program's entry point: SwiftPM links an executable's `main` to `<module>_main`, so this hands
/// control to libFuzzer's driver, as libFuzzer's own `main` would.
@_cdecl("dossier_fuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return runDriver(&count, &arguments) { bytes, count in fuzzTestOneInput(bytes, count) }
}
