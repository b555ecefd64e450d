import ArgumentAnalysis
import ArgumentModel

/// `classroom-grade`: time to grade a student's map against a key of N claims, where every student claim is
/// renamed and reworded (so every pair goes through text similarity, the expensive round). Alignment compares
/// every key claim with every student claim, so doubling N should about quadruple the time.
enum GradingBenchmark {
    static let vocabulary = [
        "workers", "soviets", "power", "October", "Kornilov", "coup", "garrison", "Petrograd", "Bolsheviks",
        "Red", "Guards", "factory", "committees", "peasants", "land", "war", "bread", "strike", "resolution",
        "insurrection", "masses", "support", "government", "provisional", "Trotsky", "Lenin", "Martov",
        "Sukhanov", "debate", "militia", "control", "production", "shipments", "railway", "army", "soldiers",
    ]

    /// A key of `n` claims in a tree (claim i supports claim (i-1)/3), and a student's copy with new titles and
    /// the words of every text shuffled.
    static func maps(_ n: Int) -> (key: ArgumentGraph, student: ArgumentGraph) {
        var rng = SplitMix64(seed: UInt64(n))
        var key = GraphBuilder(), student = GraphBuilder()
        for i in 0..<n {
            let words = (0..<8).map { _ in vocabulary[rng.below(vocabulary.count)] } + ["claim\(i)"]
            let k = key.node(.statement, title: "K\(i)")
            key.update(k) { $0.text = words.joined(separator: " ") }
            let s = student.node(.statement, title: "S\(i)")
            let reworded = rng.shuffled(words).joined(separator: " ")
            student.update(s) { $0.text = reworded }
            if i > 0 {
                key.addRelation(from: k, to: NodeID((i - 1) / 3), type: .support)
                student.addRelation(from: s, to: NodeID((i - 1) / 3), type: i % 10 == 0 ? .attack : .support)
            }
        }
        return (key.build(), student.build())
    }

    static func run(_ arguments: [String]) throws {
        var previous: Double?
        for n in [100, 200, 400, 800] {
            let (key, student) = maps(n)
            var percent = 0.0
            let t = Timing.median(repeats: 3) {
                let report = GradeReport(MapComparison(key: key, student: student), student: "s", key: "k")
                percent = report.score.percent
            }
            let ratio = previous.map { " (×\(String(format: "%.2f", t / $0)) for 2× claims)" } ?? ""
            print("\(n) claims: \(Timing.format(t)), score \(String(format: "%.1f", percent))%\(ratio)")
            previous = t
        }
    }
}
