import Foundation

@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// Runs libFuzzer's driver with a Swift closure as the fuzz target (the `main` of every fuzz executable).
public enum FuzzDriver {
    nonisolated(unsafe) private static var target: ((Data) -> Void)?

    /// Hands control to libFuzzer, which calls `body` with each input; exits with libFuzzer's status.
    public static func run(_ body: @escaping (Data) -> Void) -> Never {
        target = body
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        let status = LLVMFuzzerRunDriver(&argc, &argv) { bytes, count in
            let data = bytes.map { Data(bytes: $0, count: count) } ?? Data()
            FuzzDriver.target?(data)
            return 0
        }
        exit(status)
    }
}
