// CategoryWording: how the document names casualty categories (the project's labels, else the name in
// words) and says a total that no figure quantifies.

import DossierModel

extension DocumentBuilder {
    /// A category's printed label: the project's own (`categories:` in dossier.yaml), else its name in
    /// words, "Medical staff killed".
    func label(_ category: CasualtyCategory) -> String { dossier.spec.label(category) }

    /// The label inside a sentence: "Medical staff killed" → "medical staff killed"; "UN staff" and
    /// "IDPs" keep their capitals.
    func labelInSentence(_ category: CasualtyCategory) -> String {
        let characters = Array(label(category))
        guard characters.count > 1, characters[0].isUppercase, !characters[1].isUppercase else { return String(characters) }
        return characters[0].lowercased() + String(characters.dropFirst())
    }

    /// Whether no figure of a category gives a number (only notes or sources' words): its total is not
    /// quantified, which is not the same as none.
    func isUnquantified(_ category: CasualtyCategory) -> Bool {
        !dossier.incidents.contains { $0.figure(category)?.hasNumber == true }
    }

    /// The words for a total no figure quantifies.
    static let notQuantified = "not quantified"
}
