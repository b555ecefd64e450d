import Testing
@testable import ArgumentFormats

@Test func ArgumentFormatsModuleLinks() {
    #expect(String(describing: ArgumentFormatsModule.self) == "ArgumentFormatsModule")
}
