# SPDX-License-Identifier: Apache-2.0
"""Stage train: fit a logistic regression and export it as plain JSON."""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import pandas as pd
import yaml
from sklearn.linear_model import LogisticRegression


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("prepared_dir", type=Path)
    parser.add_argument("model_out", type=Path)
    args = parser.parse_args()
    params = yaml.safe_load(Path("params.yaml").read_text())["train"]

    train = pd.read_csv(args.prepared_dir / "train.csv")
    columns = params["features"]
    model = LogisticRegression(C=params["C"], max_iter=params["max_iter"], random_state=params["seed"])
    model.fit(train[columns], train["churned"])

    exported = {
        "format": "churn-logreg/1",
        "features": columns,
        "coefficients": model.coef_[0].round(6).tolist(),
        "intercept": round(float(model.intercept_[0]), 6),
    }
    args.model_out.parent.mkdir(parents=True, exist_ok=True)
    args.model_out.write_text(json.dumps(exported, indent=2) + "\n")


if __name__ == "__main__":
    main()
