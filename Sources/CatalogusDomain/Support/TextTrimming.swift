/// Padding and trimming in plain Swift. Foundation's `trimmingCharacters(in:)` and
/// `String(format:)` bridge through NSString/CFString on Linux; once per request they
/// showed in the write profile (header values, every text field, every timestamp).
extension StringProtocol {
    /// Without leading and trailing whitespace (Unicode White_Space, which includes the
    /// newlines and the characters of `CharacterSet.whitespacesAndNewlines`).
    package func trimmingWhitespace() -> SubSequence {
        guard let first = firstIndex(where: { !$0.isWhitespace }) else { return self[endIndex...] }
        let last = lastIndex(where: { !$0.isWhitespace })!
        return self[first...last]
    }
}

extension String {
    package func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}

extension Int {
    /// Decimal digits zero-padded to `width`: the `%0Nd` of dates and times.
    package func zeroPadded(to width: Int) -> String { String(self).leftPadded(to: width) }
}
