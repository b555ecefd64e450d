import ArgumentFormats
import ArgumentModel
import Foundation
import FuzzSupport

// libFuzzer target for the ICCMA readers (.apx, .tgf, .i23). Every input is read in all three formats: never a
// crash, a hang or a huge allocation (headers with huge numbers included), and every diagnostic's line and column
// lie inside the input. A framework read without errors is written back in the same format and must read again
// without errors to the same arguments and attacks.
FuzzDriver.run { data in
    let bytes = [UInt8](data)
    let text = String(decoding: data, as: UTF8.self)
    for format in ICCMAFormat.allCases {
        let result = ICCMA.readFramework(bytes, format: format, file: "fuzz.\(format.fileExtension)")
        FuzzChecks.diagnosticsInBounds(result.diagnostics, text: text)
        guard !result.diagnostics.containsErrors else { continue }
        let framework = result.framework
        let written: String = switch format {
        case .apx: APXWriter.write(framework)
        case .tgf: TGFWriter.write(framework)
        case .i23: I23Writer.write(framework)
        }
        let again = ICCMA.readFramework(written, format: format, file: "written.\(format.fileExtension)")
        if again.diagnostics.containsErrors {
            FuzzChecks.fail("written \(format) has errors: \(again.diagnostics.prefix(3).map(\.headline))\n\(written)")
        }
        let sameNames = format == .i23 || again.framework.names == framework.names
        guard again.framework.count == framework.count, sameNames,
            Set(again.framework.attacks) == Set(framework.attacks)
        else { FuzzChecks.fail("\(format) round trip changed the framework\n\(written)") }
    }
}
