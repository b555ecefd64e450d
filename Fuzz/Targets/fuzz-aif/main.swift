import ArgumentFormats
import Foundation
import FuzzSupport

// libFuzzer target for the AIF JSON reader: any bytes give a graph and diagnostics, never a crash or a hang, and
// every diagnostic's line and column lie inside the input. A document read without errors is written back as AIF
// and must read again without errors.
FuzzDriver.run { data in
    FuzzChecks.readWriteRead(data, format: "AIF", sameGraph: false, read: { AIFReader.read($0, file: $1) }, write: { AIFWriter.write($0) })
}
