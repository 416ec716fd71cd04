import JSON

/// `paths` from the endpoints the router serves (`Routes.endpoints`): one entry per
/// path in the order the endpoints are declared, each method's operation built from
/// the same declaration that enforces its permission and query parameters.
extension OpenAPIDocument {
    package static func endpointPaths(_ endpoints: [Endpoint]) -> [(String, JSONValue)] {
        var order: [String] = []
        var operations: [String: [(String, JSONValue)]] = [:]
        for endpoint in endpoints {
            if operations[endpoint.path] == nil { order.append(endpoint.path) }
            operations[endpoint.path, default: []].append((endpoint.method.rawValue.lowercased(), operation(for: endpoint)))
        }
        return order.map { ($0, object(operations[$0] ?? [])) }
    }

    package static func operation(for endpoint: Endpoint) -> JSONValue {
        let permissions = endpoint.documentedPermissions ?? endpoint.access.permission.map { [$0] } ?? []
        let access: Access = permissions.isEmpty ? .anyone : .permissions(permissions)
        return operation(endpoint.operationID, tag: endpoint.tag.rawValue, summary: endpoint.summary, description: endpoint.description,
                         access: access, parameters: endpoint.parameters.map(\.openAPI), body: endpoint.body,
                         bodyRequired: endpoint.bodyRequired, alsoAccepts: endpoint.alsoAccepts, responses: endpoint.responses)
    }
}
