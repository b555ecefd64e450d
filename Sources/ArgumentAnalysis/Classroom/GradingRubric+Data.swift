import ArgumentModel

extension GradingRubric {
    /// The standard rubric with the weights `data` sets: an object of weight names to numbers (docs/grading.md),
    /// e.g. `{relation: 3, extraRelationPenalty: 0}`; unset weights keep the standard values, and an empty value is
    /// the standard rubric. Anything but an object of numbers, an unknown name or a weight out of range is a
    /// ``Problem`` naming the key (the empty key for the whole value). Complexity: O(entries).
    public init(data: DataValue) throws(Problem) {
        if data.isEmpty {
            self = .standard
            return
        }
        guard case .object(let object) = data else {
            throw Problem(key: "", message: "a rubric is a list of `name: number` lines, e.g. `relation: 2`")
        }
        var values: [(key: String, value: Double)] = []
        for (key, value) in object {
            guard let number = value.doubleValue else { throw Problem(key: key, message: "must be a number, like `\(key): 1.5`") }
            values.append((key, number))
        }
        self = try GradingRubric.standard.overriding(values)
    }
}
