# SPDX-License-Identifier: Apache-2.0
"""Helpers shared by prep and train."""
from __future__ import annotations

import pandas as pd

CONTRACTS = ("month-to-month", "one-year", "two-year")


def clean(raw: pd.DataFrame) -> pd.DataFrame:
    df = raw.copy()
    df["total_charges"] = pd.to_numeric(df["total_charges"], errors="coerce")
    df = df.dropna(subset=["total_charges"])
    df = df[df["contract"].isin(CONTRACTS)]
    return df.reset_index(drop=True)


def encode(df: pd.DataFrame) -> pd.DataFrame:
    out = df.copy()
    out["contract_month_to_month"] = (out["contract"] == "month-to-month").astype(int)
    out["contract_two_year"] = (out["contract"] == "two-year").astype(int)
    out["payment_electronic_check"] = (out["payment_method"] == "electronic check").astype(int)
    return out
