/// Which way round a file writes its dates, day or month first, told apart by form: a file
/// can hold dates a spreadsheet wrote (`11/27/26`, month first) beside dates a person typed
/// (`25/12/2026`, day first). A form's order is known when every date of that form in the file
/// can be read that way and not the other, at least one of them only that way (`27/11/2026`,
/// `11/27/26`) or by matching the day its session was scheduled for.
struct DateOrders {
    private var byForm: [SpreadsheetDate.Form: Set<SpreadsheetDate.Order>] = [:]

    /// Adds what `date` tells; `only` narrows it (a date matched to its scheduled day).
    mutating func note(_ date: SpreadsheetDate, only: Set<SpreadsheetDate.Order>? = nil) {
        guard let form = date.form else { return }
        let possible = only ?? date.possibleOrders
        byForm[form] = (byForm[form] ?? [.dayFirst, .monthFirst]).intersection(possible)
    }

    /// The order of `form`, when the file's dates leave only one.
    func order(for form: SpreadsheetDate.Form) -> SpreadsheetDate.Order? {
        guard let orders = byForm[form], orders.count == 1 else { return nil }
        return orders.first
    }
}
