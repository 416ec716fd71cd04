import Foundation

/// `--public-url`: where people and webhook receivers reach the server (behind a proxy,
/// not the address it listens on). Checked at start: a link printed or sent with a typo
/// in it is found out by the person who clicks it, days later.
public enum PublicURL {
    public struct Invalid: Error, CustomStringConvertible {
        public let text: String
        public var description: String {
            "'\(text)' is not a public URL: give http:// or https://, a host, perhaps a port and a path, and no query, fragment or user, e.g. https://catalogus.example.nl"
        }
    }

    /// The URL without a trailing slash, ready to have a path ("/welcome#…") appended.
    public static func normalized(_ text: String) throws -> String {
        guard let components = URLComponents(string: text),
              let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = components.host, !host.isEmpty,
              components.query == nil, components.fragment == nil, components.user == nil, components.password == nil,
              !text.contains(where: { $0.isWhitespace || $0 == "\"" || $0 == "\\" })
        else { throw Invalid(text: text) }
        var result = text
        while result.hasSuffix("/") { result.removeLast() }
        return result
    }
}
