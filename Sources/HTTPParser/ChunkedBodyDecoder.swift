/// The outcome of feeding bytes to `ChunkedBodyDecoder`.
public enum ChunkedDecodeResult: Sendable, Equatable {
    /// `consumed` bytes were used (the caller may drop them); the body continues.
    /// This decoder keeps partial size and trailer lines in its own state, so `consumed` is
    /// always the whole buffer.
    case incomplete(consumed: Int)
    /// The body (and its trailer section) ended after `consumed` bytes; any bytes after
    /// that belong to the next request.
    case complete(consumed: Int)
    /// The body is invalid; answer with `error.status` and close the connection.
    case failure(HTTPParseError)
}

/// An incremental decoder for the chunked transfer coding (RFC 9112 §7.1).
///
/// Feed it the bytes after the head, in order, in pieces of any size; it keeps its position
/// between calls, so consumed bytes can be dropped. Chunk data is appended to `body`.
/// Chunk extensions are checked against their grammar, bounded and ignored; trailer fields are
/// parsed like header fields, bounded, and discarded (RFC 9112 §7.1.2 lets a recipient drop them).
public struct ChunkedBodyDecoder: Sendable {
    enum State: Sendable, Equatable {
        case size
        case sizeWhitespace
        // chunk-ext, RFC 9112 §7.1.1 (see ChunkedBodyDecoder+Extension.swift)
        case extensionNameStart
        case extensionName
        case extensionAfterName
        case extensionValueStart
        case extensionToken
        case extensionQuoted
        case extensionQuotedPair
        case extensionClosed
        case extensionAfterValue
        case sizeLineFeed
        case data
        case dataCarriageReturn
        case dataLineFeed
        case trailerLineStart
        case trailerName
        case trailerValue
        case trailerLineFeed
        case finalLineFeed
        case done
    }

    /// Hex digits allowed in one chunk size, leading zeros included: 15 fit in `Int`.
    static let maxSizeDigits = 15

    public let maxBodyLength: Int
    public let maxTrailerLength: Int
    /// Bound on chunk-extension bytes over the whole body, so that a client cannot make us
    /// read unbounded non-data bytes (e.g. a long extension on every 1-byte chunk).
    public let maxExtensionLength: Int

    var state = State.size
    /// Set once the body is found invalid; every later call reports it again.
    private var failure: HTTPParseError?
    var sizeDigits = 0
    var chunkSize = 0
    var remainingInChunk = 0
    /// Data bytes announced so far, including the chunk in progress.
    var bodyLength = 0
    var extensionLength = 0
    var trailerLength = 0

    public init(maxBodyLength: Int, maxTrailerLength: Int = 8 * 1024, maxExtensionLength: Int = 4 * 1024) {
        self.maxBodyLength = maxBodyLength
        self.maxTrailerLength = maxTrailerLength
        self.maxExtensionLength = maxExtensionLength
    }

    /// Starts a new body with the same limits.
    public mutating func reset() {
        self = ChunkedBodyDecoder(
            maxBodyLength: maxBodyLength, maxTrailerLength: maxTrailerLength, maxExtensionLength: maxExtensionLength)
    }

    public mutating func decode(_ buffer: UnsafeRawBufferPointer, into body: inout [UInt8]) -> ChunkedDecodeResult {
        if let failure { return .failure(failure) }
        if state == .done { return .complete(consumed: 0) }
        guard let base = buffer.baseAddress, !buffer.isEmpty else { return .incomplete(consumed: 0) }
        let bytes = UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self), count: buffer.count)
        do throws(HTTPParseError) {
            let consumed = try run(bytes, into: &body)
            return state == .done ? .complete(consumed: consumed) : .incomplete(consumed: consumed)
        } catch {
            failure = error
            return .failure(error)
        }
    }

    /// Processes bytes until the buffer or the body ends; returns the bytes consumed.
    private mutating func run(_ bytes: UnsafeBufferPointer<UInt8>, into body: inout [UInt8]) throws(HTTPParseError) -> Int {
        var index = 0
        while index < bytes.count {
            if state == .data {
                // The hot path: copy as much chunk data as is available in one go.
                let take = min(remainingInChunk, bytes.count - index)
                body.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<(index + take)]))
                index += take
                remainingInChunk -= take
                if remainingInChunk == 0 { state = .dataCarriageReturn }
                continue
            }
            try step(bytes[index])
            index += 1
            if state == .done { return index }
        }
        return index
    }
}
