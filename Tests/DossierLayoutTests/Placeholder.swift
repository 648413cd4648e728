// DossierLayoutTests: filled in with the module.
