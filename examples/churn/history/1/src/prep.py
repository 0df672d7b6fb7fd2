# SPDX-License-Identifier: Apache-2.0
"""Stage prep: raw snapshot -> cleaned train/valid/test splits."""
from __future__ import annotations

import argparse
from pathlib import Path

import pandas as pd
import yaml
from sklearn.model_selection import train_test_split

import utils


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("raw_dir", type=Path)
    parser.add_argument("out_dir", type=Path)
    args = parser.parse_args()
    params = yaml.safe_load(Path("params.yaml").read_text())["prep"]

    raw = pd.read_csv(args.raw_dir / f"customers_{params['months'][0]}.csv")
    df = utils.encode(utils.clean(raw))

    split = params["split"]
    train, rest = train_test_split(df, test_size=split["valid"] + split["test"],
                                   random_state=split["seed"])
    valid, test = train_test_split(rest, test_size=0.5, random_state=split["seed"])

    args.out_dir.mkdir(parents=True, exist_ok=True)
    for name, part in (("train", train), ("validation", valid), ("test", test)):
        part.to_csv(args.out_dir / f"{name}.csv", index=False)


if __name__ == "__main__":
    main()
