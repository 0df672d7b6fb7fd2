# SPDX-License-Identifier: Apache-2.0
"""Stage train: fit a scaled logistic regression and export it as plain JSON.

The JSON (features, scaler, coefficients) is what the billing API's churnlib scorer loads;
no pickle crosses the boundary between the data team and production.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import pandas as pd
import yaml
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("prepared_dir", type=Path)
    parser.add_argument("model_out", type=Path)
    args = parser.parse_args()
    params = yaml.safe_load(Path("params.yaml").read_text())["train"]

    train = pd.read_csv(args.prepared_dir / "train.csv")
    columns = params["features"]
    pipeline = make_pipeline(
        StandardScaler(),
        LogisticRegression(C=params["C"], class_weight=params.get("class_weight"),
                           max_iter=params["max_iter"], random_state=params["seed"]),
    )
    pipeline.fit(train[columns], train["churned"])
    scaler, model = pipeline.named_steps["standardscaler"], pipeline.named_steps["logisticregression"]

    exported = {
        "format": "churn-logreg/1",
        "features": columns,
        "scaler": {"mean": scaler.mean_.round(6).tolist(), "scale": scaler.scale_.round(6).tolist()},
        "coefficients": model.coef_[0].round(6).tolist(),
        "intercept": round(float(model.intercept_[0]), 6),
        "class_weight": params.get("class_weight"),
        "training_rows": int(len(train)),
    }
    args.model_out.parent.mkdir(parents=True, exist_ok=True)
    args.model_out.write_text(json.dumps(exported, indent=2) + "\n")


if __name__ == "__main__":
    main()
