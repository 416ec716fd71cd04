#if canImport(Glibc)
import Glibc
#endif

/// glibc keeps freed heap memory for reuse; after a burst of large request bodies that
/// can be hundreds of MB that an idle server holds. `malloc_trim` returns it to the OS.
/// Looked up at run time: the Glibc module does not export <malloc.h>.
enum HeapTrim {
    private typealias Function = @convention(c) (Int) -> Int32

    private static let function: Function? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return nil }
        return unsafeBitCast(symbol, to: Function.self)
    }()

    static func run() { _ = function?(0) }
}
