import Testing
@testable import ArgdownSyntax

@Test func ArgdownSyntaxModuleLinks() {
    #expect(String(describing: ArgdownReader.self) == "ArgdownReader")
}
