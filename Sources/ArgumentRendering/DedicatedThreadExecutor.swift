import Foundation

/// A serial executor that runs every job on one dedicated thread, in the order jobs arrive.
///
/// Linux has no `DispatchSerialQueue` to back an actor, and a blocking lock called from many Swift tasks would
/// starve the cooperative pool; this executor lets an actor own a thread of its own instead. The thread gets a
/// large stack because Graphviz's layout recurses deeply on big graphs.
final class DedicatedThreadExecutor: SerialExecutor, @unchecked Sendable {
    // Guarded by `condition`.
    private let condition = NSCondition()
    private var jobs: [UnownedJob] = []
    private var head = 0

    /// Starts the thread; it lives as long as the process.
    init(name: String, stackSize: Int = 256 << 20) {
        let thread = Thread { [self] in self.runLoop() }
        thread.name = name
        thread.stackSize = stackSize
        thread.start()
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        condition.lock()
        jobs.append(job)
        condition.signal()
        condition.unlock()
    }

    func asUnownedSerialExecutor() -> UnownedSerialExecutor {
        UnownedSerialExecutor(ordinary: self)
    }

    private func runLoop() {
        while true {
            condition.lock()
            while head == jobs.count { condition.wait() }
            let job = jobs[head]
            head += 1
            if head == jobs.count {
                jobs.removeAll(keepingCapacity: true)
                head = 0
            }
            condition.unlock()
            job.runSynchronously(on: asUnownedSerialExecutor())
        }
    }
}
