// CairoPangoTests: filled in with the module.
