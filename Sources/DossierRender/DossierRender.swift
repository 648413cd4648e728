// DossierRender: placeholder until its first file lands.
