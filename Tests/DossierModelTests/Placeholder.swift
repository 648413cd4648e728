// DossierModelTests: filled in with the module.
