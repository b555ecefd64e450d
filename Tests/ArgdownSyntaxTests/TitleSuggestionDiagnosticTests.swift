import ArgumentModel
import Testing

@testable import ArgdownSyntax

/// The reader's "did you mean" travels as data (``Diagnostic/suggestion``), so tools need not read the message.
@Suite struct TitleSuggestionDiagnosticTests {
    func undefined(_ text: String) -> [Diagnostic] {
        ArgdownReader.read(text).diagnostics.filter { $0.has(ArgdownDiagnosticCode.undefinedReference) }
    }

    @Test func theClosestDefinedTitleIsTheSuggestion() {
        let statement = undefined("[Soviet power]: All power to the soviets.\n\n[A]: a.\n  + [Soviet powr]\n")
        #expect(statement.map(\.suggestion) == ["Soviet power"])
        #expect(statement.first?.message.hasSuffix("did you mean [Soviet power]?") == true)
        let argument = undefined("<Kornilov defeat>: k.\n\n[A]: a.\n  + <Kornilov defat>\n")
        #expect(argument.map(\.suggestion) == ["Kornilov defeat"])
        let mention = undefined("[Soviet power]: All power.\n\n[A]: as @[Soviet powr] says.\n")
        #expect(mention.map(\.suggestion) == ["Soviet power"])
    }

    @Test func noCloseTitleNoSuggestion() {
        let far = undefined("[Soviet power]: All power to the soviets.\n\n[A]: a.\n  + [Kornilov]\n")
        #expect(far.count == 1)
        #expect(far.first?.suggestion == nil)
        #expect(far.first?.message.contains("did you mean") == false)
    }
}
