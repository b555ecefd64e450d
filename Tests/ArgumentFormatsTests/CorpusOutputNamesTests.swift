import ArgumentFormats
import Testing

@Suite struct CorpusOutputNamesTests {
    private func names(_ files: [(String, String?)], folder: String = "out", ext: String = "json") -> [String] {
        var names = CorpusOutputNames(folder: folder, fileExtension: ext)
        return files.map { names.path(forInput: $0.0, foundIn: $0.1) }
    }

    @Test func keepsTheFolderStructureAndChangesTheExtension() {
        #expect(names([("corpus/sub/a.xml", "corpus"), ("corpus/b.ann", "corpus/"), ("named.txt", nil)])
            == ["out/sub/a.json", "out/b.json", "out/named.json"])
        #expect(names([("x/y.dir/file", "x")]) == ["out/y.dir/file.json"])
        #expect(names([("x/.hidden", "x")]) == ["out/.hidden.json"])
    }

    @Test func aNameGivenBeforeGetsTheInputExtensionThenANumber() {
        #expect(names([("a/x.xml", "a"), ("b/x.xml", "b"), ("a/x.json", "a"), ("c/X.xml", "c")])
            == ["out/x.json", "out/x.xml.json", "out/x.json.json", "out/X-2.json"])
    }

    /// The names are computed from paths alone, so they must not trust them: the code this replaced joined `..`
    /// components as given (a path `in/../../etc/x.xml` found in `in` named `out/../../etc/x.json`). CorpusListing
    /// lists real folder entries, which never are `..`, so this is defence in depth; `fuzz-output-paths` checks it.
    @Test func noOutputLeavesTheOutputFolder() {
        let outputs = names([("in/../../etc/x.xml", "in"), ("../up.xml", nil), ("..", ".."), ("in/./a//b.xml", "in"), ("", nil)])
        #expect(outputs == ["out/etc/x.json", "out/up.json", "out/unnamed.json", "out/a/b.json", "out/unnamed-2.json"])
    }

    /// A base that is a prefix of the path's text but not of its folders (`corpus` of `corpus2/x.xml`) is no base.
    @Test func aBaseMustEndAtAFolderBoundary() {
        #expect(names([("corpus2/x.xml", "corpus")]) == ["out/x.json"])
    }

    /// Found by `fuzz-output-paths`: split on Characters, `/` followed by a combining mark is one Character that is
    /// no `/`, so `../../\u{301}x` kept a `..` component that the file system follows out of the output folder.
    @Test func aCombiningMarkAfterASlashHidesNoDotDot() {
        let outputs = names([("in/../../\u{301}x.xml", "in"), ("a/..\u{301}/b.xml", "a")])
        #expect(outputs == ["out/\u{301}x.json", "out/..\u{301}/b.json"])
        for output in outputs {
            #expect(!output.utf8.split(separator: UInt8(ascii: "/")).contains { $0.elementsEqual("..".utf8) }, "\(output)")
        }
    }
}
