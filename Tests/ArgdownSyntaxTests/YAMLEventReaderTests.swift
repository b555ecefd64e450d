import ArgumentModel
import Testing
@testable import ArgdownSyntax

/// The event-based YAML reader (the fast path of data blocks) against Yams' composer path: on random flow and
/// block YAML and on fixtures both must give the same ``DataValue``; what the fast path leaves to Yams must fall
/// back (nil) rather than answer differently.
@Suite struct YAMLEventReaderTests {
    /// Scalars as written, including every core-schema corner the data-type tests cover.
    static let scalars = [
        "3", "-17", "+4", "0", "007", "0o17", "0x1F", "0x", "2.5", "-0.5", "1e3", "1E-2", ".5", "5.", ".inf", "-.Inf",
        "+.INF", "true", "True", "TRUE", "false", "False", "FALSE", "null", "Null", "NULL", "~", "yes", "no", "on",
        "off", "Y", "0b101", "1_000", "1:30", "2001-12-14", "1e", "1.2.3", "-", "nan", "Lenin", "hello world",
        "123456789012345678901234567890", "Émile Zola", "a-b_c", "\"false\"", "'3'", "\"2.5\"", "'null'", "\"~\"",
        "\"\"", "''", "\"a \\\"quoted\\\" word\"", "'it''s'", "\"tab\\tand\\nnewline\"", "\"\\u00e9\"", "\"x: y\"",
        "'[not, a, list]'", "\"{not: a map}\"",
    ]
    static let keys = ["a", "key", "isCanonical", "two words", "\"quoted key\"", "'k'", "n1", "Ä", "x_y", "3"]

    /// A random flow value at most `depth` levels deep.
    static func flowValue(_ rng: inout SplitMix64, depth: Int) -> String {
        switch depth > 0 ? rng.below(6) : 0 {
        case 4: return flowMapping(&rng, depth: depth - 1)
        case 5:
            let count = rng.below(4)
            return "[" + (0..<count).map { _ in flowValue(&rng, depth: depth - 1) }.joined(separator: ", ") + "]"
        default: return scalars[rng.below(scalars.count)]
        }
    }

    /// A random flow mapping with distinct keys.
    static func flowMapping(_ rng: inout SplitMix64, depth: Int) -> String {
        var used = Set<String>()
        var pairs: [String] = []
        for _ in 0..<rng.below(5) {
            let key = keys[rng.below(keys.count)]
            let plain = key.trimmingQuotes
            guard used.insert(plain).inserted else { continue }
            pairs.append("\(key): \(flowValue(&rng, depth: depth))")
        }
        return "{" + pairs.joined(separator: rng.chance(0.5) ? ", " : ",") + "}"
    }

    /// A random block mapping (the data block form with `{` on its own line) at `indent`.
    static func blockMapping(_ rng: inout SplitMix64, indent: Int, depth: Int) -> String {
        var used = Set<String>()
        var lines: [String] = []
        let pad = String(repeating: " ", count: indent)
        for _ in 0..<(1 + rng.below(4)) {
            let key = keys[rng.below(keys.count)]
            guard used.insert(key.trimmingQuotes).inserted else { continue }
            switch depth > 0 ? rng.below(5) : 0 {
            case 3: lines.append("\(pad)\(key):\n" + blockMapping(&rng, indent: indent + 2, depth: depth - 1))
            case 4:
                let items = (0..<(1 + rng.below(3))).map { _ in "\(pad)  - \(flowValue(&rng, depth: 1))" }
                lines.append("\(pad)\(key):\n" + items.joined(separator: "\n"))
            default: lines.append("\(pad)\(key): \(flowValue(&rng, depth: depth))")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Reads `yaml` both ways and checks that they agree and that the fast path answered.
    private func agree(_ yaml: String, fastPathExpected: Bool = true) {
        let bytes = Array(yaml.utf8)
        let fast = bytes.withUnsafeBufferPointer { YAMLEventReader.read($0) }
        let slow = YAMLData.parseWithYams(yaml)
        let combined = YAMLData.parse(yaml)
        guard case .success(let expected) = slow else {
            #expect(fast == nil, "Yams rejects \(yaml) but the fast path read \(String(describing: fast))")
            return
        }
        if fastPathExpected { #expect(fast != nil, "the fast path gave up on \(yaml)") }
        if let fast { #expect(same(fast, expected), "\(yaml): fast \(fast) vs Yams \(expected)") }
        if case .success(let value) = combined { #expect(same(value, expected)) } else { Issue.record("\(yaml) failed") }
    }

    /// Equality that counts NaN equal to NaN and compares key order too.
    private func same(_ a: DataValue, _ b: DataValue) -> Bool {
        switch (a, b) {
        case (.double(let x), .double(let y)): return x == y || (x.isNaN && y.isNaN)
        case (.array(let x), .array(let y)): return x.count == y.count && zip(x, y).allSatisfy { same($0, $1) }
        case (.object(let x), .object(let y)):
            return Array(x.keys) == Array(y.keys) && zip(x.values, y.values).allSatisfy { same($0, $1) }
        default: return a == b
        }
    }

    @Test func randomFlowYAMLAgreesWithYams() {
        var rng = SplitMix64(seed: 1517)
        for _ in 0..<2_000 { agree(Self.flowMapping(&rng, depth: 3)) }
    }

    @Test func randomBlockYAMLAgreesWithYams() {
        var rng = SplitMix64(seed: 1789)
        for _ in 0..<1_000 { agree("\n" + Self.blockMapping(&rng, indent: 2, depth: 3) + "\n") }
    }

    @Test func everyScalarAgreesWithYams() {
        for scalar in Self.scalars {
            agree("{v: \(scalar)}")
            agree("[\(scalar)]")
            agree("v: \(scalar)\n")
        }
        agree("{v: .nan}")
        agree("{v: .NaN, w: -.nan}")
    }

    @Test(arguments: [
        "", "   ", "\n\n", "# only a comment\n", "{}", "[]", "{a: }", "{a: , b: 2}", "{a}", "{? a}", "plain text",
        "{a: [1, [2, [3, {b: c}]]]}", "{a: 1} # trailing comment", "---\na: 1\n", "---\na: 1\n...\n",
        "title: October 1917\nmodel: {mode: strict}\ngroupDepth: 3\n", "a: |\n  literal\n  text\nb: >\n  folded\n  text\n",
        "{multi\n  line: 1,\n  b: 2}",
    ])
    func fixturesAgreeWithYams(yaml: String) {
        agree(yaml)
    }

    /// What needs Yams' composer falls back, and the combined result is still Yams'.
    @Test(arguments: [
        "{a: &x 1, b: *x}", "{a: !!int 12}", "{a: !!str 3}", "{a: !!float 3}", "{a: 1, a: 2}", "{a: 1, \"a\": 2}",
        "{1: a, \"1\": b}", "{[a, b]: c}", "{{a: b}: c}", "a: 1\n---\nb: 2\n", "{a: [1, 2}", "{a: \"unterminated}",
        "a: b: c", "*undefined", "!custom {a: 1}",
    ])
    func unusualYAMLFallsBackToYams(yaml: String) {
        let bytes = Array(yaml.utf8)
        #expect(bytes.withUnsafeBufferPointer { YAMLEventReader.read($0) } == nil, "\(yaml)")
        agree(yaml, fastPathExpected: false)
    }

    /// More values than the budget allows: the fast path gives up and Yams' path reports `data-too-large`.
    @Test func tooManyValuesFallBack() {
        let yaml = "[" + Array(repeating: "1", count: YAMLData.maxValues + 1).joined(separator: ",") + "]"
        let bytes = Array(yaml.utf8)
        #expect(bytes.withUnsafeBufferPointer { YAMLEventReader.read($0) } == nil)
        guard case .failure(let failure) = YAMLData.parse(yaml) else {
            Issue.record("accepted \(YAMLData.maxValues + 1) values")
            return
        }
        #expect(failure.code == "data-too-large")
    }

    /// One set of working lists (``YAMLEventReader/Scratch``) shared by many reads, as ``YAMLCache`` shares it:
    /// every read answers as a read with fresh lists, also right after a read that gave up halfway through a
    /// mapping or sequence (its half-built lists must not leak into the next text).
    @Test func sharedWorkingListsAnswerAsFreshOnes() {
        var rng = SplitMix64(seed: 1917)
        var scratch = YAMLEventReader.Scratch()
        let givingUp = ["{a: [1, {b: 2, c: *x}]}", "{a: {b: [1, 2}", "{a: 1, b: {c: !!int 3}}", "[1, [2, {a: &x 3}]]"]
        for k in 0..<600 {
            let yaml = k % 3 == 2 ? givingUp[rng.below(givingUp.count)] : Self.flowMapping(&rng, depth: 3)
            let bytes = Array(yaml.utf8)
            let shared = bytes.withUnsafeBufferPointer { YAMLEventReader.read($0, scratch: &scratch) }
            let fresh = bytes.withUnsafeBufferPointer { YAMLEventReader.read($0) }
            #expect(shared == fresh, "\(yaml)")
            if k % 3 == 2 { #expect(shared == nil, "\(yaml)") }
            let sharedResult = YAMLData.parse(bytes: bytes[...], scratch: &scratch)
            switch (sharedResult, YAMLData.parseWithYams(yaml)) {
            case (.success(let a), .success(let b)): #expect(same(a, b), "\(yaml)")
            case (.failure(let a), .failure(let b)): #expect(a.message == b.message && a.line == b.line, "\(yaml)")
            default: Issue.record("\(yaml): the shared lists and Yams disagree on success")
            }
        }
    }
}

extension String {
    /// The text without one pair of surrounding quotes.
    fileprivate var trimmingQuotes: String {
        guard count >= 2, let f = first, let l = last, f == l, f == "\"" || f == "'" else { return self }
        return String(dropFirst().dropLast())
    }
}
