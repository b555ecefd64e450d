import ArgumentModel
import Foundation
import Testing
@testable import ArgumentFormats

/// Huge numbers in ICCMA files (issue 10): headers and attack lines with numbers beyond any sensible framework,
/// beyond Int, or with 10,000 digits are errors found quickly, never an allocation of that size or an overflow trap.
@Suite struct ICCMAPathologicalTests {
    private func read(_ text: String, _ format: ICCMAFormat) -> FrameworkReadResult {
        var result: FrameworkReadResult?
        let elapsed = ContinuousClock().measure { result = ICCMA.readFramework(text, format: format, file: "x") }
        #expect(elapsed < .seconds(10), "\(text.prefix(40)) took \(elapsed)")
        return result!
    }

    @Test(arguments: [
        "p af 50000001\n", "p af 9223372036854775807\n", "p af 9223372036854775808\n",
        "p af 99999999999999999999999999999999\n", "p af " + String(repeating: "9", count: 10_000) + "\n",
        "p af -1\n", "p af 1e9\n", "p af 0x10\n", "p af 18446744073709551616\n",
    ])
    func hugeI23HeaderIsAnError(text: String) {
        let result = read(text + "1 2\n", .i23)
        #expect(result.diagnostics.containsErrors)
        #expect(result.framework.count <= ICCMA.maximumArguments)
    }

    @Test(arguments: [
        "99999999999999999999 1\n", "1 -1\n", "0 1\n", "3 1\n", "1 9223372036854775807\n", "9223372036854775808 2\n",
        String(repeating: "7", count: 10_000) + " 1\n",
    ])
    func hugeI23AttackIsAnError(line: String) {
        let result = read("p af 2\n" + line, .i23)
        #expect(result.diagnostics.containsErrors)
        #expect(result.framework.count == 2)
        #expect(result.framework.attacks.isEmpty)
    }

    /// Names that look like huge numbers are just names in `.apx` and `.tgf`.
    @Test func hugeNumbersAreNamesInAPXAndTGF() {
        let big = String(repeating: "9", count: 10_000)
        let apx = read("arg(\(big)).\narg(1).\natt(\(big),1).\n", .apx)
        #expect(!apx.diagnostics.containsErrors)
        #expect(apx.framework.count == 2 && apx.framework.attacks.count == 1)
        let tgf = read("\(big)\n1\n#\n\(big) 1\n", .tgf)
        #expect(!tgf.diagnostics.containsErrors)
        #expect(tgf.framework.count == 2 && tgf.framework.attacks.count == 1)
    }

    /// Many errors stop being listed after ICCMA.maximumDiagnostics, and the read stays linear.
    @Test func manyBadLinesAreBounded() {
        let lines = String(repeating: "x y z\n", count: 200_000)
        let result = read("p af 3\n" + lines, .i23)
        #expect(result.diagnostics.count <= ICCMA.maximumDiagnostics + 1)
    }
}
