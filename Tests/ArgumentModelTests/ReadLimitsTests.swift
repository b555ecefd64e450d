import Testing
@testable import ArgumentModel

@Suite struct ReadLimitsTests {
    @Test func allowanceIsTheFactorTimesTheSizeButNeverBelowTheFloor() {
        let limits = ReadLimits.default
        #expect(limits.allowance(forInputOfSize: 0) == 100_000)
        #expect(limits.allowance(forInputOfSize: 14) == 100_000)         // 50 × 14 = 700, below the floor
        #expect(limits.allowance(forInputOfSize: 4_001) == 200_050)      // 50 × 4,001
        #expect(limits.allowance(forInputOfSize: Int.max) == Int.max)    // saturates, no overflow trap
        #expect(limits.allowance(forInputOfSize: -5) == 100_000)
        let raised = ReadLimits(expansionFactor: 1_000, minimumAllowance: 10)
        #expect(raised.allowance(forInputOfSize: 3) == 3_000)
    }

    @Test func theRefusalSaysWhatHowMuchAndHowToRaiseIt() {
        let text = ReadLimits.default.refusal("CA node 7 would make 4000000 relations", inputSize: 4_001, unit: "edges")
        #expect(text.hasPrefix("CA node 7 would make 4000000 relations from 4001 edges; argmap builds at most 200050 (50 per edge"))
        #expect(text.hasSuffix("raise the expansion limit (ReadLimits.expansionFactor) to read it anyway"))
        let hinted = ReadLimits(raiseHint: "LIMIT=N").refusal("x", inputSize: 1, unit: "bytes")
        #expect(hinted.hasSuffix("raise the expansion limit (LIMIT=N) to read it anyway"))
    }
}
