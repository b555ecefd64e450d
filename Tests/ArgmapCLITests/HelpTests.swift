import Testing

@Suite struct HelpTests {
    @Test func rootHelpTeachesTheNotation() throws {
        let result = try CLI.run(["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("argmap check map.argdown"))
    }

    /// The command runs on mimalloc (Graphviz is faster on it than on glibc's malloc): linking the library is not
    /// enough if another library's `malloc` is found first, so the version line reports what actually serves it.
    @Test func versionNamesTheAllocatorInUse() throws {
        let result = try CLI.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("0.1.0 (memory allocator: mimalloc "), "\(result.stdout)")
    }
}
