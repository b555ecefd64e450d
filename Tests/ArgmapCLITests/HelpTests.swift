import Testing

@Suite struct HelpTests {
    @Test func rootHelpTeachesTheNotation() throws {
        let result = try CLI.run(["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("argmap check map.argdown"))
    }
}
