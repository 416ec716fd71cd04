import CatalogusDomain
import JSON

/// The bodies of `POST /api/v1/webhooks` and `PATCH /api/v1/webhooks/{id}`, read by
/// `Webhook.field(_:)`.
package enum WebhookInput {
    package static let urlLength = 2048
    package static let descriptionLength = 500
    package static let municipalityLength = 64
    /// Events a hook may listen to: all but the test event, which every hook gets on
    /// request, and the import, which comes with `registration.created`.
    package static let subscribable = WebhookEventType.allCases.filter { $0.subscription == $0 && $0 != .test }

    package static func create(_ body: JSONObject, policy: WebhookURLPolicy) throws -> Webhook {
        var v = FieldValidator(body)
        let hook = decode(onto: Webhook.new(now: ""), creating: true, policy: policy, validator: &v)
        try v.finish()
        return hook
    }

    /// PATCH: url, events, active (as the issue lists); a null leaves a field as it is.
    package static func change(_ body: JSONObject, policy: WebhookURLPolicy) throws -> WebhookChange {
        let (sent, given) = RecordInput.change(body, of: Webhook.self)
        var v = FieldValidator(sent)
        let values = decode(onto: Webhook.new(now: ""), creating: false, policy: policy, validator: &v)
        try v.finish()
        return WebhookChange(values: values, given: given)
    }

    private static func decode(onto hook: Webhook, creating: Bool, policy: WebhookURLPolicy, validator v: inout FieldValidator) -> Webhook {
        RecordInput.decode(onto: hook, creating: creating, validator: &v) { special, key, hook, v in
            switch special {
            case .url: if let url = url(&v, key, required: creating, policy: policy) { hook.url = url }
            case .events: if let events = events(&v, key, required: creating) { hook.events = events }
            case .description: hook.description = v.string(key, required: false, maxLength: descriptionLength, allowEmpty: true)
            case .municipality: hook.municipality = v.string(key, required: false, maxLength: municipalityLength)
            case .active: if let active = v.boolean(key, required: false) { hook.active = active }
            }
        }
    }

    private static func url(_ v: inout FieldValidator, _ key: String, required: Bool, policy: WebhookURLPolicy) -> String? {
        guard let text = v.string(key, required: required, maxLength: urlLength) else { return nil }
        if let refusal = policy.check(text) {
            v.fail(key, refusal.code)
            return nil
        }
        return text
    }

    /// Repeats are forgiven, up to twice every event: a list longer than that is no subscription.
    package static let maxEvents = subscribable.count * 2

    private static func events(_ v: inout FieldValidator, _ key: String, required: Bool) -> [WebhookEventType]? {
        guard let value = v.object[key], !value.isNull else {
            if required { v.fail(key, .fieldRequired) }
            return nil
        }
        guard let items = value.arrayValue, !items.isEmpty, items.count <= maxEvents else {
            v.fail(key, .webhookEventsInvalid)
            return nil
        }
        var events: [WebhookEventType] = []
        for item in items {
            guard let text = item.stringValue, let event = WebhookEventType(rawValue: text), event != .test else {
                v.fail(key, .webhookEventsUnknown, ["allowed": .array(subscribable.map { .string($0.rawValue) })])
                return nil
            }
            if !events.contains(event) { events.append(event) }
        }
        return events
    }
}

/// A PATCH's fields, decoded before the hook is read; `given` says which it sets.
package struct WebhookChange {
    package var values: Webhook
    package var given: [Webhook.Column]
}
