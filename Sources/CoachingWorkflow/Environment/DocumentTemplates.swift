import CoachingCore
import CompiledMustache

extension TemplateFolder {
    /// Loads template `name` checked against the data its document provides; a problem stops
    /// the step with its place (`file:line:column: error: …`) and `consequence`, in `language`
    /// (by default: nothing was written).
    func document(_ name: String, schema: TemplateSchema, language: Language,
                  consequence: String? = nil) throws(WorkflowError) -> Template {
        let consequence = consequence ?? language.text(.templatesErrorNothingDone)
        do {
            return try load(name, schema: schema)
        } catch let error as TemplateError {
            throw WorkflowError(.invalidInput, [error.located(language), consequence])
        } catch {
            throw WorkflowError(.invalidInput, ["error: \(language.describe(error))", consequence])
        }
    }
}
