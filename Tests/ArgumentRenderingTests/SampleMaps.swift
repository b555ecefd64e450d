import ArgumentModel

/// Small maps built by hand with GraphBuilder (the Argdown reader is developed separately).
enum SampleMaps {
    /// A textbook-shaped map: a main claim, two reconstructed arguments, an attack, an undercut, a contradiction,
    /// two sections (one group), tags and a quote.
    static var october: ArgumentGraph {
        var b = GraphBuilder()
        let politics = b.addSection(title: "Politics", level: 1)
        let soviets = b.addSection(title: "The soviets", level: 2, parent: politics)
        let main = b.node(.statement, title: "Soviet power")
        b.update(main) {
            $0.text = "All power must pass to the soviets."
            $0.tags = ["bolshevik"]
            $0.section = politics
        }
        let dual = b.node(.statement, title: "Dual power fails")
        b.update(dual) {
            $0.text = "The provisional government cannot end the war."
            $0.section = soviets
            $0.data = .object(["quote": .string("The government is powerless.")])
        }
        let argument = b.node(.argument, title: "War weariness")
        let premise = b.node(.statement, title: "Soldiers want peace")
        b.update(premise) { $0.text = "The soldiers at the front want peace now." ; $0.section = soviets }
        b.update(argument) {
            $0.text = "Only a soviet government will make peace."
            $0.section = soviets
            $0.tags = ["bolshevik"]
            $0.pcs = PremiseConclusionStructure(steps: [
                .statement(PCSStatement(number: 1, statement: premise, role: .premise)),
                .statement(PCSStatement(number: 2, statement: dual, role: .premise)),
                .inference(Inference()),
                .statement(PCSStatement(number: 3, statement: main, role: .mainConclusion)),
            ])
        }
        let coup = b.node(.argument, title: "Coup")
        b.update(coup) { $0.text = "October was a coup by a minority party."; $0.tags = ["liberal"] }
        let mass = b.node(.statement, title: "Mass support")
        b.update(mass) { $0.text = "The insurrection had the support of the soviets' majority." }
        let minority = b.node(.statement, title: "Minority rule")
        b.update(minority) { $0.text = "The Bolsheviks were a minority in the country."; $0.tags = ["liberal"] }
        b.addRelation(from: dual, to: main, type: .support)
        b.addRelation(from: coup, to: main, type: .attack)
        b.addRelation(from: mass, to: coup, type: .undercut)
        b.addRelation(from: mass, to: minority, type: .contradictory)
        b.addRelation(from: minority, to: coup, type: .support)
        return b.build()
    }

    /// One statement whose title and text hold every character that is hard to escape.
    static var nasty: ArgumentGraph {
        var b = GraphBuilder()
        let tricky = b.node(.statement, title: nastyTitle)
        b.update(tricky) {
            $0.text = nastyText
            $0.tags = ["a&b", "<x>"]
            $0.data = .object(["quote": .string(nastyQuote)])
        }
        let other = b.node(.argument, title: "Ordinary")
        b.update(other) { $0.text = "Plain text." }
        b.addRelation(from: other, to: tricky, type: .attack)
        return b.build()
    }

    static let nastyTitle = #"Quote " back\slash <script>alert(1)</script> & Ленин 🚩"#
    static let nastyText = #"He said "no" \n \l \N & <b>bold</b> ]]> AT&amp;T "# + String(repeating: "x", count: 90) + " Октябрь 🎉👩‍👩‍👧"
    static let nastyQuote = #"“Peace, land & bread” <i>\"#

    /// A chain with sections nested three deep, for cluster tests: group "A" holds group "B".
    static var nestedGroups: ArgumentGraph {
        var b = GraphBuilder()
        let a = b.addSection(title: "A", level: 1)
        let bSection = b.addSection(title: "B", level: 2, parent: a)
        let notGroup = b.addSection(title: "Loose", level: 3, parent: bSection, isGroup: false)
        let x = b.node(.statement, title: "X")
        let y = b.node(.statement, title: "Y")
        let z = b.node(.statement, title: "Z")
        let w = b.node(.statement, title: "W")
        b.update(x) { $0.section = a }
        b.update(y) { $0.section = bSection }
        b.update(z) { $0.section = notGroup }
        b.addRelation(from: y, to: x, type: .support)
        b.addRelation(from: z, to: y, type: .attack)
        _ = w
        return b.build()
    }
}
