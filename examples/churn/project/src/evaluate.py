# SPDX-License-Identifier: Apache-2.0
"""Stage evaluate: per-split quality metrics and serving latency, as DVC metrics."""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import numpy as np
import pandas as pd
import yaml
from sklearn.metrics import (accuracy_score, average_precision_score, f1_score, precision_score,
                             recall_score, roc_auc_score)


def predict_proba(model: dict, frame: pd.DataFrame) -> np.ndarray:
    x = frame[model["features"]].to_numpy(dtype=float)
    z = (x - np.asarray(model["scaler"]["mean"])) / np.asarray(model["scaler"]["scale"])
    return 1.0 / (1.0 + np.exp(-(z @ np.asarray(model["coefficients"]) + model["intercept"])))


def split_metrics(model: dict, frame: pd.DataFrame, threshold: float) -> dict:
    y = frame["churned"].to_numpy()
    p = predict_proba(model, frame)
    predicted = (p >= threshold).astype(int)
    return {
        "roc_auc": round(roc_auc_score(y, p), 4),
        "average_precision": round(average_precision_score(y, p), 4),
        "accuracy": round(accuracy_score(y, predicted), 4),
        "precision": round(precision_score(y, predicted, zero_division=0), 4),
        "recall": round(recall_score(y, predicted), 4),
        "f1": round(f1_score(y, predicted), 4),
    }


def latency_p95_ms(model: dict, frame: pd.DataFrame, repeats: int) -> float:
    rows = [frame.iloc[[i % len(frame)]] for i in range(repeats)]
    timings = []
    for row in rows:
        start = time.perf_counter()
        predict_proba(model, row)
        timings.append((time.perf_counter() - start) * 1000.0)
    return round(float(np.percentile(timings, 95)), 2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("model", type=Path)
    parser.add_argument("prepared_dir", type=Path)
    parser.add_argument("metrics_out", type=Path)
    args = parser.parse_args()
    params = yaml.safe_load(Path("params.yaml").read_text())["evaluate"]
    model = json.loads(args.model.read_text())

    metrics = {}
    for split in ("train", "valid", "test"):
        frame = pd.read_csv(args.prepared_dir / f"{split}.csv")
        metrics[split] = split_metrics(model, frame, params["threshold"])
    test = pd.read_csv(args.prepared_dir / "test.csv")
    metrics["latency_p95_ms"] = latency_p95_ms(model, test, params["latency_repeats"])

    args.metrics_out.parent.mkdir(parents=True, exist_ok=True)
    args.metrics_out.write_text(json.dumps(metrics, indent=4) + "\n")


if __name__ == "__main__":
    main()
