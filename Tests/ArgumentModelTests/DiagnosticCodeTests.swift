import ArgumentModel
import Testing

/// A diagnostic code is its case's name in kebab case (``DiagnosticCode/rawValue``), read back by
/// ``DiagnosticCode/init(rawValue:)``.
@Suite struct DiagnosticCodeTests {
    enum SampleCode: DiagnosticCode {
        case disconnected, undefinedReference, invalidUTF8, argmapJSONSchema, aifNoNodes, iccmaTooLarge, dataTooLarge2X
    }

    @Test func theCodeIsTheCaseNameInKebabCase() {
        #expect(SampleCode.allCases.map(\.rawValue) == [
            "disconnected", "undefined-reference", "invalid-utf8", "argmap-json-schema", "aif-no-nodes", "iccma-too-large",
            "data-too-large2-x",
        ])
        #expect(SampleCode.allCases.allSatisfy { SampleCode(rawValue: $0.rawValue) == $0 })
        #expect(SampleCode(rawValue: "invalidUTF8") == nil && SampleCode(rawValue: "") == nil)
        #expect(Diagnostic(.error, code: SampleCode.argmapJSONSchema, "m").code == "argmap-json-schema")
    }
}
