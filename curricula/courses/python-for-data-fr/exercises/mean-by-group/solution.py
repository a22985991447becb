def mean_by_group(rows, group_key, value_key):
    values_by_group = {}
    for row in rows:
        group = row[group_key]
        value = row.get(value_key)
        if value is None:
            continue
        values_by_group.setdefault(group, []).append(value)
    return {
        group: {"n": len(values), "mean": sum(values) / len(values)}
        for group, values in values_by_group.items()
    }
