import ArgumentModel
import Testing
@testable import ArgdownSyntax

/// How the reader merges a node's occurrences into the node (``ModelCollector``'s finishing): a node with at most one
/// text and no tags, data or ranges takes a short path, every other node the full merge; occurrences are grouped
/// from a list kept in chunks. Expected values worked out by hand from the texts (and checked against the reader
/// before the short path and the chunks existed).
@Suite struct OccurrenceMergeTests {
    private func node(_ title: String, _ kind: NodeKind = .statement, in result: ReadResult) throws -> Node {
        result.graph[try #require(result.graph.node(kind, titled: title))]
    }

    @Test func plainNodeKeepsItsTextSectionAndEveryOccurrenceInOrder() throws {
        let text = """
            # S1

            [A]
              + [B]: b text.

            # S2

            [A]: a text.

            [C]
              - [A]
            """
        let result = ArgdownReader.read(text)
        let a = try node("A", in: result)
        #expect(a.text == "a text.")
        #expect(a.occurrences.map(\.role) == [.reference, .definition, .reference])
        #expect(a.occurrences.compactMap { $0.range?.start.line } == [3, 8, 11])
        #expect(a.occurrences.map(\.context) == [.topLevel, .topLevel, .relation])
        #expect(a.tags.isEmpty && a.data == .empty && a.ranges.isEmpty)
        // The section of its text-bearing occurrence, not of its first.
        #expect(a.section.map { result.graph[$0].title } == "S2")
        let b = try node("B", in: result)
        #expect(b.text == "b text." && b.occurrences.count == 1)
        #expect(b.section.map { result.graph[$0].title } == "S1")
        let c = try node("C", in: result)
        #expect(c.text == nil && c.occurrences.count == 1)
        let undefined = result.diagnostics.filter { $0.code == "undefined-reference" }
        #expect(undefined.map { $0.range?.start.line } == [10])
    }

    @Test func secondTextIsComparedWithTheFirst() throws {
        let text = "[B]: First.\n\n[B]: Second.\n\n[C]: One.\n\n[C]: One.\n"
        let result = ArgdownReader.read(text)
        #expect(try node("B", in: result).text == "Second.")
        #expect(try node("C", in: result).text == "One.")
        #expect(try node("C", in: result).occurrences.count == 2)
        let notes = result.diagnostics.filter { $0.code == "conflicting-definition" }
        #expect(notes.count == 1)
        #expect(notes.first?.range?.start.line == 3)
        #expect(notes.first?.message.contains("[B] was defined on line 1") == true)
    }

    @Test func tagsUniteInFirstOccurrenceOrderAndLaterDataWins() throws {
        let text = "[A]: a #x #y {k: 1, m: 1, meta: {p: 1}}\n\n[A]: a #z #x {k: 2, meta: {q: 2}}\n"
        let result = ArgdownReader.read(text)
        let a = try node("A", in: result)
        #expect(a.tags == ["x", "y", "z"])
        #expect(a.data == .object(["k": .int(2), "m": .int(1), "meta": .object(["p": .int(1), "q": .int(2)])]))
        #expect(a.text == "a #z #x")  // the last text, its tags kept in it
        #expect(a.ranges.map(\.start) == [2, 5])
        #expect(a.occurrences.map(\.tags) == [["x", "y"], ["z", "x"]])
        #expect(result.diagnostics.allSatisfy { $0.code != "conflicting-definition" })
    }

    @Test func occurrencesAcrossManyChunksStayInDocumentOrder() throws {
        // 3 definitions and 3 × 10,000 references, interleaved: more occurrences than several chunks hold.
        var text = "[A]: a.\n\n[B]: b.\n\n[C]: c.\n"
        for _ in 0..<10_000 { text += "\n[A]\n\n[B]\n\n[C]\n" }
        let result = ArgdownReader.read(text)
        for (k, title) in ["A", "B", "C"].enumerated() {
            let n = try node(title, in: result)
            #expect(n.text == "\(title.lowercased()).")
            #expect(n.occurrences.count == 10_001)
            #expect(n.occurrences.first?.role == .definition)
            let lines = n.occurrences.compactMap { $0.range?.start.line }
            // Definitions on lines 1, 3, 5; then the references of round r on lines 7 + 6r + 2k.
            #expect(lines.first == 1 + 2 * k)
            #expect(lines.dropFirst().enumerated().allSatisfy { r, line in line == 7 + 6 * r + 2 * k })
        }
    }

    @Test func blocksGroupEveryNodesOccurrencesInTheOrderAppended() {
        // 5,000 nodes (three blocks): node k first at step k (nodes are numbered in order of first occurrence),
        // then all again in reverse order, then every third node once more.
        var blocks = OccurrenceBlocks()
        let nodes = 5_000
        var expected = [[Int]](repeating: [], count: nodes)
        var line = 0
        func add(_ k: Int) {
            line += 1
            let range = SourceRange(
                file: nil, start: SourcePosition(line: line, column: 1, offset: 0),
                end: SourcePosition(line: line, column: 2, offset: 1))
            blocks.append(Occurrence(role: .reference, range: range), node: k)
            expected[k].append(line)
        }
        for k in 0..<nodes { add(k) }
        for k in (0..<nodes).reversed() { add(k) }
        for k in stride(from: 0, to: nodes, by: 3) { add(k) }
        let grouped = blocks.grouped(nodeCount: nodes)
        #expect(grouped.map { $0.compactMap { $0.range?.start.line } } == expected)
        #expect(grouped[0].count == 3 && grouped[1].count == 2)
        #expect(blocks.grouped(nodeCount: 0).isEmpty)  // emptied
    }

    // The merge reads each occurrence's extras once, looks at `isCanonical` only when a node has a second text and at
    // the keys the reader takes out of data only when the merged data holds one. These maps take every branch: one
    // occurrence with data (the common case of a data-rich map), several texts with and without `isCanonical`, data
    // and tags on references, and each kept key on one occurrence and on several. Expected values worked out by hand
    // (and the same as the reader's before these shortcuts, main d702570).

    @Test func oneOccurrenceKeepsItsTextTagsRangesAndDataAsWritten() throws {
        let text = """
            [A]: a text #x {k: 1, isCanonical: true}

            <P>: p text. {isCanonical: true, w: 2}

            [U]: u #x #x #y
            """
        let result = ArgdownReader.read(text)
        let a = try node("A", in: result)
        #expect(a.text == "a text #x" && a.tags == ["x"])
        #expect(a.ranges.map(\.start) == [7])
        // `isCanonical` stays in the data: it only chooses between texts.
        #expect(a.data == .object(["k": .int(1), "isCanonical": .bool(true)]))
        #expect(a.occurrences.count == 1 && a.occurrences[0].data == a.data)
        let p = try node("P", .argument, in: result)
        #expect(p.text == "p text." && p.tags.isEmpty && p.ranges.isEmpty)
        #expect(p.data == .object(["isCanonical": .bool(true), "w": .int(2)]))
        // A tag written twice on one occurrence is one tag of the node.
        let u = try node("U", in: result)
        #expect(u.tags == ["x", "y"] && u.ranges.map(\.start) == [2, 5, 8])
        #expect(u.occurrences[0].tags == ["x", "x", "y"])
        #expect(result.diagnostics.allSatisfy { $0.code != "conflicting-definition" })
    }

    @Test func theLastCanonicalTextWinsAndEveryDifferenceIsNotedOnce() throws {
        let text = """
            [B]: First b. {isCanonical: true}

            [B]: Second b.

            [C]: c one. {isCanonical: true}

            [C]: c two. {isCanonical: true, n: 1}

            [C]: c three.

            [G]: _g_ one. {isCanonical: true}

            [G]: g two.
            """
        let result = ArgdownReader.read(text)
        let b = try node("B", in: result)
        #expect(b.text == "First b." && b.data == .object(["isCanonical": .bool(true)]))
        let c = try node("C", in: result)
        #expect(c.text == "c two." && c.data == .object(["isCanonical": .bool(true), "n": .int(1)]))
        // The canonical text brings its own ranges, not the last text's.
        let g = try node("G", in: result)
        #expect(g.text == "g one." && g.ranges.map(\.start) == [0])
        let notes = result.diagnostics.filter { $0.code == "conflicting-definition" }
        #expect(notes.compactMap { $0.range?.start.line } == [3, 7, 13])
        #expect(notes.first?.message.contains("[B] was defined on line 1") == true)
        #expect(notes.dropFirst().first?.message.contains("[C] was defined on line 5") == true)
    }

    @Test func dataAndTagsOnReferencesMergeInDocumentOrder() throws {
        let text = """
            [D]: d text. {k: 1, meta: {p: 1}}

            [D] {m: 2, meta: {q: 2}}

            [T]: t #t1 #t2 #t3 #t4 #t5 #t6 #t7 #t8 #t9 #t10

            [T] #t5 #t11 #t12 #t13 #t14 #t15 #t16 #t17 #t18 #t19 #t20 #t1

            [T] #t20 #t21 #t3
            """
        let result = ArgdownReader.read(text)
        let d = try node("D", in: result)
        #expect(d.text == "d text." && d.ranges.isEmpty && d.tags.isEmpty)
        #expect(d.data == .object(["k": .int(1), "meta": .object(["p": .int(1), "q": .int(2)]), "m": .int(2)]))
        #expect(d.occurrences.map(\.data) == [
            .object(["k": .int(1), "meta": .object(["p": .int(1)])]), .object(["m": .int(2), "meta": .object(["q": .int(2)])]),
        ])
        // More than sixteen tags: the union goes on with a set, still in first-occurrence order.
        let t = try node("T", in: result)
        #expect(t.tags == (1...21).map { "t\($0)" })
        #expect(t.text == "t #t1 #t2 #t3 #t4 #t5 #t6 #t7 #t8 #t9 #t10" && t.ranges.count == 10)
    }

    @Test func keptKeysLeaveTheDataOnOneOccurrenceOrSeveral() throws {
        let text = """
            [R]: r text. {rephrases: ["[E]", "[Nope]"], keep: 1}

            [E]: Two spaces {exactText: "Two  spaces"}

            [F]: _f_  x {exactText: "_f_  x"}

            [A]: a. {relationData: [{type: attack, to: "[E]", data: {nodeID: "3"}}, {type: support, to: "[Nope]"}], k: 1}

            <G>: g. {pcsPremises: ["[A]", "[E]"], w: 1}

            [H]: h one. {x: 1}

            [H] {relationData: [{type: attack, to: "[E]"}]}

            [H]: h two. #t
            """
        let result = ArgdownReader.read(text)
        let g = result.graph
        let (r, e, a, h) = (try node("R", in: result), try node("E", in: result), try node("A", in: result), try node("H", in: result))
        #expect(r.data == .object(["keep": .int(1)]))
        let rephrases = g.relations.filter { $0.type == .rephrase }
        #expect(rephrases.map { [$0.from, $0.to] } == [[r.id, e.id]] && rephrases.first?.range?.start.line == 1)
        #expect(e.text == "Two  spaces" && e.data == .empty)
        // A text with ranges keeps `exactText` in its data (the folded text is read).
        let f = try node("F", in: result)
        #expect(f.text == "f x" && f.data == .object(["exactText": .string("_f_  x")]))
        #expect(a.data == .object(["k": .int(1)]))
        let attacks = g.relations.filter { $0.type == .attack && !$0.isDerived }
        #expect(attacks.map { [$0.from, $0.to] } == [[a.id, e.id], [h.id, e.id]])
        #expect(attacks.map(\.data) == [.object(["nodeID": .string("3")]), .empty])
        // A record's range is that of the occurrence whose data holds it: the reference on line 13.
        #expect(attacks.compactMap { $0.range?.start.line } == [7, 13])
        let arg = try node("G", .argument, in: result)
        #expect(arg.data == .object(["w": .int(1)]))
        #expect(arg.pcs?.premises == [a.id, e.id] && arg.pcs?.inferences.count == 1)
        #expect(h.text == "h two. #t" && h.tags == ["t"] && h.data == .object(["x": .int(1)]))
        let warnings = result.diagnostics.filter { $0.code == "undefined-reference" }.compactMap { $0.range?.start.line }
        #expect(warnings == [1, 7])
        #expect(result.diagnostics.filter { $0.code == "conflicting-definition" }.compactMap { $0.range?.start.line } == [15])
    }

    @Test func onlyTheFourKeptKeysCountAsKept() {
        #expect(KeptInData.holdsKeptKey(.object(["rephrases": .string("[A]")])))
        #expect(KeptInData.holdsKeptKey(.object(["a": .int(1), "exactText": .string("x")])))
        #expect(KeptInData.holdsKeptKey(.object(["relationData": .array([])])))
        #expect(KeptInData.holdsKeptKey(.object(["pcsPremises": .array([])])))
        #expect(!KeptInData.holdsKeptKey(.object(["isCanonical": .bool(true), "rephrase": .int(1), "exactTexts": .int(1)])))
        #expect(!KeptInData.holdsKeptKey(.object(["weight": .double(0.3), "n": .int(7), "ok": .bool(true)])))
        #expect(!KeptInData.holdsKeptKey(.array([.string("rephrases")])) && !KeptInData.holdsKeptKey(.empty))
    }
}
