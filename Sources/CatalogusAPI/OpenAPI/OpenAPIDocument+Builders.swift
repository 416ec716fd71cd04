import CatalogusDomain
import JSON

/// Small constructors that keep the path files readable: an operation adds the
/// responses every endpoint of its kind can give (`commonResponses` anywhere, 403 where
/// roles are restricted, 413/415 where a body is read), so that no path file has to
/// repeat them.
extension OpenAPIDocument {
    /// Who may call an operation.
    package enum Access {
        /// No token needed; a valid token of any role is accepted too.
        case anyone
        /// A token or session whose role holds one of these permissions (`x-permissions`;
        /// the description names the roles that do); others get 403.
        case permissions([Permission])
    }

    /// What any request may get before or besides its handler's answer: the middleware
    /// (token check, rate limit per token, which covers every route) and the server
    /// (a malformed request, overload or a busy database) answer these on every path.
    package static let commonResponses: [(String, JSONValue)] = [
        ("400", responseRef("Malformed")), ("401", responseRef("Unauthorized")),
        ("429", responseRef("TooManyRequests")), ("503", responseRef("Unavailable")),
    ]

    package static func schemaRef(_ name: String) -> JSONValue { ["$ref": .string("#/components/schemas/\(name)")] }
    package static func responseRef(_ name: String) -> JSONValue { ["$ref": .string("#/components/responses/\(name)")] }
    package static func parameterRef(_ name: String) -> JSONValue { ["$ref": .string("#/components/parameters/\(name)")] }
    package static func headerRef(_ name: String) -> JSONValue { ["$ref": .string("#/components/headers/\(name)")] }

    /// `type: [X, "null"]`, the OpenAPI 3.1 way of saying nullable.
    package static func nullable(_ type: String, _ extra: [(String, JSONValue)] = []) -> JSONValue {
        object([("type", [.string(type), "null"])] + extra)
    }

    package static func operation(_ id: String, tag: String, summary: String, description: String? = nil, access: Access,
                          parameters: [JSONValue] = [], body: JSONValue? = nil, bodyRequired: Bool = true,
                          alsoAccepts: [(String, JSONValue)] = [], responses: [(String, JSONValue)]) -> JSONValue {
        var all = responses
        if body != nil { all += [("413", responseRef("TooLarge")), ("415", responseRef("UnsupportedMediaType"))] }
        all += commonResponses
        var members: [(String, JSONValue)] = [("operationId", .string(id)), ("tags", [.string(tag)]), ("summary", .string(summary))]
        var text = description.map { [$0] } ?? []
        switch access {
        case .anyone:
            members.append(("security", [[:], ["bearerAuth": []], ["cookieAuth": []]]))
        case .permissions(let permissions):
            all.append(("403", responseRef("Forbidden")))
            let roles = Role.allCases.filter { role in permissions.contains(where: role.may) }
            text.append("Permission: \(permissions.map(\.rawValue).joined(separator: " or ")) (roles: \(roles.map(\.rawValue).joined(separator: ", "))).")
            members.append(("security", [["bearerAuth": []], ["cookieAuth": []]]))
            members.append(("x-permissions", .array(permissions.map { .string($0.rawValue) })))
        }
        if !text.isEmpty { members.insert(("description", .string(text.joined(separator: " "))), at: 3) }
        if !parameters.isEmpty { members.append(("parameters", .array(parameters))) }
        if let body {
            let content = [("application/json", body)] + alsoAccepts
            members.append(("requestBody", ["required": .bool(bodyRequired),
                                            "content": object(content.map { ($0.0, ["schema": $0.1]) })]))
        }
        var seen = Set<String>()
        let unique = all.filter { seen.insert($0.0).inserted }.sorted { $0.0 < $1.0 }
        members.append(("responses", object(unique)))
        return object(members)
    }

    /// A JSON response; `headers` are names of `components/headers`.
    package static func json(_ description: String, _ schema: JSONValue, headers: [String] = [],
                     links: [(String, JSONValue)] = []) -> JSONValue {
        response(description, content: [("application/json", schema)], headers: headers, links: links)
    }

    package static func response(_ description: String, content: [(String, JSONValue)], headers: [String] = [],
                         links: [(String, JSONValue)] = []) -> JSONValue {
        var members: [(String, JSONValue)] = [("description", .string(description))]
        if !headers.isEmpty { members.append(("headers", object(headers.map { ($0, headerRef($0)) }))) }
        if !content.isEmpty { members.append(("content", object(content.map { ($0.0, ["schema": $0.1]) }))) }
        if !links.isEmpty { members.append(("links", object(links))) }
        return object(members)
    }

    /// An OpenAPI link from a response to `operationId`, passing the resource's id
    /// (from the body's `idField`) as path parameter `pathParameter` and, with
    /// `ifMatch`, the response's ETag as If-Match: what a client does next, and what
    /// lets Schemathesis chain requests into realistic sequences.
    package static func link(_ operationId: String, pathParameter: String = "id", idField: String = "id",
                     ifMatch: Bool = false) -> (String, JSONValue) {
        var parameters: [(String, JSONValue)] = [("path.\(pathParameter)", .string("$response.body#/\(idField)"))]
        if ifMatch { parameters.append(("header.If-Match", "$response.header.ETag")) }
        return (operationId, ["operationId": .string(operationId), "parameters": object(parameters)])
    }

    package static func pathParameter(_ name: String, _ schema: JSONValue, _ description: String) -> JSONValue {
        ["name": .string(name), "in": "path", "required": true, "description": .string(description), "schema": schema]
    }

    package static func queryParameter(_ name: String, _ schema: JSONValue, _ description: String, required: Bool = false) -> JSONValue {
        ["name": .string(name), "in": "query", "required": .bool(required), "description": .string(description), "schema": schema]
    }

    /// `{items: [...], next_cursor}`, the shape of every list (docs/api.md#lists-and-paging).
    package static func list(of item: JSONValue) -> JSONValue {
        [
            "type": "object",
            "required": ["items", "next_cursor"],
            "properties": ["items": ["type": "array", "items": item], "next_cursor": nullable("string")],
            "additionalProperties": false,
        ]
    }

    /// An object schema whose members are all required unless listed in `optional`.
    package static func closedObject(_ properties: [(String, JSONValue)], optional: Set<String> = [],
                             examples: [JSONValue] = [], description: String? = nil) -> JSONValue {
        let required = properties.map(\.0).filter { !optional.contains($0) }
        var members: [(String, JSONValue)] = [("type", "object")]
        if let description { members.append(("description", .string(description))) }
        if !required.isEmpty { members.append(("required", .array(required.map { .string($0) }))) }
        members += [("properties", object(properties)), ("additionalProperties", false)]
        if !examples.isEmpty { members.append(("examples", .array(examples))) }
        return object(members)
    }

    /// A body whose path names a value: the path is the one place for it. A representation
    /// sent back as read may repeat it; the same value is accepted, another one is 422
    /// (`field.path_mismatch`). A schema cannot tie a member to the path, so it leaves it out.
    package static func pathEcho(_ member: String) -> String {
        "The `\(member)` is the path's. A `\(member)` member, as a read gives it, is accepted when it equals the path's (else 422 `field.path_mismatch`)."
    }

    package static func enumeration(_ values: [String]) -> JSONValue { ["type": "string", "enum": .array(values.map { .string($0) })] }

    package static func integer(_ minimum: Int64? = nil, _ maximum: Int64? = nil) -> JSONValue {
        var members: [(String, JSONValue)] = [("type", "integer")]
        if let minimum { members.append(("minimum", .integer(minimum))) }
        if let maximum { members.append(("maximum", .integer(maximum))) }
        return object(members)
    }

    /// A string the handlers trim and refuse when blank or not on one line (`FieldValidator.string`).
    package static func text(maxLength: Int) -> JSONValue {
        ["type": "string", "minLength": 1, "maxLength": .integer(Int64(maxLength)), "pattern": .string(FieldValidator.nonBlankOneLinePattern)]
    }

    /// Free text (`FieldValidator.string(allowEmpty: true)`): may be empty and span lines, no other control characters.
    package static func freeText(maxLength: Int) -> JSONValue {
        nullable("string", [("maxLength", .integer(Int64(maxLength))), ("pattern", .string(FieldValidator.freeTextPattern))])
    }
}
