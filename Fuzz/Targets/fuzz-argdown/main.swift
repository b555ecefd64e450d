import ArgdownSyntax
import Foundation
import FuzzSupport

// libFuzzer target for the Argdown reader: any bytes must give diagnostics, never a crash or a hang.
FuzzDriver.run { data in
    _ = ArgdownReader.read(String(decoding: data, as: UTF8.self), file: "fuzz.argdown")
}
