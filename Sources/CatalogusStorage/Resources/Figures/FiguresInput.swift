import CatalogusDomain
import JSON

/// The body of `PUT /api/v1/figures/{year}/{area}`: a flat `{code: value}` object whose
/// values merge into the stored ones. Totals and ratios are computed: sending one is a 422.
package struct FiguresInput {
    /// In the body's order; nil removes a value.
    package let changes: [(code: String, value: Int64?)]

    // Limits, shared with the schema (FigureSchemas.swift).
    package static let maxValue: Int64 = 1_000_000_000_000
    package static let maxPercent: Int64 = 100

    package static func decode(_ body: JSONObject, definitions: [FigureDefinition], scope: FigureDefinition.Scope, area: String) throws -> FiguresInput {
        let byCode = Dictionary(uniqueKeysWithValues: definitions.map { ($0.code, $0) })
        var errors: [FieldError] = []
        var changes: [(String, Int64?)] = []
        for (code, value) in body {
            guard let definition = byCode[code] else { errors.append(.init(field: code, Message(.figureUnknown))); continue }
            if definition.computed { errors.append(.init(field: code, Message(.figureComputed))); continue }
            if definition.scope != scope { errors.append(.init(field: code, Message(.figureWrongScope, ["scope": .string(definition.scope.rawValue), "area": .string(area)]))); continue }
            if value.isNull { changes.append((code, nil)); continue }
            guard let number = value.int64Value, (0...maxValue).contains(number) else {
                errors.append(.init(field: code, Message(.figureOutOfRange, ["max": .integer(maxValue)]))); continue
            }
            if definition.unit == .percent && number > maxPercent { errors.append(.init(field: code, Message(.figurePercentRange, ["max": .integer(maxPercent)]))); continue }
            changes.append((code, number))
        }
        if body.count == 0 { errors.append(.init(field: "(body)", Message(.figureNoneGiven))) }
        if !errors.isEmpty { throw AppError.validation(errors) }
        return FiguresInput(changes: changes)
    }
}
