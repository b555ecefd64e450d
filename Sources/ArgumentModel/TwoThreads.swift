import Dispatch
import Foundation

/// Runs the parts of a pass on two threads at once, when the processor has two cores and the pass is large enough
/// to pay for the hand-over (a few tens of microseconds).
public enum TwoThreads {
    /// The number of nodes from which finishing a map's nodes runs on two threads (measured on generated trees: the
    /// plain nodes' pass takes 2.5-3.5 ms on one thread at 50,000 nodes and 1.5-3.5 on two, 8-10 ms against 3-8 at
    /// 100,000 and 77-88 against 35-63 at 1,000,000; below, the gain is lost in the second thread's start-up).
    public static let defaultThreshold = 50_000

    /// The threshold the reader uses: ``defaultThreshold`` unless a test binds another (`0` forces the parallel path
    /// on any map, `Int.max` the sequential one), for the calls made inside `withValue`.
    @TaskLocal public static var threshold = defaultThreshold

    /// Whether a pass over `count` items should use two threads: at least ``threshold`` items, and two cores.
    public static func pays(for count: Int) -> Bool {
        count >= threshold && hasTwoCores
    }

    /// Whether the process may run on two cores or more (what makes a second thread worth starting).
    public static var hasTwoCores: Bool { ProcessInfo.processInfo.activeProcessorCount >= 2 }

    /// Calls `body(i)` for every `i` in `0..<count`, on both cores at once: each thread takes the next `i` not yet
    /// taken (a thread the system delays leaves its share to the other), and this returns when every call has
    /// returned. The calls must touch disjoint memory (or only read shared memory). O(count) calls.
    public static func forEach(_ count: Int, _ body: @Sendable (Int) -> Void) {
        DispatchQueue.concurrentPerform(iterations: count, execute: body)
    }
}

/// A mutable buffer handed to the threads of ``TwoThreads/forEach(_:_:)``, each of which writes only its own, disjoint,
/// part of it (what makes the hand-over race-free: it is argued at each use). `@unchecked`: the pointer itself is
/// not `Sendable`; the box only carries it across and is never kept after the pass.
public struct SharedBuffer<Element>: @unchecked Sendable {
    /// The buffer; valid for as long as the call that lent it.
    public let buffer: UnsafeMutableBufferPointer<Element>

    /// Wraps a lent buffer.
    public init(_ buffer: UnsafeMutableBufferPointer<Element>) { self.buffer = buffer }
}
