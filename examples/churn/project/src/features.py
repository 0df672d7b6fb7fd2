# SPDX-License-Identifier: Apache-2.0
"""Helpers shared by prep and train, and by the online scorer in churnlib."""
from __future__ import annotations

import pandas as pd

CONTRACTS = ("month-to-month", "one-year", "two-year")


def clean(raw: pd.DataFrame) -> pd.DataFrame:
    df = raw.copy()
    df["total_charges"] = pd.to_numeric(df["total_charges"], errors="coerce")
    # New accounts have no invoice yet: their total is the first monthly charge.
    df["total_charges"] = df["total_charges"].fillna(df["monthly_charges"])
    df = df[df["contract"].isin(CONTRACTS)]
    return df.reset_index(drop=True)


def encode(df: pd.DataFrame) -> pd.DataFrame:
    out = df.copy()
    out["contract_month_to_month"] = (out["contract"] == "month-to-month").astype(int)
    out["contract_two_year"] = (out["contract"] == "two-year").astype(int)
    out["payment_electronic_check"] = (out["payment_method"] == "electronic check").astype(int)
    return out
