def mean_by_group(rows, group_key, value_key):
    """Return {group: {"n": count, "mean": mean}} over the non-missing values.

    A value is missing when it is None or when value_key is absent from the row.
    Groups without any value are left out. A row without group_key raises KeyError.
    """
    raise NotImplementedError("write mean_by_group")
