import Foundation
import Testing

/// `argmap evaluate` and `argmap render --evaluate` on small maps worked out by hand.
@Suite struct EvaluateCommandTests {
    static let map = """
        [A]: The treaty was signed.
          - [B]: The signature was forged.
            - [C]: The handwriting experts confirmed it.

        [P]: Prices rose.
          >< [Q]: Prices fell.
        """

    static func file(_ text: String, _ name: String = "m.argdown") throws -> String {
        let dir = try ScratchFolders.make("argmap-evaluate")
        let url = dir.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test func groundedTable() throws {
        let r = try CLI.run(["evaluate", try Self.file(Self.map)])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == """
            grounded, reasons support: 2 IN, 1 OUT, 2 UNDEC
            label  node  note
            --------------------------------------------------
            IN     [A]
            OUT    [B]
            IN     [C]
            UNDEC  [P]   undecided: mutually contradicting [Q]
            UNDEC  [Q]   undecided: mutually contradicting [P]

            """)
    }

    @Test func explainEachLabel() throws {
        let f = try Self.file(Self.map)
        #expect(try CLI.run(["evaluate", f, "--explain", "A"]).stdout == """
            [A] is IN (grounded, reasons support):
              - Its attacker [B] is OUT: defeated by [C], which is IN.
              - It has no reasons, so it stands unless attacked.

            """)
        #expect(try CLI.run(["evaluate", f, "--explain", "B"]).stdout.contains("It is attacked by [C], which is IN."))
        #expect(try CLI.run(["evaluate", f, "--explain", "P"]).stdout.contains("undecided: mutually contradicting"))
    }

    @Test func explanationJSONCitesTheAttacksAndRelations() throws {
        let f = try Self.file(Self.map)
        let j = try CLI.run(["evaluate", f, "--explain", "A", "--format", "json"])
        #expect(j.status == 0, "\(j.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(j.stdout.utf8)) as? [String: Any]
        let explanation = try #require(object?["explanation"] as? [String: Any])
        #expect(explanation["semantics"] as? String == "grounded")
        let reasons = try #require(explanation["reasons"] as? [[String: Any]])
        #expect(reasons.map { $0["kind"] as? String } == ["attacker-defeated", "no-reasons"])
        // [B] attacks [A] is relation 0, [C] attacks [B] relation 1 (map order).
        #expect(reasons[0]["relations"] as? [Int] == [0, 1])
        let attacks = try #require(reasons[0]["attacks"] as? [[String: String]])
        #expect(attacks == [["attacker": "[B]", "target": "[A]", "kind": "attack"], ["attacker": "[C]", "target": "[B]", "kind": "attack"]])
        #expect(reasons[0]["text"] as? String == "Its attacker [B] is OUT: defeated by [C], which is IN.")
        // With several labellings the header says which one is explained (preferred: [P] IN in the first of 2).
        let preferred = try CLI.run(["evaluate", f, "--semantics", "preferred", "--explain", "P"]).stdout
        #expect(preferred.hasPrefix("[P] is IN (preferred, labelling 1 of 2, reasons support):\n"), "\(preferred)")
    }

    @Test func preferredAllAndJSON() throws {
        let f = try Self.file(Self.map)
        let r = try CLI.run(["evaluate", f, "--semantics", "preferred", "--all"])
        #expect(r.stdout.contains("preferred labelling 1 of 2"))
        #expect(r.stdout.contains("preferred labelling 2 of 2"))
        let j = try CLI.run(["evaluate", f, "--semantics", "preferred", "--format", "json", "--strength"])
        let object = try JSONSerialization.jsonObject(with: Data(j.stdout.utf8)) as? [String: Any]
        let nodes = object?["nodes"] as? [[String: Any]] ?? []
        #expect(nodes.count == 5)
        let a = nodes.first { $0["title"] as? String == "A" }
        #expect(a?["sceptical"] as? Bool == true)
        #expect(a?["strength"] as? Double == 0.375)
        let p = nodes.first { $0["title"] as? String == "P" }
        #expect(p?["credulous"] as? Bool == true && p?["sceptical"] as? Bool == false)
    }

    @Test func stableMayNotExist() throws {
        let f = try Self.file("[A]: a.\n  - [B]: b.\n    - [C]: c.\n      - [A]\n")
        let r = try CLI.run(["evaluate", f, "--semantics", "stable"])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("No stable labelling exists"))
    }

    @Test func renderColoursByLabel() throws {
        let f = try Self.file(Self.map)
        let r = try CLI.run(["render", f, "--evaluate", "grounded", "--format", "dot", "-o", "-"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("class=\"statement label-in\""))
        #expect(r.stdout.contains("class=\"statement label-out\""))
        #expect(r.stdout.contains("class=\"statement label-undec\""))
        #expect(r.stdout.contains("undecided: mutually contradicting [Q]"))
    }
}
