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
