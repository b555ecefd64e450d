import ArgumentModel

/// Small maps whose answers are worked out by hand in the tests.
enum QueryFixtures {
    /// Node indices of ``letters``: statements 0–7 and 9, argument 8.
    ///
    /// ```
    /// Alpha(0) +> Beta(1) +> Gamma(2) +> Alpha(0)      a support cycle
    /// Delta(3) +> Gamma        Epsilon(4) -> Gamma      <Peace>(8) +> Beta
    /// Foxtrot(5) _> <Peace>    Golf(6) >< Epsilon       Hotel(7) rephrases Delta
    /// Deltoid(9) alone.  Tags: Alpha #war, Delta #econ, Epsilon #econ.
    /// ```
    static let letters: ArgumentGraph = {
        var b = GraphBuilder()
        let titles = ["Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Foxtrot", "Golf", "Hotel"]
        let ids = titles.map { b.node(.statement, title: $0) }
        let peace = b.node(.argument, title: "Peace")
        let deltoid = b.node(.statement, title: "Deltoid")
        b.update(ids[0]) { $0.tags = ["war"] }
        b.update(ids[3]) {
            $0.tags = ["econ"]
            $0.text = "Economic collapse drives the crisis."
        }
        b.update(ids[4]) { $0.tags = ["econ"] }
        b.update(ids[7]) { $0.text = "The economy COLLAPSES." }
        b.update(deltoid) { $0.text = "Unrelated." }
        b.addRelation(from: ids[0], to: ids[1], type: .support)
        b.addRelation(from: ids[1], to: ids[2], type: .support)
        b.addRelation(from: ids[2], to: ids[0], type: .support)
        b.addRelation(from: ids[3], to: ids[2], type: .support)
        b.addRelation(from: ids[4], to: ids[2], type: .attack)
        b.addRelation(from: ids[5], to: peace, type: .undercut)
        b.addRelation(from: ids[6], to: ids[4], type: .contradictory)
        b.addRelation(from: ids[7], to: ids[3], type: .rephrase)
        b.addRelation(from: peace, to: ids[1], type: .support)
        return b.build()
    }()

    /// A reconstructed argument <Arg> with premise [X] and main conclusion [Y] (implicit support Arg → Y), and a
    /// second argument <Next> whose premise is [Y] (implicit support Arg → Next); [Z] entails [Y] (strict support);
    /// [W] and [Y] are contrary.
    static let derived: ArgumentGraph = {
        var b = GraphBuilder()
        let x = b.node(.statement, title: "X"), y = b.node(.statement, title: "Y")
        let z = b.node(.statement, title: "Z"), w = b.node(.statement, title: "W")
        let arg = b.node(.argument, title: "Arg"), next = b.node(.argument, title: "Next")
        let v = b.node(.statement, title: "V")
        b.update(arg) {
            $0.pcs = PremiseConclusionStructure(steps: [
                .statement(PCSStatement(number: 1, statement: x, role: .premise)),
                .inference(Inference()),
                .statement(PCSStatement(number: 2, statement: y, role: .mainConclusion)),
            ])
        }
        b.update(next) {
            $0.pcs = PremiseConclusionStructure(steps: [
                .statement(PCSStatement(number: 1, statement: y, role: .premise)),
                .inference(Inference()),
                .statement(PCSStatement(number: 2, statement: v, role: .mainConclusion)),
            ])
        }
        b.addRelation(from: z, to: y, type: .entails)
        b.addRelation(from: y, to: w, type: .contrary)
        return b.build()
    }()
}
