import ArgumentFormats
import Foundation
import FuzzSupport

// libFuzzer target for the Argdown JSON reader (and the JSON parser under it): any bytes give diagnostics, never a
// crash or a hang (deep nesting included), and every diagnostic's line and column lie inside the input. A document
// read without errors must survive write → read with no errors and an equal graph.
FuzzDriver.run { data in
    FuzzChecks.readWriteRead(data, format: "Argdown JSON", sameGraph: true, read: { ArgdownJSON.read($0, file: $1) }, write: { ArgdownJSON.write($0) })
}
