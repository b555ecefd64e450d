import ArgdownSyntax
import ArgumentModel
import Testing

/// A flat YAML mapping read entry by entry with places (rubric files).
@Suite struct YAMLEntriesTests {
    @Test func readsEntriesWithTheirPlaces() throws {
        let document = try YAMLEntries("relation: 3\n  # a comment\nnode:   1.5\nname: \"x\"\n")
        #expect(!document.isEmpty)
        #expect(document.entries.map(\.key) == ["relation", "node", "name"])
        #expect(document.entries.map(\.value) == [.int(3), .double(1.5), .string("x")])
        #expect(document.entries.map { [$0.keyLine, $0.keyColumn] } == [[1, 1], [3, 1], [4, 1]])
        #expect(document.entries.map { [$0.valueLine, $0.valueColumn] } == [[1, 11], [3, 9], [4, 7]])
        #expect(document.value["node"] == .double(1.5))
    }

    @Test func anEmptyTextIsAnEmptyDocument() throws {
        let document = try YAMLEntries("")
        #expect(document.isEmpty)
        #expect(document.entries.isEmpty)
    }

    @Test func refusesWhatIsNotAMapping() {
        do {
            _ = try YAMLEntries("- a\n- b\n")
            Issue.record("a sequence was accepted")
        } catch {
            guard case .notAMapping(let line, let column) = error else {
                Issue.record("\(error)")
                return
            }
            #expect([line, column] == [1, 1])
        }
        do {
            _ = try YAMLEntries("a: [1, 2\n")
            Issue.record("broken YAML was accepted")
        } catch {
            guard case .invalid(let message) = error else {
                Issue.record("\(error)")
                return
            }
            #expect(!message.isEmpty)
        }
    }
}
