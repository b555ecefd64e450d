import ArgumentModel
import Testing
@testable import ArgdownSyntax

/// The cache of data blocks already read (``YAMLCache``): a repeated text gives the value a fresh read gives, a
/// different text of the same length is not mistaken for it, and failures are not cached (each place is reported).
@Suite struct YAMLCacheTests {
    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test func aRepeatedTextGivesTheFreshValue() throws {
        let source = Self.bytes("{a: 1, b: [x, 2.5]} {a: 1, b: [x, 2.5]}")
        var cache = YAMLCache()
        let first = try cache.parse(source, 0..<19).get()
        let second = try cache.parse(source, 20..<39).get()
        let fresh = try YAMLData.parse(bytes: source[20..<39]).get()
        #expect(first == fresh)
        #expect(second == fresh)
        #expect(fresh["b"] == .array([.string("x"), .double(2.5)]))
    }

    @Test func aDifferentTextOfTheSameLengthIsReadAgain() throws {
        let source = Self.bytes("{a: 1}{a: 2}{b: 1}")
        var cache = YAMLCache()
        #expect(try cache.parse(source, 0..<6).get() == .object(["a": .int(1)]))
        #expect(try cache.parse(source, 6..<12).get() == .object(["a": .int(2)]))
        #expect(try cache.parse(source, 12..<18).get() == .object(["b": .int(1)]))
        #expect(try cache.parse(source, 0..<6).get() == .object(["a": .int(1)]))
    }

    @Test func textsThatDoNotRepeatStopBeingKept() throws {
        var text = ""
        var ranges: [Range<Int>] = []
        for k in 0..<6_000 {
            let block = "{k\(k): \(k)}"
            ranges.append(text.utf8.count..<(text.utf8.count + block.utf8.count))
            text += block
        }
        let source = Self.bytes(text)
        var cache = YAMLCache()
        for range in ranges { _ = try cache.parse(source, range).get() }
        #expect(cache.count == YAMLCache.trial)
        // Once texts repeat (a look-up in four finds its text), new ones are kept again.
        for range in ranges.prefix(1_100) { _ = try cache.parse(source, range).get() }
        #expect(try cache.parse(source, ranges[5_000]).get() == .object(["k5000": .int(5000)]))
        #expect(cache.count == YAMLCache.trial + 1)
    }

    @Test func repeatedBlocksInAMapCarryTheirData() {
        let graph = ArgdownReader.read("""
            [A]: a. {isCanonical: true, w: 2}

            [B]: b. {isCanonical: true, w: 2}

            [C]: c. {isCanonical: true, w: 3}
            """).graph
        let data = graph.nodes.map { $0.data["w"] }
        #expect(data == [.int(2), .int(2), .int(3)])
    }

    @Test func aRepeatedInvalidBlockIsReportedAtEachPlace() {
        let result = ArgdownReader.read("[A]: a. {x: [1}\n\n[B]: b. {x: [1}\n")
        let lines = result.diagnostics.filter { $0.code == "invalid-yaml" }.map { $0.range?.start.line }
        #expect(lines == [1, 3])
    }
}
