# SPDX-License-Identifier: Apache-2.0
"""Stage prep: monthly raw snapshots -> de-duplicated, featurised train/valid/test splits."""
from __future__ import annotations

import argparse
from pathlib import Path

import pandas as pd
import yaml
from sklearn.model_selection import train_test_split

import features
import tenure


def load_snapshots(raw_dir: Path, months: list[str]) -> pd.DataFrame:
    frames = []
    for month in months:
        frame = pd.read_csv(raw_dir / f"customers_{month}.csv")
        frame["snapshot_month"] = month
        frames.append(frame)
    return pd.concat(frames, ignore_index=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("raw_dir", type=Path)
    parser.add_argument("out_dir", type=Path)
    args = parser.parse_args()
    params = yaml.safe_load(Path("params.yaml").read_text())["prep"]

    raw = load_snapshots(args.raw_dir, params["months"])
    if params.get("drop_duplicates", True):
        # A customer appears once per snapshot; keep the latest row only.
        raw = raw.sort_values("snapshot_month").drop_duplicates("customer_id", keep="last")
    df = features.encode(tenure.tenure_features(features.clean(raw), params["tenure_buckets"]))

    split = params["split"]
    train, rest = train_test_split(df, test_size=split["valid"] + split["test"],
                                   stratify=df["churned"], random_state=split["seed"])
    valid, test = train_test_split(rest, test_size=split["test"] / (split["valid"] + split["test"]),
                                   stratify=rest["churned"], random_state=split["seed"])

    args.out_dir.mkdir(parents=True, exist_ok=True)
    for name, part in (("train", train), ("valid", valid), ("test", test)):
        part.to_csv(args.out_dir / f"{name}.csv", index=False)
        print(f"{name}: {len(part)} rows, churn rate {part['churned'].mean():.3f}")


if __name__ == "__main__":
    main()
