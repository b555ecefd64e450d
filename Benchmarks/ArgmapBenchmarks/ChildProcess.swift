import Foundation

/// Runs this benchmark program again as a child process, so that a case's peak memory is its own.
enum ChildProcess {
    /// What a finished child gave back.
    struct Outcome {
        /// Everything the child wrote to standard output.
        var output: String
        /// The child's exit status as `wait4` reports it (0 when it exited with status 0).
        var status: Int32
        /// Peak resident memory of the child (`ru_maxrss`), in MiB.
        var peakMB: Double
    }

    /// Starts this program with `arguments` (after the executable's path), waits for it, and returns its output,
    /// status and peak memory. Throws when the child cannot be started.
    static func run(_ arguments: [String]) throws -> Outcome {
        let executable = CommandLine.arguments[0]
        let path = executable.contains("/") ? executable : (RenderBenchmark.findExecutable(executable) ?? executable)
        var pipe: [Int32] = [0, 0]
        guard Foundation.pipe(&pipe) == 0 else { throw BenchmarkError("pipe failed") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, pipe[1], 1)
        posix_spawn_file_actions_addclose(&actions, pipe[0])
        let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, path, &actions, nil, argv, environ)
        close(pipe[1])
        guard spawned == 0 else { throw BenchmarkError("could not start \(path): \(String(cString: strerror(spawned)))") }
        let output = String(decoding: FileHandle(fileDescriptor: pipe[0], closeOnDealloc: true).readDataToEndOfFile(), as: UTF8.self)
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) == -1 && errno == EINTR {}
        // Linux reports ru_maxrss in KiB.
        return Outcome(output: output, status: status, peakMB: Double(usage.ru_maxrss) / 1024)
    }
}
