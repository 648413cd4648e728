// CairoPango: placeholder until its first file lands.
