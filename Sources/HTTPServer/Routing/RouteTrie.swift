/// Routes by path segment: literal children first, then one `{parameter}` child.
/// Built once at start and never changed, so lookups need no locking.
struct RouteTrie<Context>: Sendable {
    final class Node: Sendable {
        let literals: [String: Node]
        let parameter: (name: String, node: Node)?
        let handlers: [String: RouteHandler<Context>]
        let pattern: String?

        init(literals: [String: Node], parameter: (name: String, node: Node)?, handlers: [String: RouteHandler<Context>], pattern: String?) {
            self.literals = literals
            self.parameter = parameter
            self.handlers = handlers
            self.pattern = pattern
        }
    }

    let root: Node
    /// The nodes of patterns without parameters, by their whole path: one lookup instead
    /// of a walk segment by segment (most requests of a busy server go to such paths).
    /// Gives the node the walk would reach, because the walk prefers literal children.
    let literalPaths: [Substring: Node]

    struct Match {
        let node: Node
        var parameters: PathParameters
    }

    /// `path` is percent-encoded; literal segments compare encoded, parameters are decoded.
    /// A segment that does not decode cleanly matches no parameter.
    func match(_ path: Substring) -> Match? {
        if let node = literalPaths[path] { return Match(node: node, parameters: PathParameters()) }
        guard path.first == "/" else { return nil }
        var node = root
        var parameters = PathParameters()
        let segments = path.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
        if segments == [""] { return node.pattern == nil && node.handlers.isEmpty ? nil : Match(node: node, parameters: parameters) }
        for segment in segments {
            if let next = node.literals[String(segment)] {
                node = next
            } else if let (name, next) = node.parameter, !segment.isEmpty,
                      let value = PercentDecoding.decode(segment, plusAsSpace: false) {
                parameters.append(name: name, value: value)
                node = next
            } else {
                return nil
            }
        }
        return node.pattern == nil ? nil : Match(node: node, parameters: parameters)
    }
}

/// The mutable form used while the application registers its routes.
struct RouteTrieBuilder<Context> {
    final class Node {
        var literals: [String: Node] = [:]
        var parameter: (name: String, node: Node)?
        var handlers: [String: RouteHandler<Context>] = [:]
        var pattern: String?
    }

    private let root = Node()
    private var literalPatterns: Set<String> = []

    mutating func add(method: String, pattern: String, handler: @escaping RouteHandler<Context>) {
        precondition(pattern.hasPrefix("/"), "route patterns start with /: \(pattern)")
        var node = root
        if pattern != "/" {
            for segment in pattern.dropFirst().split(separator: "/", omittingEmptySubsequences: false) {
                if segment.hasPrefix("{") && segment.hasSuffix("}") {
                    let name = String(segment.dropFirst().dropLast())
                    if let existing = node.parameter {
                        precondition(existing.name == name, "conflicting parameter names at \(pattern)")
                        node = existing.node
                    } else {
                        let child = Node()
                        node.parameter = (name, child)
                        node = child
                    }
                } else {
                    let key = String(segment)
                    if let child = node.literals[key] {
                        node = child
                    } else {
                        let child = Node()
                        node.literals[key] = child
                        node = child
                    }
                }
            }
        }
        precondition(node.handlers[method] == nil, "route registered twice: \(method) \(pattern)")
        node.handlers[method] = handler
        node.pattern = pattern
        if !pattern.contains("{") { literalPatterns.insert(pattern) }
    }

    func freeze() -> RouteTrie<Context> {
        let frozen = Self.freeze(root)
        var literalPaths: [Substring: RouteTrie<Context>.Node] = [:]
        for pattern in literalPatterns {
            literalPaths[pattern[...]] = RouteTrie(root: frozen, literalPaths: [:]).match(pattern[...])?.node
        }
        return RouteTrie(root: frozen, literalPaths: literalPaths)
    }

    private static func freeze(_ node: Node) -> RouteTrie<Context>.Node {
        RouteTrie<Context>.Node(
            literals: node.literals.mapValues { freeze($0) },
            parameter: node.parameter.map { ($0.name, freeze($0.node)) },
            handlers: node.handlers,
            pattern: node.pattern
        )
    }
}
