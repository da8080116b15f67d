#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs work on a new thread with a stack of a given size, and waits for it: deep recursion in the
/// validator, and a forked lint worker that must not work on its main thread, use it. A bare `pthread`,
/// so it costs no Foundation or Dispatch start-up.
public enum LargeStack {
    /// The value `body` returns, computed on a thread whose stack is `size` bytes (or on this thread,
    /// if no such thread can be made).
    public static func run<T>(size: Int, _ body: () -> T) -> T {
        var result: T?
        withoutActuallyEscaping(body) { body in
            let work = Work { result = body() }
            if !work.runOnNewThread(stackSize: size) { result = body() }
        }
        return result!
    }

    /// A closure handed to a C thread entry point.
    private final class Work {
        let body: () -> Void
        init(_ body: @escaping () -> Void) { self.body = body }

        /// Runs `body` on a new thread and waits for it; `false` when the thread could not be made.
        func runOnNewThread(stackSize: Int) -> Bool {
            var attributes = pthread_attr_t()
            pthread_attr_init(&attributes)
            defer { pthread_attr_destroy(&attributes) }
            pthread_attr_setstacksize(&attributes, stackSize)
            let context = Unmanaged.passRetained(self).toOpaque()
            #if canImport(Glibc)
                var thread = pthread_t()
                let created = pthread_create(&thread, &attributes, LargeStack.entry, context)
            #else
                var thread: pthread_t?
                let created = pthread_create(&thread, &attributes, LargeStack.entry, context)
            #endif
            guard created == 0 else {
                Unmanaged<Work>.fromOpaque(context).release()
                return false
            }
            #if canImport(Glibc)
                pthread_join(thread, nil)
            #else
                pthread_join(thread!, nil)
            #endif
            return true
        }
    }

    #if canImport(Glibc)
        private static let entry: @convention(c) (UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? = { context in
            Unmanaged<Work>.fromOpaque(context!).takeRetainedValue().body()
            return nil
        }
    #else
        private static let entry: @convention(c) (UnsafeMutableRawPointer) -> UnsafeMutableRawPointer? = { context in
            Unmanaged<Work>.fromOpaque(context).takeRetainedValue().body()
            return nil
        }
    #endif
}
