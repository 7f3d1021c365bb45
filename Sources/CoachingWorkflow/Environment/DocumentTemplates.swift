import CoachingCore
import CompiledMustache

extension TemplateFolder {
    /// Loads template `name` checked against the data its document provides; a problem stops
    /// the step with its place (`file:line:column: error: …`) and `consequence`.
    func document(_ name: String, schema: TemplateSchema,
                  consequence: String = "The templates have an error; nothing was written.") throws(WorkflowError) -> Template {
        do {
            return try load(name, schema: schema)
        } catch let error as TemplateError {
            throw WorkflowError(.invalidInput, ["\(error.file):\(error.line):\(error.column): error: \(error.message)", consequence])
        } catch {
            throw WorkflowError(.invalidInput, ["error: \(error)", consequence])
        }
    }
}
