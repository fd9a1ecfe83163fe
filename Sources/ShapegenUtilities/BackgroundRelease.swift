import Dispatch

/// Frees large values on another thread, so that their owner goes on while they are torn down.
///
/// Freeing a big tree of values, such as a parsed YAML document or a service's translated files,
/// is a tenth of the work of generating; on a machine with a second core it costs no time there.
public enum BackgroundRelease {
    /// Frees `value` on a background queue. The caller gives up its reference: if it keeps another
    /// copy, the value is freed wherever the last copy goes.
    public static func release<Value>(_ value: consuming Value) {
        let box = Box(value)
        DispatchQueue.global(qos: .utility).async { box.value = nil }
    }

    /// Keeps `value` until the process exits: it is never freed.
    ///
    /// For a process that ends right after its work, such as one `shapegen generate`: the system
    /// reclaims the memory at exit at no cost, as compilers leave theirs (clang's `-disable-free`),
    /// where freeing Batch's model and files took a core for two milliseconds while they were written.
    public static func keepUntilExit<Value>(_ value: consuming Value) {
        _ = Unmanaged.passRetained(Box(value))
    }

    /// Carries a value to the queue. Only the queue touches it once it is handed over.
    private final class Box<Value>: @unchecked Sendable {
        var value: Value?

        init(_ value: consuming Value) {
            self.value = value
        }
    }
}
