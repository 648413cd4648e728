// ExhibitLabels: the labels exhibits get when dossier.yaml gives none: those after the dossier's own.

/// Labels that follow one another: "Exhibit A" → "Exhibit B", "Exhibit Z" → "Exhibit AA", "Exhibit 1" → "Exhibit 2".
public enum ExhibitLabels {
    /// The labels of `count` exhibits after the dossier's `label`; with no label, "Exhibit A", "Exhibit B", …
    public static func following(_ label: String?, count: Int) -> [String] {
        var labels: [String] = []
        var current = label
        for _ in 0..<count {
            let next = current.map(successor) ?? "Exhibit A"
            labels.append(next)
            current = next
        }
        return labels
    }

    /// The label after `label`: its last run of letters or digits counted up; "Exhibit A" when it ends in neither.
    static func successor(_ label: String) -> String {
        let characters = Array(label)
        if let last = characters.last, last.isASCII, last.isNumber {
            let start = characters.lastIndex { !($0.isASCII && $0.isNumber) }.map { $0 + 1 } ?? 0
            let number = Int(String(characters[start...])) ?? 0
            return String(characters[..<start]) + String(number + 1)
        }
        guard let last = characters.last, last.isASCII, last.isLetter else {
            return label.isEmpty ? "Exhibit A" : label + " A"
        }
        let start = characters.lastIndex { !($0.isASCII && $0.isLetter) }.map { $0 + 1 } ?? 0
        var letters = Array(characters[start...])
        let upper = letters.allSatisfy(\.isUppercase)
        let (a, z): (Character, Character) = upper ? ("A", "Z") : ("a", "z")
        var i = letters.count - 1
        while i >= 0 {
            if letters[i] != z {
                letters[i] = Character(UnicodeScalar(letters[i].unicodeScalars.first!.value + 1)!)
                return String(characters[..<start]) + String(letters)
            }
            letters[i] = a
            i -= 1
        }
        return String(characters[..<start]) + String(a) + String(letters)
    }
}
