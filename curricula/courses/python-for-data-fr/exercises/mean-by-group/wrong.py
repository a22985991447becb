# Erreur typique : les valeurs manquantes sont comptées comme des zéros (« or 0 »), ce qui fait
# baisser les moyennes.
def mean_by_group(rows, group_key, value_key):
    values_by_group = {}
    for row in rows:
        values_by_group.setdefault(row[group_key], []).append(row.get(value_key) or 0)
    return {
        group: {"n": len(values), "mean": sum(values) / len(values)}
        for group, values in values_by_group.items()
    }
