import ArgumentModel
import Testing
@testable import ArgumentFormats

@Suite struct JSONPathLocatorTests {
    @Test func parsesPaths() {
        #expect(JSONPathLocator.components(of: "$") == [])
        #expect(JSONPathLocator.components(of: "$.nodes[3].title") == [.key("nodes"), .index(3), .key("title")])
        #expect(JSONPathLocator.components(of: #"$.statements["a]\"b"].members[0]"#)
            == [.key("statements"), .key("a]\"b"), .key("members"), .index(0)])
        #expect(JSONPathLocator.components(of: "nodes") == nil)
        #expect(JSONPathLocator.components(of: "$.a[x]") == nil)
    }

    @Test func findsTheDeepestExistingValue() {
        let text = "{\n  \"a\": [10, {\"b\": \"é\", \"c\": [true]}],\n  \"d\": null\n}"
        let bytes = Array(text.utf8)
        func at(_ path: String) -> [Int] {
            guard let components = JSONPathLocator.components(of: Substring(path)),
                let p = JSONPathLocator.position(of: components, in: bytes)
            else { return [] }
            return [p.line, p.column]
        }
        #expect(at("$") == [1, 1])
        #expect(at("$.a") == [2, 8])
        #expect(at("$.a[1].c[0]") == [2, 30])
        #expect(at("$.a[1].missing") == [2, 13])
        #expect(at("$.a[5]") == [2, 8])
        #expect(at("$.d") == [3, 8])
    }
}

@Suite struct JSONSnifferTests {
    @Test func listsTopLevelKeysOnly() {
        let text = "\u{FEFF} {\"nodes\": [{\"argmap\": 1}], \"a\\\"b\": {\"statements\": 2}, \"edges\": []}"
        #expect(JSONSniffer.topLevelKeys(Array(text.utf8)) == ["nodes", "a\"b", "edges"])
    }

    @Test func readsKeysBeforeACut() {
        let text = #"{"arguments": {"A": {"type": "argument", "title": "A ["#
        #expect(JSONSniffer.topLevelKeys(Array(text.utf8)) == ["arguments"])
    }

    @Test func findsNothingInOtherText() {
        #expect(JSONSniffer.topLevelKeys(Array("[1, 2]".utf8)).isEmpty)
        #expect(JSONSniffer.topLevelKeys(Array("[A]: a.".utf8)).isEmpty)
        #expect(JSONSniffer.topLevelKeys([]).isEmpty)
    }
}
