import JSON

/// Webhook payloads are stored with the resource's path (`"url": "/api/v1/orders/7"`);
/// with `--public-url` they are sent with the absolute link a receiver can follow.
/// Applied at delivery, so that deliveries still pending follow a changed public URL.
package enum WebhookLinks {
    package static func absolute(_ body: String, publicURL: String?) -> String {
        guard let publicURL, case .object(var event)? = try? JSONParser.parse(body),
              case .object(var data)? = event["data"], case .string(let path)? = data["url"], path.hasPrefix("/")
        else { return body }
        data["url"] = .string(publicURL + path)
        event["data"] = .object(data)
        var writer = JSONWriter()
        writer.value(.object(event))
        return String(decoding: writer.bytes, as: UTF8.self)
    }
}
