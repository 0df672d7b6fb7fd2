# SPDX-License-Identifier: Apache-2.0
"""Tenure features (v2.3.0): churn concentrates in the first months and after long
stretches without an upgrade, which the raw tenure in months does not express."""
from __future__ import annotations

import numpy as np
import pandas as pd


def tenure_features(df: pd.DataFrame, buckets: list[int]) -> pd.DataFrame:
    out = df.copy()
    out["tenure_bucket"] = np.digitize(out["tenure_months"], bins=buckets)
    out["is_new_customer"] = (out["tenure_months"] < buckets[0]).astype(int)
    out["months_since_upgrade"] = out["months_since_upgrade"].clip(lower=0, upper=out["tenure_months"])
    out["charges_per_month_of_tenure"] = out["total_charges"] / (out["tenure_months"] + 1)
    return out

