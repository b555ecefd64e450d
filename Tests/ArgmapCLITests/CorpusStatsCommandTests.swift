import Foundation
import Testing

/// `argmap stats FOLDER`: a header line, components by label, per-file rows only on request, CSV for spreadsheets.
@Suite struct CorpusStatsCommandTests {
    /// A corpus of two brat essays and one Argdown map; labels counted by hand: MajorClaim 2, Claim 2, Premise 3.
    private func corpus() throws -> URL {
        let folder = try ScratchFolders.make("argmap-stats")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("essays"), withIntermediateDirectories: true)
        func write(_ text: String, _ name: String) throws {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        try write("Uniforms help.\nThey are cheap and fair.\n", "essays/e1.txt")
        try write("T1\tMajorClaim 0 14\tUniforms help.\nT2\tClaim 15 39\tThey are cheap and fair.\nT3\tPremise 15 28\tThey are cheap\nR1\tsupports Arg1:T3 Arg2:T2\n", "essays/e1.ann")
        try write("Tests harm.\nThey stress pupils, and teachers.\n", "essays/e2.txt")
        try write("T1\tMajorClaim 0 11\tTests harm.\nT2\tClaim 12 33\tThey stress pupils, and\nT3\tPremise 12 16\tThey\nT4\tPremise 34 42\tteachers\nR1\tsupports Arg1:T3 Arg2:T2\nR2\tsupports Arg1:T4 Arg2:T2\n", "essays/e2.ann")
        try write("[A]: a\n  + [B]: b\n", "map.argdown")
        return folder
    }

    @Test func aFolderGetsAHeaderLabelCountsAndRowsOnRequest() throws {
        let folder = try corpus()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plain = try CLI.run(["stats", "."], in: folder)
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(plain.stdout.hasPrefix("3 files in .\nclaims 9, arguments 0 (0 reconstructed)\n"), "\(plain.stdout)")
        #expect(plain.stdout.contains("components by label: Premise 3, Claim 2, MajorClaim 2\n"))
        #expect(!plain.stdout.contains("per file:"))
        #expect(!plain.stdout.contains("e1.ann"))   // file names only with --per-file
        let rows = try CLI.run(["stats", ".", "--per-file"], in: folder)
        #expect(rows.stdout.contains("per file:\n  ./essays/e1.ann: claims 3, arguments 0, relations 1; Claim 1, MajorClaim 1, Premise 1\n"), "\(rows.stdout)")
        #expect(rows.stdout.contains("  ./essays/e2.ann: claims 4, arguments 0, relations 2; Premise 2, Claim 1, MajorClaim 1\n"))
        #expect(rows.stdout.contains("  ./map.argdown: claims 2, arguments 0, relations 1\n"))
        let csv = try CLI.run(["stats", ".", "--format", "csv"], in: folder)
        #expect(csv.stdout == """
            file,claims,arguments,relations,Claim,MajorClaim,Premise
            ./essays/e1.ann,3,0,1,1,1,1
            ./essays/e2.ann,4,0,2,1,1,2
            ./map.argdown,2,0,1,0,0,0
            total,9,0,4,2,2,3

            """, "\(csv.stdout.debugDescription)")
        let json = try CLI.run(["stats", ".", "--format", "json"], in: folder)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["labels"] as? [String: Int] == ["MajorClaim": 2, "Claim": 2, "Premise": 3])
        #expect((object["perFile"] as? [Any])?.isEmpty == true)
        let jsonRows = try CLI.run(["stats", ".", "--format", "json", "--per-file"], in: folder)
        let withRows = try #require(try JSONSerialization.jsonObject(with: Data(jsonRows.stdout.utf8)) as? [String: Any])
        #expect((withRows["perFile"] as? [Any])?.count == 3)
    }
}
