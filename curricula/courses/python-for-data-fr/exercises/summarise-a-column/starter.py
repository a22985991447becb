def summarise(values):
    """Renvoie {"n", "mean", "median", "std"} des valeurs non manquantes.

    values : une liste d'int, de float ou de None (None signifie « manquant »).
    Lève ValueError quand il ne reste aucune valeur.
    """
    raise NotImplementedError("écrivez summarise")
