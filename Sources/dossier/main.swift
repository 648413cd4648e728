print("dossier")
