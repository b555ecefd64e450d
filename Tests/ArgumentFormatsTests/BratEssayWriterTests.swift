import Testing
import ArgumentModel
@testable import ArgumentFormats

@Suite struct BratEssayWriterTests {
    @Test func writesSpansInUnicodeScalarsStanceForClaimsAndRelationsForPremises() {
        var b = GraphBuilder()
        let thesis = b.node(.statement, title: "T")
        let claim = b.node(.statement, title: "C")
        let premise = b.node(.statement, title: "P")
        b.update(thesis) { $0.text = "Cooperation matters." }
        b.update(claim) { $0.text = "Kids learn skills — together." }
        b.update(premise) { $0.text = "Teams reach goals." }
        b.addRelation(from: claim, to: thesis, type: .attack)
        b.addRelation(from: premise, to: claim, type: .support)
        let essay = BratEssayWriter.write(b.build())
        // "Cooperation matters." is 20 scalars; a space; the claim (29 scalars, the dash is one scalar) ...
        #expect(essay.text == "Cooperation matters. Kids learn skills — together. Teams reach goals.\n")
        #expect(essay.annotations == """
            T1\tMajorClaim 0 20\tCooperation matters.
            T2\tClaim 21 50\tKids learn skills — together.
            T3\tPremise 51 69\tTeams reach goals.
            A1\tStance T2 Against
            R1\tsupports Arg1:T3 Arg2:T2\t

            """)
        let scalars = Array(essay.text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[21..<50])) == "Kids learn skills — together.")
    }
}
