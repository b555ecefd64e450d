import ArgumentModel
import Foundation
import Testing
@testable import ArgumentFormats

/// ``MapLoader`` reads a file once, into bytes (``FileBytes``), and an Argdown input keeps those bytes for its text.
@Suite struct MapLoaderBytesTests {
    /// A fresh temporary file holding `bytes`.
    private func file(_ bytes: [UInt8], _ name: String) throws -> String {
        let path = NSTemporaryDirectory() + "argmap-loader-\(getpid())-\(name)"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func bytesAreTheFileExactly() throws {
        // Larger than the 64 KiB chunks a pipe is read in, with every byte value; and an empty file.
        let big = (0..<(3 << 20) + 17).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        let path = try file(big, "big.bin")
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try MapLoader.readBytes(path) == big)
        #expect(try MapLoader.readBytes(path) == [UInt8](try MapLoader.readData(path)))
        let empty = try file([], "empty.bin")
        defer { try? FileManager.default.removeItem(atPath: empty) }
        #expect(try MapLoader.readBytes(empty).isEmpty)
    }

    /// A file read in two halves at once (``FileBytes/splitSize``: forced by binding it) is the file exactly: empty,
    /// tiny and odd sizes, sizes at the split size and one byte either side, and files at and above the default split
    /// size.
    @Test func halvesReadAtOnceAreTheFileExactly() throws {
        let sizes = [0, 1, 2, 3, 7, 8, 9, 4_095, 4_096, 4_097, (1 << 20) + 1]
        for size in sizes {
            let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ $0 >> 8) }
            let path = try file(bytes, "halves-\(size).bin")
            defer { try? FileManager.default.removeItem(atPath: path) }
            for split in [0, 4_096, Int.max] {
                #expect(try FileBytes.$splitSize.withValue(split) { try MapLoader.readBytes(path) } == bytes,
                    "\(size) bytes, split size \(split)")
            }
        }
        let large = (0..<FileBytes.defaultSplitSize + (1 << 20) + 3).map { UInt8(truncatingIfNeeded: $0 &* 29 &+ $0 >> 12) }
        for size in [FileBytes.defaultSplitSize - 1, FileBytes.defaultSplitSize, large.count] {
            let path = try file(Array(large[..<size]), "halves-large-\(size).bin")
            defer { try? FileManager.default.removeItem(atPath: path) }
            #expect(try MapLoader.readBytes(path) == Array(large[..<size]), "\(size) bytes")
        }
        #expect(FileBytes.splitSize == FileBytes.defaultSplitSize)
    }

    /// A pipe has no size to read up front (`argmap query <(generate ...)`): it is read to its end in chunks.
    @Test func aPipeIsReadToItsEnd() throws {
        let path = NSTemporaryDirectory() + "argmap-loader-\(getpid())-fifo"
        unlink(path)
        try #require(mkfifo(path, 0o600) == 0)
        defer { unlink(path) }
        let sent = (0..<(2 << 20) + 5).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        let writer = Thread {
            let fd = open(path, O_WRONLY)
            guard fd >= 0 else { return }
            sent.withUnsafeBytes { raw in
                guard let base = raw.baseAddress else { return }
                var done = 0
                while done < raw.count {
                    let wrote = write(fd, base + done, raw.count - done)
                    if wrote <= 0 { break }
                    done += wrote
                }
            }
            close(fd)
        }
        writer.start()
        #expect(try MapLoader.readBytes(path) == sent)
    }

    @Test func missingFilesAndFoldersAreInputErrors() {
        #expect(throws: InputError.self) { try MapLoader.readBytes("/nonexistent/argmap-map.argdown") }
        #expect(throws: InputError.self) { try MapLoader.readBytes(NSTemporaryDirectory()) }
    }

    /// The text of an input kept as bytes is what the loader made before it kept bytes:
    /// `String(data:encoding:)` (a leading byte order mark dropped), else the bytes with U+FFFD for bad ones.
    @Test(arguments: [
        ("bom", [0xEF, 0xBB, 0xBF] + Array("[A]: a\n".utf8)),
        ("plain", Array("# H\n\n[A]: a ü\n  + [B]: b\n".utf8)),
        ("invalid", Array("[A]: a".utf8) + [0xFF] + Array("\n".utf8)),
    ] as [(String, [UInt8])])
    func argdownTextIsDecodedAsBefore(name: String, bytes: [UInt8]) throws {
        let path = try file(bytes, "\(name).argdown")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let input = try MapLoader.load(path)
        let before = String(data: Data(bytes), encoding: .utf8) ?? String(decoding: bytes, as: UTF8.self)
        #expect(input.text == before)
        #expect(input.format == .argdown)
        #expect(input.result.graph.node(.statement, titled: "A") != nil)
        var changed = input
        changed.text = "replaced"
        #expect(changed.text == "replaced")
        changed.text = nil
        #expect(changed.text == nil)
    }
}
