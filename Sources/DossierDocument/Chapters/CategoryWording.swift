// CategoryWording: how the document names casualty categories (the project's labels, else the name in
// words).

import DossierModel

extension DocumentBuilder {
    /// A category's printed label: the project's own (`categories:` in dossier.yaml), else the
    /// language's word for a category the tool knows ("Killed", "Tués"), else its name in words,
    /// "Medical staff killed".
    func label(_ category: CasualtyCategory) -> String {
        if let own = dossier.spec.categoryLabels[category.name] { return own }
        let key = "category." + category.name
        return wording.has(key) ? text(key) : category.label
    }

    /// The label inside a sentence: "Medical staff killed" → "medical staff killed"; "UN staff" and
    /// "IDPs" keep their capitals.
    func labelInSentence(_ category: CasualtyCategory) -> String {
        let characters = Array(label(category))
        guard characters.count > 1, characters[0].isUppercase, !characters[1].isUppercase else { return String(characters) }
        return characters[0].lowercased() + String(characters.dropFirst())
    }
}
