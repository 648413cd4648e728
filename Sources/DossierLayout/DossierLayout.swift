// DossierLayout: placeholder until its first file lands.
