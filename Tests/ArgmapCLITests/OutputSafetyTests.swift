import Foundation
import Testing

/// Issue 21: output never replaces what it should write into, never overwrites an input or another output, keeps
/// modes, cleans up after itself and reports write errors instead of crashing.
@Suite struct OutputSafetyTests {
    static let map = "[C]: Workers took power in October.\n  + [P]: The Kornilov coup was defeated by workers.\n"

    /// A fresh folder holding `map.argdown`.
    static func folder(_ name: String) throws -> URL {
        let dir = try ClassroomCommandTests.scratch("output-\(name)")
        try map.write(to: dir.appendingPathComponent("map.argdown"), atomically: true, encoding: .utf8)
        return dir
    }

    static func fileType(_ path: String) -> mode_t {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : 0
    }

    static func mode(_ path: String) -> mode_t {
        var info = stat()
        return stat(path, &info) == 0 ? info.st_mode & 0o7777 : 0
    }

    /// What `outline map.argdown` prints, to compare written files with.
    static func expectedOutline(in dir: URL) throws -> String {
        let r = try CLI.run(["outline", "map.argdown"], in: dir)
        #expect(r.status == 0)
        #expect(r.stdout.contains("Workers took power"))
        return r.stdout
    }

    @Test func aFIFOIsWrittenIntoNotReplaced() throws {
        let dir = try Self.folder("fifo")
        let fifo = dir.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o600) == 0)
        // Opened read-write, the FIFO has a reader (argmap's open does not block) and never reports EOF.
        let fd = open(fifo, O_RDWR | O_NONBLOCK)
        #expect(fd >= 0)
        defer { close(fd) }
        let r = try CLI.run(["outline", "map.argdown", "-o", "pipe"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(Self.fileType(fifo) == S_IFIFO)
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        let count = read(fd, &buffer, buffer.count)
        #expect(count > 0)
        #expect(String(decoding: buffer.prefix(max(count, 0)), as: UTF8.self) == (try Self.expectedOutline(in: dir)))
    }

    @Test func aSymlinkIsWrittenThroughToItsTarget() throws {
        let dir = try Self.folder("symlink")
        try "old\n".write(to: dir.appendingPathComponent("real.txt"), atomically: true, encoding: .utf8)
        #expect(symlink("real.txt", dir.appendingPathComponent("link.txt").path) == 0)
        // A dangling link creates its target.
        #expect(symlink("made.txt", dir.appendingPathComponent("dangling.txt").path) == 0)
        for name in ["link.txt", "dangling.txt"] {
            let r = try CLI.run(["outline", "map.argdown", "-o", name], in: dir)
            #expect(r.status == 0, "\(r.stderr)")
            #expect(Self.fileType(dir.appendingPathComponent(name).path) == S_IFLNK)
        }
        let expected = try Self.expectedOutline(in: dir)
        #expect(try String(contentsOf: dir.appendingPathComponent("real.txt"), encoding: .utf8) == expected)
        #expect(try String(contentsOf: dir.appendingPathComponent("made.txt"), encoding: .utf8) == expected)
    }

    @Test func aCharacterDeviceIsWrittenIntoNotReplaced() throws {
        let dir = try Self.folder("device")
        // Through a link, so a regression replaces the link, never the system's /dev/null.
        #expect(symlink("/dev/null", dir.appendingPathComponent("null.svg").path) == 0)
        let r = try CLI.run(["render", "map.argdown", "-o", "null.svg"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(Self.fileType(dir.appendingPathComponent("null.svg").path) == S_IFLNK)
        #expect(Self.fileType("/dev/null") == S_IFCHR)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func anOutputThatIsAnInputIsRefused() throws {
        let dir = try Self.folder("same")
        #expect(symlink("map.argdown", dir.appendingPathComponent("alias.argdown").path) == 0)
        for output in ["map.argdown", "./map.argdown", "alias.argdown", dir.appendingPathComponent("map.argdown").path] {
            let r = try CLI.run(["convert", "map.argdown", "--to", "mermaid", "-o", output], in: dir)
            #expect(r.status == 1)
            #expect(r.stderr.contains("is an input"), "\(r.stderr)")
            #expect(try String(contentsOf: dir.appendingPathComponent("map.argdown"), encoding: .utf8) == Self.map)
        }
        // Through the link: the link's target is the input.
        let r = try CLI.run(["export", "alias.argdown", "--format", "argdown", "-o", "map.argdown"], in: dir)
        #expect(r.status == 1)
        #expect(try String(contentsOf: dir.appendingPathComponent("map.argdown"), encoding: .utf8) == Self.map)
    }

    @Test func aCorpusConvertedIntoItsOwnFolderKeepsItsInputs() throws {
        let dir = try Self.folder("corpus-self")
        let other = "[A]: Another.\n  - [B]: Against.\n"
        try other.write(to: dir.appendingPathComponent("b.argdown"), atomically: true, encoding: .utf8)
        let r = try CLI.run(["convert", ".", "--to", "argdown", "-o", "."], in: dir)
        #expect(r.status == 1)
        #expect(try String(contentsOf: dir.appendingPathComponent("map.argdown"), encoding: .utf8) == Self.map)
        #expect(try String(contentsOf: dir.appendingPathComponent("b.argdown"), encoding: .utf8) == other)
        #expect(r.stderr.contains("converted 0 of 2 files"), "\(r.stderr)")
    }

    @Test func sameNamedFilesFromSeveralFoldersAllSurvive() throws {
        let dir = try ClassroomCommandTests.scratch("output-collide")
        for (folder, title) in [("a", "Alpha"), ("b", "Beta"), ("c", "Gamma")] {
            let sub = dir.appendingPathComponent(folder)
            try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
            try "[\(title)]: Text of \(title).\n".write(to: sub.appendingPathComponent("x.argdown"), atomically: true, encoding: .utf8)
        }
        let r = try CLI.run(["convert", "a", "b", "c", "--to", "mermaid", "-o", "out"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("converted 3 of 3 files"))
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("out").path).sorted()
        #expect(names.count == 3, "\(names)")
        let texts = try names.map { try String(contentsOf: dir.appendingPathComponent("out/\($0)"), encoding: .utf8) }
        for title in ["Alpha", "Beta", "Gamma"] { #expect(texts.filter { $0.contains(title) }.count == 1) }
    }

    @Test func anExistingFileKeepsItsMode() throws {
        let dir = try Self.folder("mode")
        let path = dir.appendingPathComponent("out.txt").path
        for mode: mode_t in [0o444, 0o600, 0o755] {
            try "old\n".write(toFile: path, atomically: false, encoding: .utf8)
            #expect(chmod(path, mode) == 0)
            let r = try CLI.run(["outline", "map.argdown", "-o", "out.txt"], in: dir)
            #expect(r.status == 0, "\(r.stderr)")
            #expect(Self.mode(path) == mode)
            #expect(try String(contentsOfFile: path, encoding: .utf8).contains("Workers took power"))
        }
        // Root may keep another user's ownership too (the tests often run as root in containers).
        if getuid() == 0 {
            #expect(chown(path, 1234, 2345) == 0)
            let r = try CLI.run(["outline", "map.argdown", "-o", "out.txt"], in: dir)
            #expect(r.status == 0, "\(r.stderr)")
            var info = stat()
            #expect(stat(path, &info) == 0)
            #expect(info.st_uid == 1234 && info.st_gid == 2345)
        }
    }

    @Test func aFullDeviceIsAnErrorNotACrash() throws {
        let dir = try Self.folder("full")
        // -o naming the device, through a link: a regression replaces the link, never the system's /dev/full.
        #expect(symlink("/dev/full", dir.appendingPathComponent("full.txt").path) == 0)
        let named = try CLI.run(["outline", "map.argdown", "-o", "full.txt"], in: dir)
        #expect(named.status == 1)
        #expect(named.stderr.contains("full.txt: cannot be written (No space left on device)"), "\(named.stderr)")
        #expect(Self.fileType(dir.appendingPathComponent("full.txt").path) == S_IFLNK)
        // Standard output on the device.
        for args in [["outline", "map.argdown", "-o", "-"], ["solve", "--formats"], ["check", "map.argdown", "--format", "json"]] {
            let process = Process()
            process.executableURL = CLI.productsDirectory.appendingPathComponent("argmap")
            process.arguments = args
            process.currentDirectoryURL = dir
            process.standardOutput = FileHandle(forWritingAtPath: "/dev/full")
            let err = Pipe()
            process.standardError = err
            try process.run()
            let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationReason == .exit)
            #expect(process.terminationStatus == 1, "\(args)")
            #expect(message.contains("standard output: cannot be written"), "\(args): \(message)")
        }
    }

    @Test func aKilledWriteLeavesNoTemporaryFile() throws {
        let dir = try ClassroomCommandTests.scratch("output-kill")
        let big = try CLI.run(["generate", "--statements", "60000", "--arguments", "20000", "--seed", "1", "-o", "big.argdown"], in: dir)
        #expect(big.status == 0, "\(big.stderr)")
        let out = dir.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        // Killed as soon as anything (the temporary file) shows up in the output folder.
        let process = Process()
        process.executableURL = CLI.productsDirectory.appendingPathComponent("argmap")
        process.arguments = ["convert", "big.argdown", "--to", "graphml", "-o", "out/big.graphml"]
        process.currentDirectoryURL = dir
        process.standardError = FileHandle.nullDevice
        try process.run()
        var sawTemporary = false
        while process.isRunning {
            if let names = try? FileManager.default.contentsOfDirectory(atPath: out.path), !names.isEmpty {
                sawTemporary = true
                kill(process.processIdentifier, SIGTERM)
                break
            }
            usleep(200)
        }
        process.waitUntilExit()
        let left = try FileManager.default.contentsOfDirectory(atPath: out.path)
        #expect(left.filter { $0 != "big.graphml" }.isEmpty, "\(left)")
        // The output is over 100 MB: its temporary file exists long enough to be seen.
        #expect(sawTemporary)
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(!left.contains("big.graphml"))
    }
}
