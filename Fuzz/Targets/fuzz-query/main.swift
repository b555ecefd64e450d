import ArgdownSyntax
import ArgumentAnalysis
import ArgumentModel
import Foundation
import FuzzSupport

// libFuzzer target for the query language: any text must parse or give a QueryError whose column lies inside the
// text (or one past it); a parsed query's printed form must parse back to the same query; and short queries are
// evaluated on a small map, which must not crash or hang.
let map = ArgdownReader.read("""
    [Thesis]: Soviet power is near. #main
    [Bread]: The cities starve.
    <Hunger>: Hunger radicalises workers.
    (1) [Bread]
    (2) Hungry workers strike.
    ----
    (3) [Thesis]
    [Thesis]
      <+ <Hunger>
      <- [Army]: The army is loyal. #doubt
        <- [Kornilov]: Kornilov's revolt failed.
        >< [Loyal]: The army obeys.
      <+ [Bread]
        = [Starve]: People starve.
    """).graph
let engine = QueryEngine(map)

FuzzDriver.run { data in
    let text = String(decoding: data, as: UTF8.self)
    let query: Query
    do throws(QueryError) {
        query = try Query.parse(text)
    } catch {
        let count = text.count
        guard error.column >= 1, error.column <= count + 1 else {
            FuzzChecks.fail("error column \(error.column) outside 1...\(count + 1): \(error.message)")
        }
        return
    }
    let printed = query.description
    do {
        let again = try Query.parse(printed)
        guard again.description == printed else {
            FuzzChecks.fail("printed query parses differently: \(printed) → \(again.description)")
        }
    } catch {
        FuzzChecks.fail("printed query does not parse: \(printed): \(error)")
    }
    // Evaluation joins clauses; a handful over an 8-node map stays small.
    guard query.clauses.count <= 4 else { return }
    _ = try? engine.evaluate(query, explain: true)
}
