// libFuzzer target for the HTTPParser module; built by fuzz/run.sh together with
// Sources/HTTPParser/*.swift into one module, so it needs nothing but the stdlib.
//
// Properties checked on every input (a violation traps, which libFuzzer reports as a crash):
// - parsing a head whole, split in two at a data-derived point, or (for small inputs) one byte
//   at a time gives the same result; a prefix never fails differently or completes differently;
// - a complete head respects the limits it was parsed with;
// - chunked decoding whole and split in two gives the same result and the same body.

@_cdecl("LLVMFuzzerTestOneInput")
public func parserFuzzTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = UnsafeRawBufferPointer(start: data, count: size)
    let split = splitPoint(input)
    let limitSets = [
        HTTPParserLimits(),
        HTTPParserLimits(maxRequestLineLength: 24, maxHeaderSectionLength: 80, maxHeaderCount: 3, maxBodyLength: 40),
    ]
    for limits in limitSets {
        let whole = checkHead(input, split: split, limits: limits)
        if case .complete(let head, let headLength) = whole, head.framing == .chunked {
            let body = UnsafeRawBufferPointer(rebasing: input[headLength...])
            checkChunked(body, split: splitPoint(body), maxBodyLength: limits.maxBodyLength, maxTrailerLength: 64)
        }
    }
    checkChunked(input, split: split, maxBodyLength: 1 << 20, maxTrailerLength: 8 * 1024)
    checkChunked(input, split: split, maxBodyLength: 16, maxTrailerLength: 16)
    return 0
}

/// A split point derived from the data, so libFuzzer can steer it.
private func splitPoint(_ input: UnsafeRawBufferPointer) -> Int {
    var hash: UInt64 = 1469598103934665603
    for byte in input.prefix(64) {
        hash = (hash ^ UInt64(byte)) &* 1099511628211
    }
    return Int(hash % UInt64(input.count + 1))
}

private func checkHead(_ input: UnsafeRawBufferPointer, split: Int, limits: HTTPParserLimits) -> HeadParseResult {
    var parser = RequestHeadParser(limits: limits)
    let whole = parser.parse(input)
    checkInvariants(whole, input: input, limits: limits)

    // The parser resets itself after .complete; after .failure it must repeat the failure.
    let again = parser.parse(input)
    precondition(again == whole, "second parse of the same buffer differs")

    var splitParser = RequestHeadParser(limits: limits)
    let first = splitParser.parse(UnsafeRawBufferPointer(rebasing: input[..<split]))
    switch first {
    case .incomplete:
        precondition(splitParser.parse(input) == whole, "split parse differs from whole parse")
    case .complete, .failure:
        // Deciding on a prefix is only right if the whole input decides the same way.
        precondition(first == whole, "prefix decided differently from whole input")
    }

    if input.count <= 512 {
        var byteParser = RequestHeadParser(limits: limits)
        var last = HeadParseResult.incomplete
        var length = 0
        while length < input.count, case .incomplete = last {
            length += 1
            last = byteParser.parse(UnsafeRawBufferPointer(rebasing: input[..<length]))
        }
        precondition(last == whole, "byte-at-a-time parse differs from whole parse")
    }
    return whole
}

private func checkInvariants(_ result: HeadParseResult, input: UnsafeRawBufferPointer, limits: HTTPParserLimits) {
    guard case .complete(let head, let headLength) = result else { return }
    precondition(headLength > 0 && headLength <= input.count, "head length out of range")
    precondition(input[headLength - 2] == 0x0D && input[headLength - 1] == 0x0A, "head does not end in CRLF")
    precondition(head.headers.count <= limits.maxHeaderCount, "too many headers accepted")
    precondition(!head.method.isEmpty && !head.target.isEmpty, "empty method or target")
    if case .contentLength(let length) = head.framing {
        precondition(length >= 0 && length <= limits.maxBodyLength, "Content-Length over the limit accepted")
    }
}

private func checkChunked(_ input: UnsafeRawBufferPointer, split: Int, maxBodyLength: Int, maxTrailerLength: Int) {
    var decoder = ChunkedBodyDecoder(maxBodyLength: maxBodyLength, maxTrailerLength: maxTrailerLength)
    var wholeBody: [UInt8] = []
    let whole = decoder.decode(input, into: &wholeBody)
    precondition(wholeBody.count <= max(maxBodyLength, 0), "decoded body over the limit")
    switch whole {
    case .complete(let consumed):
        precondition(consumed > 0 && consumed <= input.count, "consumed out of range")
    case .incomplete(let consumed):
        precondition(consumed == input.count, "incomplete without consuming all input")
    case .failure:
        break
    }

    var splitDecoder = ChunkedBodyDecoder(maxBodyLength: maxBodyLength, maxTrailerLength: maxTrailerLength)
    var splitBody: [UInt8] = []
    let first = splitDecoder.decode(UnsafeRawBufferPointer(rebasing: input[..<split]), into: &splitBody)
    let combined: ChunkedDecodeResult
    switch first {
    case .incomplete(let consumed):
        precondition(consumed <= split, "consumed more than given")
        switch splitDecoder.decode(UnsafeRawBufferPointer(rebasing: input[consumed...]), into: &splitBody) {
        case .complete(let rest): combined = .complete(consumed: consumed + rest)
        case .incomplete(let rest): combined = .incomplete(consumed: consumed + rest)
        case .failure(let error): combined = .failure(error)
        }
    case .complete, .failure:
        combined = first
    }
    precondition(combined == whole, "split chunked decode differs from whole decode")
    if case .failure = whole { return }
    precondition(splitBody == wholeBody, "split chunked decode produced a different body")
}
