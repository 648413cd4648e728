// DossierDocument: placeholder until its first file lands.
