// DossierChartsTests: filled in with the module.
