import ArgdownSyntax
import ArgmapServices
import ArgumentModel
import Testing

/// Finding the Argdown blocks of a Markdown file and locating their problems in it.
@Suite struct MarkdownMapBlocksTests {
    static let notes = """
        # Notes — «1917» 🚩

        ```argdown
        [A]: Alpha.
          + [B]: Beta.
        ```

        ````markdown
        ```argdown
        [Shown]: only shown, not a map.
        ```
        ````

          ~~~~ argdown-map {title: x}
          # Heading
          [C]: Gamma — «γ».

            - [D]: Delta.
          ~~~~
        Tail.

        """

    @Test func findsArgdownAndArgdownMapBlocksButNotFencesInsideOtherFences() {
        let blocks = MarkdownMapBlocks.blocks(in: Self.notes)
        #expect(blocks.map(\.number) == [1, 2])
        #expect(blocks.map(\.language) == ["argdown", "argdown-map"])
        #expect(blocks.first?.text == "[A]: Alpha.\n  + [B]: Beta.\n")
        #expect(blocks.first?.firstLine == 4)
        // The fence's two spaces of indentation are removed from its lines.
        #expect(blocks.last?.text == "# Heading\n[C]: Gamma — «γ».\n\n  - [D]: Delta.\n")
        #expect(blocks.last?.firstLine == 15)
        let bytes = Array(Self.notes.utf8)
        let first = blocks.first.map { String(decoding: bytes[$0.range], as: UTF8.self) }
        #expect(first == "```argdown\n[A]: Alpha.\n  + [B]: Beta.\n```")
    }

    @Test func problemsAreLocatedInTheMarkdownFile() throws {
        let block = try #require(MarkdownMapBlocks.blocks(in: Self.notes).last)
        let result = ArgdownReader.read(block.text, file: "notes.md")
        let error = try #require(result.diagnostics.first { $0.code == "relation-after-empty-line" })
        #expect(error.range?.start.line == 4 && error.range?.start.column == 3)
        let moved = block.locate(error, file: "notes.md")
        // Markdown line 18 is "    - [D]: Delta." : the symbol stands in column 5 (two spaces of fence indentation
        // plus the block's own two).
        #expect(moved.range?.file == "notes.md")
        #expect(moved.range?.start.line == 18)
        #expect(moved.range?.start.column == 5)
        let bytes = Array(Self.notes.utf8)
        let offset = try #require(moved.range?.start.offset)
        #expect(String(decoding: bytes[offset..<(offset + 8)], as: UTF8.self) == "- [D]: D")
    }

    @Test func anUnclosedFenceRunsToTheEnd() {
        let blocks = MarkdownMapBlocks.blocks(in: "Prose.\n```argdown\n[A]: Alpha.\n")
        #expect(blocks.count == 1)
        #expect(blocks.first?.text == "[A]: Alpha.\n")
        #expect(blocks.first?.range == 7..<30)
    }

    @Test func markdownPaths() {
        #expect(MarkdownMapBlocks.isMarkdown("NOTES.md") && MarkdownMapBlocks.isMarkdown("a/b.Markdown"))
        #expect(!MarkdownMapBlocks.isMarkdown("map.argdown"))
    }
}
