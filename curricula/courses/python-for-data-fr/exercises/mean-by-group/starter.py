def mean_by_group(rows, group_key, value_key):
    """Renvoie {groupe: {"n": effectif, "mean": moyenne}} sur les valeurs non manquantes.

    Une valeur est manquante quand elle vaut None ou quand value_key est absente de la ligne.
    Les groupes sans aucune valeur sont omis. Une ligne sans group_key lève KeyError.
    """
    raise NotImplementedError("écrivez mean_by_group")
