import ArgdownSyntax
import ArgumentAnalysis
import ArgumentModel
import Testing

/// Quote verification: verbatim matching, positions in Unicode scalars, folded line breaks, nearest passages.
@Suite struct QuoteVerifierTests {
    private func graph(_ text: String) -> ArgumentGraph {
        ArgdownReader.read(text, file: "map.argdown").graph
    }

    @Test func findsQuotesWithLineAndScalarColumn() {
        // Line 2: "Товарищи 👋 — вся власть Советам!" — "вся" starts after 8 + 1 + 1 + 1 + 1 + 1 = 13 scalars.
        let source = "Intro line.\nТоварищи 👋 — вся власть Советам!\n"
        let map = graph("[A]: Soviets. {quote: \"вся власть Советам\"}\n\n[B]: Intro. {quote: \"Intro\"}\n")
        let result = QuoteVerifier.verify(map, source: source, sourcePath: "essay.txt")
        #expect(result.diagnostics.isEmpty)
        let byTitle = Dictionary(uniqueKeysWithValues: result.matches.map { (map[$0.node].title, ($0.line, $0.column)) })
        #expect(byTitle["A"]?.0 == 2)
        #expect(byTitle["A"]?.1 == 14)
        #expect(byTitle["B"]?.0 == 1)
        #expect(byTitle["B"]?.1 == 1)
    }

    @Test func lineBreaksInTheSourceCountAsSpacesAndCRLFIsOneBreak() {
        let source = "The war led\r\nto revolution.\r\nNext line here."
        let map = graph("[A]: War. {quote: \"led to revolution\"}\n\n[C]: Next. {quote: \"Next line\"}\n")
        let result = QuoteVerifier.verify(map, source: source, sourcePath: "essay.txt")
        #expect(result.diagnostics.isEmpty)
        let positions = result.matches.map { [$0.line, $0.column] }.sorted { $0.lexicographicallyPrecedes($1) }
        #expect(positions == [[1, 9], [3, 1]])
    }

    @Test func straightQuotesDoNotMatchCurlyOnes() {
        let source = "He called it “a coup” at once."
        let map = graph("[A]: Coup. {quote: '\"a coup\"'}\n")
        let result = QuoteVerifier.verify(map, source: source, sourcePath: "essay.txt")
        #expect(result.matches.isEmpty)
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.code == "quote-not-in-source")
        #expect(result.diagnostics.first?.severity == .error)
    }

    @Test func aMissingQuoteNamesTheClosestPassageAndPointsAtTheNode() {
        let source = "First paragraph about bread.\nThe workers seized the factories in the autumn.\nLast line."
        let map = graph("\n[A]: Control. {quote: \"the workers took the factories in autumn\"}\n")
        let result = QuoteVerifier.verify(map, source: source, sourcePath: "essay.txt")
        let diagnostic = result.diagnostics.first
        #expect(diagnostic?.range?.start.line == 2)
        #expect(diagnostic?.message.contains("essay.txt:2:5") == true)
        #expect(diagnostic?.message.contains("workers seized the factories in the autumn") == true)
    }

    @Test func nodesWithoutQuotesAreIgnored() {
        let result = QuoteVerifier.verify(graph("[A]: No quote here.\n"), source: "anything", sourcePath: "s.txt")
        #expect(result.matches.isEmpty && result.diagnostics.isEmpty)
    }
}
