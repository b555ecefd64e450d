import Foundation

/// Wall-clock timing for benchmark programs.
enum Timing {
    /// Runs `body` `repeats` times and returns the median wall time in seconds.
    static func median(repeats: Int = 5, _ body: () throws -> Void) rethrows -> Double {
        var times: [Double] = []
        for _ in 0..<max(1, repeats) {
            let start = DispatchTime.now().uptimeNanoseconds
            try body()
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        times.sort()
        return times[times.count / 2]
    }

    /// The growth exponent between two measurements, log(t₂/t₁) / log(n₂/n₁): 1.0 is linear, 2.0 quadratic; nil when
    /// the sizes or the first time cannot give one. O(1).
    static func growthExponent(from first: (size: Double, seconds: Double), to second: (size: Double, seconds: Double)) -> Double? {
        guard second.size > first.size, first.size > 0, first.seconds > 0, second.seconds > 0 else { return nil }
        return log(second.seconds / first.seconds) / log(second.size / first.size)
    }

    /// Seconds formatted with three significant decimals.
    static func format(_ seconds: Double) -> String {
        seconds < 1 ? String(format: "%.2f ms", seconds * 1000) : String(format: "%.3f s", seconds)
    }
}

/// A benchmark's error: bad options, or a step that failed.
struct BenchmarkError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
    /// A usage error (an unknown or malformed option).
    static func usage(_ message: String) -> BenchmarkError { BenchmarkError(message) }
}
