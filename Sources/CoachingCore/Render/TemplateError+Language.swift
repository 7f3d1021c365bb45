import CompiledMustache

/// A template's problem in the reader's language. `CompiledMustache` knows no catalogue, so its
/// errors carry the problem as a value and are put into words here, where they reach a person.
extension TemplateError {
    /// What is wrong, in `language`.
    public func text(_ language: Language) -> String {
        switch problem {
        case .partialIncludesItself(let name, let chain): language.text(.templatePartialIncludesItself, ["name": name, "chain": chain.joined(separator: " → ")])
        case .noPartial(let name): language.text(.templateNoPartial, ["name": name])
        case .unknownName(let name): language.text(.templateUnknownName, ["name": name])
        case .partialsTooDeep(let depth): language.text(.templatePartialsTooDeep, ["depth": "\(depth)"])
        case .tagNeverClosed: language.text(.templateTagNeverClosed)
        case .tagNotClosedWith(let closer): language.text(.templateTagNotClosedWith, ["closer": closer])
        case .setDelimiterMalformed: language.text(.templateSetDelimiter)
        case .tagHasNoName: language.text(.templateTagNoName)
        case .partialOutsideFolder(let name): language.text(.templatePartialOutside, ["name": name])
        case .closesUnopened(let name): language.text(.templateClosesUnopened, ["tag": "'{{/\(name)}}'"])
        case .closesOther(let name, let open, let line): language.text(.templateClosesOther, ["tag": "'{{/\(name)}}'", "open": open, "line": "\(line)"])
        case .sectionNeverClosed(let name): language.text(.templateSectionNeverClosed, ["name": name])
        case .noTemplate(let name): language.text(.templateNone, ["name": name])
        case .other(let text): text
        }
    }

    /// `file:line:column: error: …`, the form editors follow, the problem in `language`.
    public func located(_ language: Language) -> String {
        "\(file):\(line):\(column): error: \(text(language))"
    }
}
