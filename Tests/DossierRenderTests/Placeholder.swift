// DossierRenderTests: filled in with the module.
