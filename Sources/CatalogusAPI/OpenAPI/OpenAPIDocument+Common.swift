import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import HTTPServer
import JSON

/// Schemas, parameters and headers that several sections share.
extension OpenAPIDocument {
    /// The programme codes of migrations/0002_catalogue.sql: fixed reference data,
    /// changed only by a migration, so the document may list them.
    package static let programmeCodes = Vocabulary.programmeCodes

    package static let commonSchemas: [(String, JSONValue)] = [
        ("Problem", problemSchema),
        ("Timestamp", [
            "type": "string", "format": "date-time",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$",
            "description": "RFC 3339, UTC, whole seconds.",
        ]),
        ("Year", integer(Vocabulary.years.lowerBound, Vocabulary.years.upperBound)),
        ("ActivityReference", closedObject([("id", integer(1)), ("code", ["type": "string"]), ("name", ["type": "string"])])),
        ("Status", closedObject([("status", ["type": "string"])])),
    ]

    /// RFC 9457 problem details; validation failures list every bad field in `errors`.
    /// Further members (e.g. `exceeded_by_cents`) may follow. Programs read `code`; the
    /// codes are `MessageCode`'s and the server layer's `ServerProblemCode`'s, listed from the enums.
    package static let problemSchema: JSONValue = [
        "type": "object",
        "required": ["type", "title", "status", "detail"],
        "description": """
            Programs read `code` (stable, dotted, never renamed) and `params` (the facts of the error: ids, years, \
            amounts in cents). `detail` is one Dutch sentence for the person using the pages, rendered by the server \
            from its message catalogue; its wording may change, so do not parse it. There is no English text.
            """,
        "properties": [
            "type": ["type": "string"],
            "title": ["type": "string"],
            "status": integer(100, 599),
            "detail": ["type": "string", "description": "Dutch, for a person. Programs read `code`."],
            "code": messageCode,
            "params": ["type": "object", "description": "The facts `detail` is written from, by name."],
            "errors": [
                "type": "array",
                "items": [
                    "type": "object",
                    "required": ["code", "detail"],
                    "properties": [
                        "field": ["type": "string", "description": "The body member, query parameter or column (`lines[2].activity`)."],
                        "row": integer(1),
                        "code": messageCode,
                        "detail": ["type": "string", "description": "Dutch, for a person."],
                        "params": ["type": "object"],
                    ],
                ],
            ],
            "exceeded_by_cents": ["type": "integer", "description": "A submit over budget: by how much."],
            "budget_net_cents": ["type": "integer"],
            "committed_net_cents": ["type": "integer"],
        ],
    ]

    package static let messageCode: JSONValue = [
        "type": "string", "description": "The stable machine code of the message.",
        "enum": .array(MessageCode.allCases.map { .string($0.rawValue) } + ServerProblemCode.allCases.map { .string($0.rawValue) }),
    ]

    package static let sharedParameters: [(String, JSONValue)] = [
        ("Limit", queryParameter("limit", integer(1, Int64(PageRequest.maxLimit)),
                                 "Items per page (default \(PageRequest.defaultLimit)); above \(PageRequest.maxLimit) is 422.")),
        ("Cursor", queryParameter("cursor", ["type": "string", "minLength": 1, "pattern": .string(PageRequest.cursorPattern)],
                                  "The `next_cursor` of the previous page, as it was; any other value is 422.")),
        ("ModifiedSince", queryParameter("modified_since", ["type": "string", "format": "date-time"],
                                         "RFC 3339; only items with `updated_at` at or after it.")),
        ("Output", queryParameter("output", enumeration(["json", "csv", "xlsx"]), """
            `csv` answers RFC 4180 CSV (as `Accept: text/csv` does). A text cell starting with `=`, `+`, `-`, `@`, tab or CR \
            gets a leading `'` so that spreadsheets show it rather than run it; numbers are never altered. \
            `xlsx` answers an Excel workbook (as `Accept: \(Workbook.contentType)` does), as an attachment.
            """)),
        ("Separator", queryParameter("sep", enumeration([",", ";"]),
                                     """
                                     CSV form. `,` (default) is for programs: code names, codes, a decimal point, money in cents. \
                                     `;` is for a Dutch spreadsheet: a UTF-8 byte-order mark, Dutch column names and labels, \
                                     a decimal comma, money in euros.
                                     """)),
        ("IfNoneMatch", ["name": "If-None-Match", "in": "header", "required": false, "schema": ["type": "string"],
                         "description": "An ETag read before: 304 when it still matches (RFC 9110 §13.1.2)."]),
        ("IfMatch", ["name": "If-Match", "in": "header", "required": true, "schema": ifMatchSchema,
                     "description": "The ETag last read (RFC 9110 §13.1.1): 428 without it (or without an entity tag in it), 412 when the resource changed since."]),
        ("IdempotencyKey", ["name": "Idempotency-Key", "in": "header", "required": false,
                            "schema": ["type": "string", "minLength": 1, "maxLength": 255],
                            "description": """
                                The same key with the same body within 24 h returns the first response again \
                                (with `Idempotent-Replayed: true`) and creates nothing; another body is 422. Keys are per token, or per person for a signed-in session.
                                """]),
        ("YearPath", pathParameter("year", ["$ref": "#/components/schemas/Year", "examples": [2026, 2027]], "A year; outside 2000–2200 or not a number is 422.")),
        ("ActivityPath", pathParameter("id", activityReference(examples: ["biebfabriek", "1"]), "The activity's id or its code.")),
    ]

    /// `*` or entity tags: what `Conditional.requireMatch` reads as an If-Match.
    package static let ifMatchSchema: JSONValue = ["type": "string", "pattern": .string(Conditional.ifMatchPattern), "examples": ["\"1\""]]

    /// A municipality's slug as a filter or a body member sends it: `QueryDecoder.municipality` and the inputs check the same.
    /// `orNull`: a body member whose null means none (an account or a hook not tied to one municipality).
    package static func municipalitySlug(examples: [JSONValue] = ["midden-drenthe"], orNull: Bool = false) -> JSONValue {
        object([("type", orNull ? ["string", "null"] : "string"), ("minLength", 1), ("maxLength", .integer(Int64(Municipality.maxSlugLength))),
                ("pattern", .string(Municipality.slugPattern)), ("examples", .array(examples))])
    }

    /// An activity's id (digits) or code (`ActivityInput.codePattern`), as a path, filter or line names it.
    package static func activityReference(examples: [JSONValue] = ["biebfabriek"]) -> JSONValue {
        ["type": "string", "maxLength": .integer(Int64(ActivityInput.codeMaxLength)),
         "pattern": .string("^([0-9]+|" + String(ActivityInput.codePattern.dropFirst().dropLast()) + ")$"), "examples": .array(examples)]
    }

    package static let sharedHeaders: [(String, JSONValue)] = [
        ("ETag", ["required": true, "schema": ["type": "string"],
                  "description": "Strong `\"version\"` for a resource, weak for a list."]),
        ("Location", ["required": true, "schema": ["type": "string"], "description": "Where the created resource lives."]),
        ("Retry-After", ["required": true, "schema": ["type": "string", "pattern": "^[0-9]+$"], "description": "Seconds to wait."]),
        ("WWW-Authenticate", ["required": true, "schema": ["type": "string"], "description": "RFC 6750 §3."]),
        ("Idempotent-Replayed", ["required": false, "schema": ["type": "string", "enum": ["true"]],
                                "description": "Present when this is the stored answer to an earlier request with the same Idempotency-Key."]),
        ("Content-Disposition", ["required": false, "schema": ["type": "string"], "description": "A file name for the CSV or the workbook (e.g. `prijslijst-2026.xlsx`)."]),
        ("Set-Cookie", ["required": true, "schema": ["type": "string"],
                        "description": "The session cookie `catalogus_session` (HttpOnly; SameSite=Strict; Path=/)."]),
        ("Link", ["required": false, "schema": ["type": "string"], "description": "RFC 8288 `rel=\"next\"` link to the next page."]),
    ]

    /// The `.xlsx` representation of every endpoint that also answers CSV.
    package static let workbook: (String, JSONValue) = (Workbook.contentType, [
        "type": "string", "format": "binary",
        "description": """
            An Excel workbook (OOXML), for people: a bold, frozen header row with the columns' Dutch names \
            (`unit_price_cents` is "Prijs per eenheid (€)"), codes of closed sets as their Dutch labels (`session` is \
            "per dagdeel"); numbers as numbers, money in euros with the format `€ #,##0.00`, dates as dates, \
            percentages as percentages; text is always a string cell, never a formula. Programs read the CSV.
            """,
    ])
}
