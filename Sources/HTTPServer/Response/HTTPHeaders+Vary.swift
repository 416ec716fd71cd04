import HTTPParser

extension HTTPHeaders {
    /// Adds `field` to the one `Vary` line (RFC 9110 §12.5.5), once: the CORS layer, the
    /// session layer and compression each say what the answer depends on.
    public mutating func vary(on field: String) {
        let current = self["Vary"] ?? ""
        let listed = current.split(separator: ",").map { $0.filter { $0 != " " }.lowercased() }
        guard !listed.contains(field.lowercased()) else { return }
        set(name: "Vary", value: current.isEmpty ? field : current + ", " + field)
    }
}
