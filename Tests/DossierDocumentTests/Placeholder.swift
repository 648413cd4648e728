// DossierDocumentTests: filled in with the module.
