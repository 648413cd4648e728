// DossierCLITests: filled in with the module.
