import Foundation

extension String {
    /// True when the ICU regular expression `pattern` matches all of the string. ICU's `$`
    /// also matches before a final line break, so `"evil\n"` passes `^[a-z]+$`; asking the
    /// match to span every character closes that, and lets the one pattern text also serve
    /// the OpenAPI schemas (ECMA regular expressions, which have no `\z`).
    package func matchesWhole(_ pattern: String) -> Bool {
        guard let found = range(of: pattern, options: .regularExpression) else { return false }
        return found == startIndex..<endIndex
    }
}
