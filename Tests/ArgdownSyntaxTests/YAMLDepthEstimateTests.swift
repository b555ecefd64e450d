import ArgumentModel
import Testing
@testable import ArgdownSyntax

/// `YAMLData.parse` skips the nesting estimate for texts shorter than the depth limit, which is sound only if the
/// estimate never exceeds a text's length by more than one (each level it counts is a bracket, an indicator or a
/// line indented more than the one before). Checked on random YAML-like texts, block and flow.
@Suite struct YAMLDepthEstimateTests {
    static let pieces = ["[", "]", "{", "}", "- ", "? ", "\n", " ", "  ", "a", ": ", ", ", "\"", "'", "#", "\n  - ", "\n    "]

    @Test func estimateIsAtMostOneMoreThanTheLength() {
        var rng = SplitMix64(seed: 64)
        for _ in 0..<20_000 {
            var text = ""
            for _ in 0..<rng.below(40) { text += Self.pieces[rng.below(Self.pieces.count)] }
            let bytes = Array(text.utf8)[...]
            #expect(YAMLData.estimatedDepth(bytes) <= bytes.count + 1, "\(text.debugDescription)")
        }
    }

    /// The limit still applies just above the length where the estimate is skipped.
    @Test func deepTextsAtTheLimitAreStillJudged() {
        let deep = String(repeating: "[", count: YAMLData.maxDepth + 1) + String(repeating: "]", count: YAMLData.maxDepth + 1)
        guard case .failure(let failure) = YAMLData.parse(deep) else {
            Issue.record("accepted \(YAMLData.maxDepth + 1) levels")
            return
        }
        #expect(failure.code == "data-too-deep")
        let shallow = String(repeating: "[", count: 31) + String(repeating: "]", count: 31)
        #expect((try? YAMLData.parse(shallow).get()) != nil)
    }
}
