import ArgumentFormats
import ArgumentModel
import Testing

/// The read limits a command line takes from its environment.
@Suite struct ReadLimitsEnvironmentTests {
    @Test func overridesOnlyWithPositiveWholeNumbers() {
        #expect(ReadLimits.from(environment: [:]) == ReadLimits.default)
        let set = ReadLimits.from(environment: ["ARGMAP_EXPANSION_LIMIT": "500", "ARGMAP_STDIN_LIMIT": "1024"])
        #expect(set.expansionFactor == 500)
        #expect(set.minimumAllowance == max(ReadLimits.default.minimumAllowance, 500))
        #expect(set.maximumStandardInput == 1024)
        let ignored = ReadLimits.from(environment: ["ARGMAP_EXPANSION_LIMIT": "-3", "ARGMAP_STDIN_LIMIT": "lots"])
        #expect(ignored == ReadLimits.default)
    }
}
