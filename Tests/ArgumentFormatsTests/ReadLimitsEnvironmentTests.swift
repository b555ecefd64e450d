import ArgumentFormats
import ArgumentModel
import Testing

/// The read limits a command line takes from its environment.
@Suite struct ReadLimitsEnvironmentTests {
    @Test func overridesOnlyWithPositiveWholeNumbers() {
        #expect(ReadLimits.from(environment: [:]) == ReadLimits(raiseHint: ReadLimits.environmentRaiseHint))
        #expect(ReadLimits.from(environment: [:]).refusal("x", inputSize: 1, unit: "bytes").contains("(ARGMAP_EXPANSION_LIMIT=N for the argmap command)"))
        let set = ReadLimits.from(environment: ["ARGMAP_EXPANSION_LIMIT": "500", "ARGMAP_STDIN_LIMIT": "1024"])
        #expect(set.expansionFactor == 500)
        #expect(set.minimumAllowance == max(ReadLimits.default.minimumAllowance, 500))
        #expect(set.maximumStandardInput == 1024)
        let ignored = ReadLimits.from(environment: ["ARGMAP_EXPANSION_LIMIT": "-3", "ARGMAP_STDIN_LIMIT": "lots"])
        #expect(ignored == ReadLimits(raiseHint: ReadLimits.environmentRaiseHint))
    }
}

/// Losses summed over a corpus.
@Suite struct WriterLossTallyTests {
    @Test func sumsPerSourceAndCodeInFirstMetOrder() {
        var tally = WriterLossTally()
        tally.add([WriterLoss(code: "tags", count: 2, what: "tags"), WriterLoss(code: "text", count: 1, what: "texts")], from: "Argdown")
        tally.add([WriterLoss(code: "tags", count: 3, what: "tags")], from: "Argdown")
        tally.add([WriterLoss(code: "tags", count: 1, what: "tags")], from: "AIF")
        #expect(tally.entries.map(\.source) == ["Argdown", "Argdown", "AIF"])
        #expect(tally.entries.map(\.loss.code) == ["tags", "text", "tags"])
        #expect(tally.entries.map(\.loss.count) == [5, 1, 1])
        #expect(tally.entries.map(\.files) == [2, 1, 1])
    }
}
