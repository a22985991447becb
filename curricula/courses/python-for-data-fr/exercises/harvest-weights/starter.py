def to_kilograms(text):
    """Convertit un poids écrit, comme "250 kg", "2,5 t" ou "750g", en kilogrammes.

    Renvoie None pour un marqueur de valeur manquante ("", "na", "n/a", ".", "-", toute casse).
    Lève ValueError pour une unité absente ou inconnue, ou un nombre invalide ou négatif.
    """
    raise NotImplementedError("écrivez to_kilograms")
