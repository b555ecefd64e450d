/// The small synonyms list text similarity folds words with, shipped as data: one group per line, words separated
/// by spaces, `#` starts a comment. Every word of a group stands for the group's first word once both are
/// normalised (lower case, ``TextSimilarity/stem(_:)``), so `seized power` meets `took power` and `rebellion`
/// meets `uprising`. The list is deliberately short and general (argument words, common verbs of essays and
/// history, frequent paraphrases students use); it is not a thesaurus, and a word belongs to one group only
/// (a later group cannot take a word an earlier group has).
public enum Synonyms {
    /// The list as shipped.
    public static let data = """
        # reasoning
        claim assertion statement thesis contention
        reason ground grounds basis justification
        argue contend maintain hold insist
        show prove demonstrate establish
        wrong false mistaken incorrect erroneous untrue error
        right true correct accurate truth
        sure certain confident
        belief opinion view idea
        objection criticism
        # actions and change
        take took taken seize capture grab
        stop prevent block hinder halt
        silence suppress stifle censor ban forbid prohibit gag
        lose lost forfeit deprive
        gain win won obtain
        help aid assist
        begin start commence
        end finish stop
        cause produce bring lead
        support back endorse
        defeat beat crush overcome
        rule govern
        # people and power
        people public populace masses mass population humanity mankind
        worker labourer laborer proletariat
        government state authority authorities regime
        law rule
        power control
        soldier troop troops army garrison
        leader head chief
        society community
        citizen subject
        # qualities
        big large great huge
        small little minor
        important significant crucial vital key essential
        clear plain evident obvious
        quick fast swift rapid
        many numerous
        always ever
        never
        evil bad wicked harmful harm damage hurt injure
        good beneficial benefit
        free liberty freedom
        # revolution vocabulary
        revolution uprising insurrection revolt rebellion rising
        coup putsch conspiracy plot
        """

    /// Normalised word → the normalised first word of its group. Built once from ``data``. O(size of the list).
    public static let canonical: [String: String] = {
        var map: [String: String] = [:]
        for line in data.split(separator: "\n") {
            let words = line.split(separator: " ").map { TextSimilarity.normalisedWord(String($0)) }
            guard let head = words.first, !line.hasPrefix("#") else { continue }
            for w in words where map[w] == nil { map[w] = head }
        }
        return map
    }()

    /// The group representative of an already-normalised word (the word itself when it is in no group).
    public static func representative(_ word: String) -> String { canonical[word] ?? word }
}
