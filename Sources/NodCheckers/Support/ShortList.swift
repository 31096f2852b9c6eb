/// The first few ids of a longer list, as a finding names the people or rows it concerns
/// ("S001, S004, S007, S012, S019, …"): enough to find them, never a page of ids.
func shortList(_ ids: [String], limit: Int = 5) -> String {
    ids.prefix(limit).joined(separator: ", ") + (ids.count > limit ? ", …" : "")
}
