import Testing
@testable import ArgumentAnalysis

@Test func ArgumentAnalysisModuleLinks() {
    #expect(String(describing: TitleResolver.self) == "TitleResolver")
}
