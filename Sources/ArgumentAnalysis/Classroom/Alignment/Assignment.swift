/// An optimal one-to-one assignment (the Hungarian method, Kuhn–Munkres with potentials).
public enum Assignment {
    /// The assignment of rows to columns that maximises the total weight, for a `rows × columns` weight table
    /// (`weights[r][c]`, all finite). The table is padded to a square with zero weights, so a row may stay
    /// unassigned; pairs with weight ≤ 0 are never returned. Returns, per row, its column or nil.
    ///
    /// Complexity: O(n³) time and O(n²) space for n = max(rows, columns) (Jonker–Volgenant style shortest
    /// augmenting paths, one per row). Deterministic: ties go to the lower column index.
    public static func maximising(_ weights: [[Double]], columns: Int) -> [Int?] {
        let rows = weights.count
        let n = max(rows, columns)
        guard n > 0 else { return [] }
        var top = 0.0
        for row in weights { for w in row where w > top { top = w } }
        // Minimise cost = top − weight (≥ 0); padding cells cost `top` (weight 0).
        func cost(_ r: Int, _ c: Int) -> Double {
            r < rows && c < columns && c < weights[r].count ? top - max(0, weights[r][c]) : top
        }
        // 1-based arrays as in the classic formulation: u, v potentials; p[c] = row assigned to column c.
        var u = [Double](repeating: 0, count: n + 1)
        var v = [Double](repeating: 0, count: n + 1)
        var p = [Int](repeating: 0, count: n + 1)
        var way = [Int](repeating: 0, count: n + 1)
        for i in 1...n {
            p[0] = i
            var j0 = 0
            var minv = [Double](repeating: .infinity, count: n + 1)
            var used = [Bool](repeating: false, count: n + 1)
            repeat {
                used[j0] = true
                let i0 = p[j0]
                var delta = Double.infinity
                var j1 = 0
                for j in 1...n where !used[j] {
                    let cur = cost(i0 - 1, j - 1) - u[i0] - v[j]
                    if cur < minv[j] {
                        minv[j] = cur
                        way[j] = j0
                    }
                    if minv[j] < delta {
                        delta = minv[j]
                        j1 = j
                    }
                }
                for j in 0...n {
                    if used[j] {
                        u[p[j]] += delta
                        v[j] -= delta
                    } else {
                        minv[j] -= delta
                    }
                }
                j0 = j1
            } while p[j0] != 0
            repeat {
                let j1 = way[j0]
                p[j0] = p[j1]
                j0 = j1
            } while j0 != 0
        }
        var result = [Int?](repeating: nil, count: rows)
        for j in 1...n where p[j] >= 1 && p[j] <= rows && j <= columns {
            let r = p[j] - 1
            if j - 1 < weights[r].count, weights[r][j - 1] > 0 { result[r] = j - 1 }
        }
        return result
    }
}
