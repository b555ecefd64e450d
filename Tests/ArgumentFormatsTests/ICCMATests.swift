import ArgumentModel
import Testing
@testable import ArgumentFormats

/// `(attacker name, target name)` pairs, for readable expectations.
private func pairs(_ af: AttackFramework) -> [String] {
    af.attacks.map { "\(af.names[$0.attacker])>\(af.names[$0.target])" }
}

private func codes(_ r: FrameworkReadResult) -> [String] { r.diagnostics.map(\.code) }

private func places(_ r: FrameworkReadResult) -> [String] {
    r.diagnostics.map { d in d.range.map { "\($0.start.line):\($0.start.column)" } ?? "-" }
}

@Suite struct ICCMAReaderTests {
    // Dung's example: a attacks b, b attacks c (and c attacks d, d attacks c).
    @Test func apxFactsWithSpacesCommentsAndForwardReferences() {
        let text = """
            % Dung 1995, a small example
            att(a, b).   % attack written before its arguments
            arg(a). arg(b).
            arg( c ).
            att( b ,c ).att(c,d).
            arg(d).  att(d,c).
            arg("Capitalism fails").
            att("Capitalism fails",a).

            """
        let r = APXReader.read(text, file: "x.apx")
        #expect(r.diagnostics.isEmpty)
        #expect(r.framework.names == ["a", "b", "c", "d", "Capitalism fails"])
        #expect(pairs(r.framework) == ["a>b", "b>c", "c>d", "d>c", "Capitalism fails>a"])
        #expect(r.declarationLines == [3, 3, 4, 6, 7])
    }

    // Benchmark sets add facts of other kinds (`enf(a).` for enforcement, `sem(...)`): skipped with a warning, and
    // the framework around them is read whole (a quoted name with a `.` inside does not end the skipped fact).
    @Test func apxUnknownFactsAreSkippedWithAWarning() {
        let text = "arg(a).\nenf(a).\narg(b).\n  sem(\"x. y\", b).\natt(a,b).\n"
        let r = APXReader.read(text, file: "enf.apx")
        #expect(codes(r) == ["iccma-unknown-fact", "iccma-unknown-fact"])
        #expect(places(r) == ["2:1", "4:3"])
        #expect(r.diagnostics.allSatisfy { $0.severity == .warning })
        #expect(r.framework.names == ["a", "b"])
        #expect(pairs(r.framework) == ["a>b"])
    }

    @Test func apxErrorsHaveLinesAndColumnsAndNeverCrash() {
        let text = "arg(a).\narg(a).\natt(a,z).\n  foo a.\narg(b\natt(b,a).\narg(\"open\n"
        let r = APXReader.read(text, file: "bad.apx")
        #expect(codes(r) == ["duplicate-argument", "iccma-syntax", "iccma-syntax", "iccma-syntax", "undefined-reference"])
        #expect(places(r) == ["2:5", "4:3", "6:1", "7:5", "3:7"])  // 6:1: where `)` was expected, the next token
        #expect(r.diagnostics.allSatisfy { $0.range?.file == "bad.apx" && $0.severity == .error })
        #expect(r.framework.names == ["a"])
        #expect(r.framework.attacks.isEmpty)
        // Garbage of every kind: no crash, errors only.
        for junk in ["(", "arg", "att(a", "att(a,", "att(a,b", "\"", ".", "%", "arg().", "\u{0}\u{1}"] {
            _ = APXReader.read(junk)
        }
    }

    @Test func tgfNamesLabelsSeparatorAndAttacks() {
        let text = "1 Capitalism fails\n2\r\n\n3   Workers   unite  \n#\n1 2\n2 3 edge-label\n3 3\n"
        let r = TGFReader.read(text, file: "x.tgf")
        #expect(r.diagnostics.isEmpty)
        #expect(r.framework.names == ["1", "2", "3"])
        #expect(r.labels == ["Capitalism fails", nil, "Workers   unite"])
        #expect(pairs(r.framework) == ["1>2", "2>3", "3>3"])
        let g = ICCMA.graph(from: r, file: "x.tgf")
        #expect(g.nodes.map(\.title) == ["Capitalism fails", "2", "Workers   unite"])
        #expect(g.nodes[0].data["iccmaName"] == .string("1"))
        #expect(g.nodes[2].range?.start.line == 4)
    }

    @Test func tgfErrors() {
        let r = TGFReader.read("a\nb\na\n#\na b\nc a\n  a x\nb\n", file: "t.tgf")
        #expect(codes(r) == ["duplicate-argument", "undefined-reference", "undefined-reference", "iccma-syntax"])
        #expect(places(r) == ["3:1", "6:1", "7:5", "8:1"])
        #expect(pairs(r.framework) == ["a>b"])
    }

    @Test func i23HeaderCommentsAndAttacks() {
        let text = "# a comment before the header\np af 4\n1 2\n\n  2 3  \r\n# comment\n4 4\n1 2\n"
        let r = I23Reader.read(text, file: "x.i23")
        #expect(r.diagnostics.isEmpty)
        #expect(r.framework.names == ["1", "2", "3", "4"])
        #expect(pairs(r.framework) == ["1>2", "2>3", "4>4"])
        // No trailing newline, no attacks, an empty framework.
        #expect(pairs(I23Reader.read("p af 2\n2 1").framework) == ["2>1"])
        #expect(I23Reader.read("p af 0\n").framework.count == 0)
        #expect(I23Reader.read("p af 3").diagnostics.isEmpty)
    }

    @Test func i23HugeHeaderIsAClearErrorNotAnAllocation() {
        for header in ["p af 99999999999999999999", "p af 10000001", "p af 18446744073709551616000"] {
            let r = I23Reader.read(header + "\n1 2\n", file: "big.i23")
            #expect(codes(r) == ["iccma-too-large"])
            #expect(places(r) == ["1:6"])
            #expect(r.diagnostics.first?.message.contains(String(header.dropFirst(5))) == true)
            #expect(r.diagnostics.first?.message.contains("10000000") == true)
            #expect(r.framework.count == 0)
        }
    }

    @Test func i23Errors() {
        #expect(codes(I23Reader.read("")) == ["iccma-missing-header"])
        #expect(codes(I23Reader.read("# only a comment\n")) == ["iccma-missing-header"])
        let noHeader = I23Reader.read("\n1 2\np af 2\n", file: "n.i23")
        #expect(codes(noHeader) == ["iccma-missing-header"])
        #expect(places(noHeader) == ["2:1"])
        let r = I23Reader.read("p af 3\n1 4\n0 1\n2 99999999999999999999\n1\n1 2 3\nx y\np af 3\n3 1\n", file: "e.i23")
        #expect(codes(r) == ["undefined-reference", "undefined-reference", "undefined-reference", "iccma-syntax", "iccma-syntax", "iccma-syntax", "iccma-syntax"])
        #expect(places(r) == ["2:3", "3:1", "4:3", "5:1", "6:1", "7:1", "8:1"])
        #expect(r.diagnostics[2].message.contains("99999999999999999999"))
        #expect(pairs(r.framework) == ["3>1"])
        #expect(codes(I23Reader.read("p af\n")) == ["iccma-syntax"])
        #expect(codes(I23Reader.read("p bf 3\n")) == ["iccma-syntax"])
        #expect(codes(I23Reader.read("p af -3\n")) == ["iccma-syntax"])
    }

    @Test func diagnosticsAreCapped() {
        let text = "p af 1\n" + String(repeating: "1 2\n", count: 500)
        let r = I23Reader.read(text)
        #expect(r.diagnostics.count == ICCMA.maximumDiagnostics + 1)
        #expect(r.diagnostics.last?.message == "400 more diagnostics not shown")
    }

    @Test func columnsCountUnicodeScalars() {
        let r = APXReader.read("arg(\"é\"). att(\"é\",ü).", file: "u.apx")
        #expect(places(r) == ["1:19"])
    }
}

@Suite struct ICCMAWriterTests {
    // a ⇄ b, b → c, c → c: written by hand in each format.
    let framework = AttackFramework(names: ["a", "b", "c"], attacks: [.init(0, 1), .init(1, 0), .init(1, 2), .init(2, 2)])

    @Test func writersProduceTheHandWrittenFiles() {
        #expect(ICCMA.write(framework, format: .apx) == "arg(a).\narg(b).\narg(c).\natt(a,b).\natt(b,a).\natt(b,c).\natt(c,c).\n")
        #expect(ICCMA.write(framework, format: .tgf) == "a\nb\nc\n#\na b\nb a\nb c\nc c\n")
        #expect(ICCMA.write(framework, format: .i23) == "p af 3\n1 2\n2 1\n2 3\n3 3\n")
    }

    @Test func roundTripsKeepTheFramework() {
        let big = FrameworkGenerator.random(arguments: 300, attacks: 1500, seed: 4)
        for af in [framework, big, AttackFramework(count: 0, attacks: [])] {
            for format in ICCMAFormat.allCases {
                let back = ICCMA.readFramework(ICCMA.write(af, format: format), format: format)
                #expect(back.diagnostics.isEmpty)
                #expect(back.framework.attacks == af.attacks)
                if format != .i23 { #expect(back.framework.names == af.names) }
            }
        }
    }

    @Test func apxQuotesNamesThatAreNotConstants() {
        #expect(APXWriter.term("a1_B") == "a1_B")
        #expect(APXWriter.term("12") == "12")
        #expect(APXWriter.term("012") == "\"012\"")
        #expect(APXWriter.term("Capital") == "\"Capital\"")
        #expect(APXWriter.term("say \"no\"\\\nnow") == "\"say \\\"no\\\"\\\\\\nnow\"")
        let names = ["Capital", "say \"no\"\\\nnow", "a.b", "x(y)", "", "ü"]
        let af = AttackFramework(names: names, attacks: [.init(0, 1), .init(2, 3), .init(4, 5)])
        let back = APXReader.read(APXWriter.write(af))
        #expect(back.diagnostics.isEmpty)
        #expect(back.framework.names == names)
        #expect(back.framework.attacks == af.attacks)
    }

    @Test func mapsBecomeFrameworksAndBack() {
        var b = GraphBuilder()
        let thesis = b.node(.statement, title: "Thesis")
        let reason = b.node(.statement, title: "Reason one")
        let objection = b.node(.statement, title: "Objection")
        let argument = b.node(.argument, title: "Arg")
        let rival = b.node(.statement, title: "Rival")
        b.addRelation(from: reason, to: thesis, type: .support)
        b.addRelation(from: objection, to: thesis, type: .attack)
        b.addRelation(from: reason, to: argument, type: .undercut)
        b.addRelation(from: rival, to: thesis, type: .contradictory)
        let graph = b.build()
        let af = ICCMA.framework(from: graph)
        #expect(af.names == ["Thesis", "Reason one", "Objection", "Arg", "Rival"])
        #expect(pairs(af) == ["Thesis>Rival", "Reason one>Arg", "Objection>Thesis", "Rival>Thesis"])
        #expect(Set(MapTextFormat.apx.losses(graph).map(\.code)) == ["iccma-supports-dropped", "iccma-undercut-as-attack", "iccma-kinds-merged"])

        // TGF: titles with spaces are labels of numbered arguments, and come back as titles.
        let tgf = ICCMA.write(graph, format: .tgf)
        #expect(tgf == "1 Thesis\n2 Reason one\n3 Objection\n4 Arg\n5 Rival\n#\n1 5\n2 4\n3 1\n5 1\n")
        let fromTGF = ICCMA.read(tgf, format: .tgf).graph
        #expect(fromTGF.nodes.map(\.title) == af.names)
        #expect(fromTGF.relations.map { "\($0.from.index)>\($0.to.index) \($0.type)" } == ["0>4 attack", "1>3 attack", "2>0 attack", "4>0 attack"])
        // APX keeps the titles as quoted names; i23 keeps them as comments only.
        #expect(ICCMA.read(ICCMA.write(graph, format: .apx), format: .apx).graph.nodes.map(\.title) == af.names)
        let i23 = ICCMA.write(graph, format: .i23)
        #expect(i23 == "p af 5\n# 1 Thesis\n# 2 Reason one\n# 3 Objection\n# 4 Arg\n# 5 Rival\n1 5\n2 4\n3 1\n5 1\n")
        #expect(ICCMA.read(i23, format: .i23).graph.nodes.map(\.title) == ["1", "2", "3", "4", "5"])
    }

    @Test func generatorIsDeterministic() {
        let a = FrameworkGenerator.random(arguments: 50, attacks: 200, seed: 1)
        #expect(a == FrameworkGenerator.random(arguments: 50, attacks: 200, seed: 1))
        #expect(a != FrameworkGenerator.random(arguments: 50, attacks: 200, seed: 2))
        #expect(a.attacks.count > 150 && a.attacks.count <= 200)
    }
}
