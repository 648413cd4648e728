// DossierDisplayTests: filled in with the module.
