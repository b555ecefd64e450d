import Foundation
import Testing

/// One meaning of a premise in every command (issue 16): on Tests/fixtures/answered-objections.argdown (<Budget>,
/// undercut by [Reserves]; <Precedent>, whose premise [Last time] [Other cause] attacks; both attack [Raise]), the
/// premise → argument links are the same in the DOT picture, `path`, `supporters` and `query`.
@Suite struct PremiseLinkCommandTests {
    static func file() -> String {
        CLI.repositoryRoot.appendingPathComponent("Tests/fixtures/answered-objections.argdown").path
    }

    /// Premise → argument pairs, worked out from the fixture's three argument reconstructions.
    static let links: Set<String> = [
        "[Share] <Fairness>", "[Grew] <Fairness>", "[Tight] <Budget>", "[Forbids] <Budget>",
        "[Last time] <Precedent>", "[Again] <Precedent>",
    ]

    @Test func theDOTPictureDrawsEachLink() throws {
        let r = try CLI.run(["render", Self.file(), "--format", "dot", "-o", "-"])
        #expect(r.status == 0, "\(r.stderr)")
        var found = Set<String>()
        for line in r.stdout.split(separator: "\n") where line.contains("class=\"premise\"") {
            // tooltip="[P] is a premise of <A>"
            guard let start = line.range(of: "tooltip=\""), let end = line[start.upperBound...].firstIndex(of: "\"") else { continue }
            found.insert(line[start.upperBound..<end].replacingOccurrences(of: " is a premise of ", with: " "))
        }
        #expect(found == Self.links)
    }

    @Test func queryAsksForPremiseAndConclusionLinks() throws {
        var found = Set<String>()
        for argument in ["<Fairness>", "<Budget>", "<Precedent>"] {
            let r = try CLI.run(["query", Self.file(), "?p premise \(argument)", "--format", "csv"])
            #expect(r.status == 0, "\(r.stderr)")
            for row in r.stdout.split(separator: "\n").dropFirst() {
                found.insert("\(row) \(argument)")
            }
        }
        #expect(found == Self.links)
        let conclusion = try CLI.run(["query", Self.file(), "<Precedent> conclusion ?c", "--format", "csv"])
        #expect(conclusion.stdout == "c\n[Layoffs]\n", "\(conclusion.stdout)")
    }

    @Test func pathAndSupportersAgreeThatAPremiseLeadsToWhatItsArgumentAttacks() throws {
        let path = try CLI.run(["path", Self.file(), "Last time", "Raise"])
        #expect(path.status == 0, "\(path.stderr)")
        #expect(path.stdout.contains("[Last time] -premise-> <Precedent> -attack-> [Raise]"), "\(path.stdout)")
        let undercut = try CLI.run(["path", Self.file(), "Forbids", "Raise"])
        #expect(undercut.stdout.contains("[Forbids] -premise-> <Budget> -attack-> [Raise]"), "\(undercut.stdout)")

        let supporters = try CLI.run(["supporters", Self.file(), "<Precedent>"])
        #expect(supporters.stdout.contains("[Last time]  premise") && supporters.stdout.contains("[Again]      premise"),
                "\(supporters.stdout)")
        let query = try CLI.run(["query", Self.file(), "?x supports+ [Layoffs]", "--format", "csv"])
        let answers = Set(query.stdout.split(separator: "\n").dropFirst().map(String.init))
        let transitive = try CLI.run(["supporters", Self.file(), "Layoffs", "--transitive", "--format", "json"])
        #expect(answers == ["<Precedent>", "[Last time]", "[Again]"], "\(query.stdout)")
        for name in ["Precedent", "Last time", "Again"] {
            #expect(transitive.stdout.contains("\"title\" : \"\(name)\""), "\(transitive.stdout)")
        }
    }

    @Test func revealHidesAPremiseLineUntilBothEndsAreShown() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("premise-reveal-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let r = try CLI.run(["reveal", Self.file(), "-o", folder.path])
        #expect(r.status == 0, "\(r.stderr)")
        let frames = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".svg") }.sorted()
        // The premise lines' <g> elements, and how many of them are hidden.
        func premiseLines(_ name: String) throws -> (all: Int, hidden: Int) {
            let svg = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let groups = svg.components(separatedBy: "<g id=\"premise&#45;").dropFirst()
            return (groups.count, groups.filter { $0.prefix(200).contains("visibility=\"hidden\"") }.count)
        }
        let first = try premiseLines(try #require(frames.first)), last = try premiseLines(try #require(frames.last))
        #expect(first.all == Self.links.count && first.hidden == Self.links.count, "frame 1 shows only the main conclusion")
        #expect(last.all == Self.links.count && last.hidden == 0)
    }

    @Test func queryPicturesHighlightThePremiseLinesOfTheirProofs() throws {
        let r = try CLI.run(["query", Self.file(), "?x supports+ [Layoffs]", "--format", "dot"])
        #expect(r.status == 0, "\(r.stderr)")
        let proofLines = r.stdout.split(separator: "\n").filter { $0.contains("class=\"premise query-proof\"") }
        #expect(proofLines.count == 2, "[Last time] and [Again] reach [Layoffs] through <Precedent>: \(r.stdout)")
        #expect(proofLines.allSatisfy { $0.contains("-> \"a-precedent\"") })
    }

    @Test func noPremiseLinksWalksOnlyTheMapsRelations() throws {
        let path = try CLI.run(["path", Self.file(), "Last time", "Raise", "--no-premise-links"])
        #expect(path.stdout.contains("No chain"), "\(path.stdout)")
        let supporters = try CLI.run(["supporters", Self.file(), "<Precedent>", "--no-premise-links"])
        #expect(supporters.stdout.contains("Nothing supports <Precedent>"), "\(supporters.stdout)")
        let query = try CLI.run(["query", Self.file(), "?p premise <Budget>", "--no-premise-links", "--format", "csv"])
        #expect(query.stdout.split(separator: "\n").count == 3, "premise is asked for by name: \(query.stdout)")
    }
}
