import Foundation
import NodFuzzing

// Built by Scripts/fuzz.sh with `--sanitize=address --sanitize=fuzzer -Xswiftc -DNOD_FUZZING`:
// libFuzzer then provides `main` and calls this for every input; NOD_FUZZ_TARGET names the harness.

private let target: FuzzTarget = {
    let name = ProcessInfo.processInfo.environment["NOD_FUZZ_TARGET"] ?? ""
    guard let target = FuzzTarget(rawValue: name) else {
        fatalError("set NOD_FUZZ_TARGET to one of: \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", "))")
    }
    return target
}()

@_cdecl("LLVMFuzzerTestOneInput")
package func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let input = data.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
    target.run(input)
    return 0
}

#if !NOD_FUZZING
/// Without libFuzzer, `nod-fuzz TARGET FILE…` replays inputs (a crash file, a corpus) through a harness.
@main
enum Replay {
    static func main() {
        let arguments = CommandLine.arguments.dropFirst()
        guard let name = arguments.first, let target = FuzzTarget(rawValue: name) else {
            print("usage: nod-fuzz TARGET FILE… (targets: \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")))")
            print("To fuzz, use Scripts/fuzz.sh.")
            exit(2)
        }
        for path in arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                print("\(path): cannot be read")
                exit(2)
            }
            target.run(Array(data))
            print("\(path): ok")
        }
    }
}
#endif
