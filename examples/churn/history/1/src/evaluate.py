# SPDX-License-Identifier: Apache-2.0
"""Stage evaluate: test-set metrics as DVC metrics."""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
import pandas as pd
import yaml
from sklearn.metrics import accuracy_score, roc_auc_score


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("model", type=Path)
    parser.add_argument("prepared_dir", type=Path)
    parser.add_argument("metrics_out", type=Path)
    args = parser.parse_args()
    params = yaml.safe_load(Path("params.yaml").read_text())["evaluate"]
    model = json.loads(args.model.read_text())

    test = pd.read_csv(args.prepared_dir / "test.csv")
    x = test[model["features"]].to_numpy(dtype=float)
    p = 1.0 / (1.0 + np.exp(-(x @ np.asarray(model["coefficients"]) + model["intercept"])))
    y = test["churned"].to_numpy()

    metrics = {
        "roc_auc": round(roc_auc_score(y, p), 4),
        "accuracy": round(accuracy_score(y, (p >= params["threshold"]).astype(int)), 4),
    }
    args.metrics_out.parent.mkdir(parents=True, exist_ok=True)
    args.metrics_out.write_text(json.dumps(metrics, indent=4) + "\n")


if __name__ == "__main__":
    main()
