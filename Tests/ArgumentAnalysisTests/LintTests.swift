import Foundation
import ArgdownSyntax
import ArgumentModel
import Testing
@testable import ArgumentAnalysis

/// Reads Argdown (no read errors allowed) and lints it.
private func lint(_ text: String, disabled: Set<String> = []) -> [Diagnostic] {
    let result = ArgdownReader.read(text, file: "t.argdown")
    #expect(!result.diagnostics.containsErrors, "\(result.diagnostics.map(\.headline))")
    return Linter.lint(result.graph, disabled: disabled)
}

private func codes(_ d: [Diagnostic]) -> [String] { d.map(\.code) }

@Suite struct LintTests {
    @Test func aWellFormedMapIsClean() {
        let map = """
            [Thesis]: The October rising was planned.
              + [Reason]: The Military Revolutionary Committee prepared it.
                + [Evidence]: "The MRC took the garrison." {quote: "took the garrison"}
              - [Objection]: It was improvised.
                - [Rebuttal]: The date was set weeks ahead. #evidence
            """
        #expect(lint(map).isEmpty)
    }

    @Test func circularSupport() {
        let d = lint("""
            [A]: a.
              + [B]: b.
                + [C]: c.
                  + [A]
            """, disabled: ["unsupported-claim"])
        #expect(codes(d) == ["circular-support"])
        // Read from the child's side: B supports A, C supports B, A supports C.
        #expect(d.first?.message.hasPrefix("circular support: [A] → [C] → [B] → [A]") == true)
        #expect(d.first?.range?.start.line == 1)
        #expect(d.first?.severity == .warning)
        // A plain chain is not circular.
        #expect(!codes(lint("[A]: a.\n  + [B]: b. #fact\n    + [C]: c. #fact\n")).contains("circular-support"))
    }

    @Test func selfSupportIsASelfRelationNotACycle() {
        var b = GraphBuilder()
        let a = b.node(.statement, title: "A")
        b.addRelation(from: a, to: a, type: .support)
        let d = Linter.lint(b.build(), disabled: ["unsupported-claim"])
        #expect(codes(d) == ["self-relation"])
        #expect(d.first?.message == "[A] supports itself; a claim cannot be a reason for itself: point the relation at another node or remove it")
        // A self-support inside a longer cycle does not hide the cycle.
        let c = b.node(.statement, title: "C")
        b.addRelation(from: a, to: c, type: .support)
        b.addRelation(from: c, to: a, type: .support)
        let cycle = Linter.lint(b.build(), disabled: ["unsupported-claim"])
        #expect(codes(cycle) == ["circular-support", "self-relation"])
        #expect(cycle.first?.message.hasPrefix("circular support: [A] → [C] → [A]") == true)
    }

    @Test func unsupportedClaim() {
        let d = lint("""
            [Thesis]: t.
              + [Bare]: a reason with nothing behind it.
              + [Quoted]: q. {quote: "words"}
              + [Sourced]: s. {source: "Trotsky 1930"}
              + [Tagged]: f. #fact
              + [Kind]: k. {basis: statistic}
              + [Backed]: b.
                + [Deep]: d. #(evidence)
            """)
        #expect(codes(d) == ["unsupported-claim"])
        #expect(d.first?.message.hasPrefix("[Bare] is a reason") == true)
        #expect(d.first?.range?.start.line == 2)
        // Premises of a reconstruction count as depended on; its conclusion is supported by the inference.
        let pcs = lint("""
            <Arg>

            (1) [P]: premise.
            (2) [Q]: grounded. {quote: "q"}
            ----
            (3) [C]: conclusion.
            """)
        #expect(codes(pcs) == ["unsupported-claim"])
        #expect(pcs.first?.message.hasPrefix("[P] is a premise") == true)
    }

    @Test func unansweredObjection() {
        let d = lint("""
            [Thesis]: t.
              + [Reason]: r. #fact
              - [Open]: an objection nobody answers.
              - [Answered]: an answered objection.
                - [Reply]: a reply.
              >< [Rival]: the opposite claim.
            """)
        #expect(codes(d) == ["unanswered-objection", "unanswered-objection"])
        #expect(d.map { $0.message.prefix(6) } == ["[Open]", "[Rival"])
        #expect(d.first?.range?.start.line == 3)
        // The front matter can name the main conclusion: then only objections to it count.
        let named = lint("""
            ===
            mainConclusion: Reason
            ===

            [Thesis]: t.
              + [Reason]: r. #fact
                - [Doubt]: d.
              - [Open]: o.
            """)
        #expect(codes(named) == ["unanswered-objection"])
        #expect(named.first?.message.hasPrefix("[Doubt] objects to the main conclusion [Reason]") == true)
        // No supported sink, no main conclusion: nothing to report.
        #expect(lint("[A]: a.\n  - [B]: b.\n").isEmpty)
    }

    @Test func selfAttack() {
        var b = GraphBuilder()
        let a = b.node(.statement, title: "A")
        let c = b.node(.statement, title: "C")
        b.addRelation(from: a, to: a, type: .attack)
        b.addRelation(from: a, to: c, type: .attack)
        // A node attacking itself directly is a self-relation (one warning, not two).
        let d = Linter.lint(b.build())
        #expect(codes(d) == ["self-relation"])
        #expect(d.first?.message.hasPrefix("[A] attacks itself, so it can never be accepted") == true)
        // In Argdown: an argument whose conclusion attacks its own premise.
        let argument = lint("""
            <Sceptic>: s.

            (1) [Doubt]: Nothing can be known. #fact
            ----
            (2) [Known]: We know it.
              -> [Doubt]
            """)
        #expect(codes(argument) == ["self-attack"])
        #expect(argument.first?.message == "<Sceptic> attacks itself: [Known] attacks [Doubt] inside it; an argument cannot refute its own parts")
        #expect(argument.first?.range?.start.line == 1)
        // Attacks between different arguments' parts are not self-attacks.
        #expect(lint("[A]: a. #fact\n  - [B]: b.\n    - [C]: c.\n").isEmpty)
    }

    @Test func supportAndAttack() {
        let d = lint("""
            [A]: a.
              + [B]: b. #fact
              - [B]
            [C]: c.
              + [D]: d. #fact
              - [E]: e.
            """, disabled: ["unanswered-objection"])
        #expect(codes(d) == ["support-and-attack"])
        #expect(d.first?.message == "[B] both supports and attacks [A]; decide which it is")
        #expect(d.first?.range?.start.line == 2)
        // A contradiction counts as an attack either way.
        var b = GraphBuilder()
        let x = b.node(.statement, title: "X")
        let y = b.node(.statement, title: "Y")
        b.addRelation(from: y, to: x, type: .contradictory)
        b.addRelation(from: x, to: y, type: .support)
        #expect(codes(Linter.lint(b.build(), disabled: ["unsupported-claim", "unanswered-objection"])) == ["support-and-attack"])
    }

    @Test func disconnected() {
        let d = lint("""
            [A]: a.
              + [B]: b. #fact

            [Alone]: nothing to do with the rest.

            <Arg>

            (1) [P]: p. #fact
            ----
            (2) [Q]: q.
            """)
        #expect(codes(d) == ["disconnected"])
        #expect(d.first?.message.hasPrefix("[Alone] has no relation") == true)
        #expect(d.first?.range?.start.line == 4)
        #expect(lint("[Only]: one node.\n").isEmpty)
    }

    @Test func duplicateText() {
        let d = lint("""
            [A]: Bread, peace   and land.
              + [B]: bread, Peace and
                land. #fact
              + [C]: Bread and peace. #fact
            """)
        #expect(codes(d) == ["duplicate-text"])
        #expect(d.first?.message == "[B] has the same text as [A]; if they are one claim, use one title")
        #expect(d.first?.range?.start.line == 2)
    }

    @Test func disablingRules() {
        let map = "<S>: s.\n\n(1) [P]: p. #fact\n----\n(2) [C]: c.\n  -> [P]\n\n[Alone]: z.\n"
        #expect(Set(codes(lint(map))) == ["self-attack", "disconnected"])
        #expect(codes(lint(map, disabled: ["disconnected"])) == ["self-attack"])
        #expect(lint(map, disabled: ["all"]).isEmpty)
        let front = "===\nlint:\n  disable: [self-attack]\n===\n\n" + map
        #expect(codes(lint(front)) == ["disconnected"])
        #expect(lint("===\nlint: {disable: all}\n===\n\n" + map).isEmpty)
        #expect(codes(lint(front, disabled: ["disconnected"])).isEmpty)
        #expect(Linter.unknownCodes(["self-attack", "all", "quote-not-in-source", "dissconnected"]) == ["dissconnected"])
    }

    @Test func everyCodeIsDocumented() throws {
        let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/lint.md")
        let text = try String(contentsOf: docs, encoding: .utf8)
        for code in LintCode.documented { #expect(text.contains("## `\(code)`"), "docs/lint.md lacks \(code)") }
        // Each rule's first example triggers exactly that rule.
        let sections = text.components(separatedBy: "\n## `").dropFirst()
        var checked = 0
        for section in sections {
            let code = String(section.prefix(while: { $0 != "`" }))
            guard LintCode(rawValue: code) != nil else { continue }
            let parts = section.components(separatedBy: "```argdown\n")
            guard parts.count > 1, let example = parts[1].components(separatedBy: "```").first else {
                Issue.record("no argdown example for \(code)")
                continue
            }
            #expect(Set(codes(lint(example))) == [code], "the example of \(code)")
            checked += 1
        }
        #expect(checked == LintCode.allCases.count)
    }

    @Test func longSupportChainsDoNotOverflowTheStack() {
        var b = GraphBuilder()
        var previous = b.node(.statement, title: "0")
        for i in 1..<100_000 {
            let n = b.node(.statement, title: "\(i)")
            b.addRelation(from: n, to: previous, type: .support)
            previous = n
        }
        let first = b.node(.statement, title: "0")
        b.addRelation(from: first, to: previous, type: .support)
        let d = Linter.lint(b.build(), disabled: ["unsupported-claim"])
        #expect(codes(d) == ["circular-support"])
    }
}
