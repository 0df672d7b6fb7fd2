# SPDX-License-Identifier: Apache-2.0
"""Stage evaluate: test-set metrics and serving latency as DVC metrics."""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import numpy as np
import pandas as pd
import yaml
from sklearn.metrics import accuracy_score, average_precision_score, f1_score, recall_score, roc_auc_score


def predict_proba(model: dict, x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-(x @ np.asarray(model["coefficients"]) + model["intercept"])))


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
    y = test["churned"].to_numpy()
    p = predict_proba(model, x)
    predicted = (p >= params["threshold"]).astype(int)

    timings = []
    for i in range(params.get("latency_repeats", 1000)):
        start = time.perf_counter()
        predict_proba(model, x[i % len(x)][None, :])
        timings.append((time.perf_counter() - start) * 1000.0)

    metrics = {
        "roc_auc": round(roc_auc_score(y, p), 4),
        "average_precision": round(average_precision_score(y, p), 4),
        "accuracy": round(accuracy_score(y, predicted), 4),
        "recall": round(recall_score(y, predicted), 4),
        "f1": round(f1_score(y, predicted), 4),
        "latency_p95_ms": round(float(np.percentile(timings, 95)), 2),
    }
    args.metrics_out.parent.mkdir(parents=True, exist_ok=True)
    args.metrics_out.write_text(json.dumps(metrics, indent=4) + "\n")


if __name__ == "__main__":
    main()
