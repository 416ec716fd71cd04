import JSON

/// A value that writes its API representation. Resources, list items and audit
/// snapshots all go through this one protocol, so a field's JSON name is written once.
package protocol JSONRepresentable {
    func write(to writer: inout JSONWriter)
}

extension JSONRepresentable {
    /// The encoded bytes, as stored in the audit log and sent in a response.
    package var jsonBytes: [UInt8] {
        var writer = JSONWriter()
        write(to: &writer)
        return writer.bytes
    }
}

/// A JSON value already built (a small answer, or a snapshot) also represents itself.
extension JSONValue: JSONRepresentable {
    package func write(to writer: inout JSONWriter) { writer.value(self) }
}
