import Foundation

/// Runs this benchmark program again as a child process, so that a case's peak resident memory is its own.
enum ChildProcess {
    /// What a child printed, how it ended and its peak resident memory (`ru_maxrss` from `wait4`, KiB on Linux).
    struct Output {
        var text: String
        var status: Int32
        var peakKiB: Double
    }

    /// Runs this program with `arguments` (the benchmark's name first) and waits for it.
    static func run(_ arguments: [String]) throws -> Output {
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
        return Output(text: output, status: status, peakKiB: Double(usage.ru_maxrss))
    }
}
