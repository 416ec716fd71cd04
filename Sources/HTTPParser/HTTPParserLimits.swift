/// Hard caps that keep a single client from making the parser buffer or scan without bound.
///
/// Each limit maps to the status the server answers with when it is exceeded:
/// request line → 414, header section or field count → 431, body → 413.
public struct HTTPParserLimits: Sendable, Equatable {
    /// Longest request line accepted, not counting its CRLF. → `.requestLineTooLong` (414)
    public var maxRequestLineLength: Int
    /// Longest head accepted: from the first byte of the request line through the CRLF of the
    /// empty line that ends the field section (ignored empty lines before it do not count).
    /// → `.headerSectionTooLarge` (431)
    public var maxHeaderSectionLength: Int
    /// Most field lines accepted in one head. → `.tooManyHeaders` (431)
    public var maxHeaderCount: Int
    /// Largest request body accepted, declared (Content-Length) or decoded (chunked). → `.bodyTooLarge` (413)
    public var maxBodyLength: Int

    public init(
        maxRequestLineLength: Int = 8 * 1024,
        maxHeaderSectionLength: Int = 32 * 1024,
        maxHeaderCount: Int = 100,
        maxBodyLength: Int = 1 << 20
    ) {
        self.maxRequestLineLength = maxRequestLineLength
        self.maxHeaderSectionLength = maxHeaderSectionLength
        self.maxHeaderCount = maxHeaderCount
        self.maxBodyLength = maxBodyLength
    }
}
