/// A closed set of codes, each with the Dutch word a person reads for it, in the order
/// they are listed. Written as a dictionary literal so that a code and its label are
/// declared together: a code cannot be added without its label.
package struct Terms: Sendable, ExpressibleByDictionaryLiteral {
    package struct Term: Sendable, Equatable {
        package let code: String
        package let label: String
    }

    package let terms: [Term]

    package init(dictionaryLiteral elements: (String, String)...) {
        terms = elements.map { Term(code: $0.0, label: $0.1) }
    }

    package init(_ terms: [Term]) { self.terms = terms }

    package var codes: [String] { terms.map(\.code) }

    /// The Dutch label of `code`; the code itself for a value we do not know (shown, never hidden).
    package func label(_ code: String) -> String {
        terms.first { $0.code == code }?.label ?? code
    }

    package func contains(_ code: String) -> Bool { terms.contains { $0.code == code } }

    /// The terms of `codes`, in that order; a code without a term is left out (and a test
    /// that asks for its label fails).
    package func only(_ codes: [String]) -> Terms {
        Terms(codes.compactMap { code in terms.first { $0.code == code } })
    }
}

/// An enum whose cases are codes, each with its Dutch label (a switch: a new case does
/// not compile without one).
package protocol LabelledCode: CaseIterable, RawRepresentable where RawValue == String {
    var label: String { get }
}

extension Terms {
    /// Every case of `Code`, in declaration order.
    package init<Code: LabelledCode>(of _: Code.Type) {
        self.init(Code.allCases.map { Term(code: $0.rawValue, label: $0.label) })
    }
}

extension Role: LabelledCode {}
extension OrderStatus: LabelledCode {}
extension WebhookEventType: LabelledCode {}
extension FigureDefinition.Unit: LabelledCode {}
