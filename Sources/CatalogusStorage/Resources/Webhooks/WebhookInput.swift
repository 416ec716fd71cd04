import CatalogusDomain
import JSON

/// The bodies of `POST /api/v1/webhooks` and `PATCH /api/v1/webhooks/{id}`.
package struct WebhookInput: Equatable {
    package static let urlLength = 2048
    package static let descriptionLength = 500
    /// Events a hook may listen to: all but the test event, which every hook gets on
    /// request, and the import, which comes with `registration.created`.
    package static let subscribable = WebhookEventType.allCases.filter { $0.subscription == $0 && $0 != .test }

    package var url: String?
    package var events: [WebhookEventType]?
    package var description: String?
    package var municipality: String?
    package var active: Bool?

    package static func create(_ body: JSONObject, policy: WebhookURLPolicy) throws -> WebhookInput {
        var v = FieldValidator(body)
        v.rejectUnknown(allowed: ["url", "events", "description", "municipality"])
        let input = WebhookInput(url: url(&v, required: true, policy: policy), events: events(&v, required: true),
                                 description: v.string("description", required: false, maxLength: descriptionLength, allowEmpty: true),
                                 municipality: v.string("municipality", required: false, maxLength: 64))
        try v.finish()
        return input
    }

    /// PATCH: url, events, active (as the issue lists).
    package static func change(_ body: JSONObject, policy: WebhookURLPolicy) throws -> WebhookInput {
        var v = FieldValidator(body)
        v.rejectUnknown(allowed: ["url", "events", "active"])
        let input = WebhookInput(url: url(&v, required: false, policy: policy), events: events(&v, required: false),
                                 active: v.boolean("active", required: false))
        try v.finish()
        return input
    }

    private static func url(_ v: inout FieldValidator, required: Bool, policy: WebhookURLPolicy) -> String? {
        guard let text = v.string("url", required: required, maxLength: urlLength) else { return nil }
        if let refusal = policy.check(text) {
            v.fail("url", refusal.code)
            return nil
        }
        return text
    }

    private static func events(_ v: inout FieldValidator, required: Bool) -> [WebhookEventType]? {
        guard let value = v.object["events"], !value.isNull else {
            if required { v.fail("events", .fieldRequired) }
            return nil
        }
        guard let items = value.arrayValue, !items.isEmpty, items.count <= subscribable.count * 2 else {
            v.fail("events", .webhookEventsInvalid)
            return nil
        }
        var events: [WebhookEventType] = []
        for item in items {
            guard let text = item.stringValue, let event = WebhookEventType(rawValue: text), event != .test else {
                v.fail("events", .webhookEventsUnknown, ["allowed": .array(subscribable.map { .string($0.rawValue) })])
                return nil
            }
            if !events.contains(event) { events.append(event) }
        }
        return events
    }
}
