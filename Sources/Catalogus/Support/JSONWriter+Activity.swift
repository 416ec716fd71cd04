import JSON

extension JSONWriter {
    /// `{"id", "code", "name"}`: how a response refers to an activity (API.md).
    mutating func activityReference(id: Int64, code: String, name: String) {
        beginObject()
        key("id"); int(id)
        key("code"); string(code)
        key("name"); string(name)
        endObject()
    }
}
