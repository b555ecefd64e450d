import Testing
@testable import ArgumentRendering

@Test func ArgumentRenderingModuleLinks() {
    #expect(String(describing: ArgumentRenderingModule.self) == "ArgumentRenderingModule")
}
