# SPDX-License-Identifier: Apache-2.0
"""The example's data, model and metrics, computed bit-for-bit the same everywhere.

Only integer arithmetic, IEEE basic operations and sqrt are used (all correctly rounded), with
a splitmix64 generator and a hand-written exp, so no libm or Python-version difference can
change a byte. The generator mimics what the project's prep/train/evaluate stages would write.
"""
from __future__ import annotations

import math

MASK = (1 << 64) - 1
LN2 = 0.6931471805599453

FEATURES = ["tenure_months", "tenure_bucket", "is_new_customer", "months_since_upgrade", "monthly_charges",
            "charges_per_month_of_tenure", "support_calls", "contract_month_to_month", "contract_two_year",
            "payment_electronic_check", "senior_citizen"]
TENURE_BUCKETS = [6, 12, 24, 48]
COLUMNS = ["customer_id", "snapshot_month", "tenure_months", "monthly_charges", "total_charges", "contract",
           "payment_method", "internet_service", "support_calls", "months_since_upgrade", "senior_citizen",
           "churned"]
PAYMENTS = ["electronic check", "mailed check", "bank transfer", "credit card"]
INTERNET = ["fiber optic", "DSL", "none"]

METRIC_SPECS = {
    "test.roc_auc": {"better": "higher", "abs_tolerance": 0.005},
    "test.average_precision": {"better": "higher", "abs_tolerance": 0.01},
    "test.accuracy": {"better": "higher", "abs_tolerance": 0.01},
    "test.precision": {"better": "higher", "abs_tolerance": 0.02},
    "test.recall": {"better": "higher", "abs_tolerance": 0.02},
    "test.f1": {"better": "higher", "abs_tolerance": 0.02},
    "valid.roc_auc": {"better": "higher", "abs_tolerance": 0.005},
    "train.roc_auc": {"better": "higher", "abs_tolerance": 0.01},
    "latency_p95_ms": {"better": "lower", "rel_tolerance": 0.10},
}


class SplitMix64:
    def __init__(self, seed: int):
        self.state = seed & MASK

    def next(self) -> int:
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)

    def uniform(self) -> float:
        return (self.next() >> 11) * (1.0 / 9007199254740992.0)

    def below(self, n: int) -> int:
        return self.next() % n

    def normal(self) -> float:
        return sum(self.uniform() for _ in range(12)) - 6.0


def exp(x: float) -> float:
    """e**x from basic operations only: x = k ln2 + r, |r| <= ln2/2, Taylor series for e**r."""
    if x > 700.0:
        x = 700.0
    if x < -700.0:
        x = -700.0
    k = int(x / LN2 + (0.5 if x >= 0 else -0.5))
    r = x - k * LN2
    term, total = 1.0, 1.0
    for n in range(1, 22):
        term = term * r / n
        total += term
    return math.ldexp(total, k)


def sigmoid(z: float) -> float:
    return 1.0 / (1.0 + exp(-z))


def money(cents: int) -> str:
    return "%d.%02d" % (cents // 100, cents % 100)


def customer(rng: SplitMix64, number: int, month: str) -> dict:
    if rng.uniform() < 0.28:
        tenure = rng.below(12)
    else:
        tenure = 12 + rng.below(61)
    u = rng.uniform()
    if tenure < 12:
        contract = "month-to-month" if u < 0.8 else "one-year"
    else:
        contract = "month-to-month" if u < 0.4 else ("one-year" if u < 0.7 else "two-year")
    internet = INTERNET[0 if rng.uniform() < 0.45 else (1 if rng.uniform() < 0.7 else 2)]
    base = {"fiber optic": 7000, "DSL": 4500, "none": 2000}[internet]
    monthly = base + rng.below(3000)
    total = monthly * tenure * (90 + rng.below(21)) // 100
    payment = PAYMENTS[rng.below(4)]
    calls = min(9, int(abs(rng.normal()) * 1.6 + (1.2 if internet == "fiber optic" else 0.3)))
    upgrade = rng.below(tenure + 1)
    senior = 1 if rng.uniform() < 0.16 else 0
    latent = (-1.0 + 1.3 * (contract == "month-to-month") - 0.9 * (contract == "two-year")
              + 0.7 * (payment == "electronic check") + 0.38 * calls - 0.035 * tenure
              + 0.9 * (tenure < 6) + 0.00018 * (monthly - 6000) + 0.015 * (upgrade - tenure / 2)
              + 0.3 * senior + 0.35 * rng.normal())
    churned = 1 if rng.uniform() < sigmoid(latent) else 0
    return {"customer_id": "C%06d" % number, "snapshot_month": month, "tenure_months": tenure,
            "monthly_charges": monthly, "total_charges": total, "contract": contract, "payment_method": payment,
            "internet_service": internet, "support_calls": calls, "months_since_upgrade": upgrade,
            "senior_citizen": senior, "churned": churned}


def to_csv(rows: list[dict]) -> bytes:
    lines = [",".join(COLUMNS)]
    for r in rows:
        cells = []
        for c in COLUMNS:
            v = r[c]
            if c == "monthly_charges":
                v = money(v)
            elif c == "total_charges":
                v = money(v) if r["tenure_months"] > 0 else ""  # new accounts: no invoice yet
            cells.append(str(v))
        lines.append(",".join(cells))
    return ("\n".join(lines) + "\n").encode("utf-8")


def features(r: dict) -> list[float]:
    tenure = r["tenure_months"]
    total = (r["total_charges"] if tenure > 0 else r["monthly_charges"]) / 100.0
    bucket = sum(1 for b in TENURE_BUCKETS if tenure >= b)
    return [float(tenure), float(bucket), float(tenure < TENURE_BUCKETS[0]), float(r["months_since_upgrade"]),
            r["monthly_charges"] / 100.0, total / (tenure + 1), float(r["support_calls"]),
            float(r["contract"] == "month-to-month"), float(r["contract"] == "two-year"),
            float(r["payment_method"] == "electronic check"), float(r["senior_citizen"])]


def train(rows: list[dict], c: float = 0.5, iterations: int = 250) -> dict:
    xs = [features(r) for r in rows]
    ys = [r["churned"] for r in rows]
    n, d = len(xs), len(FEATURES)
    mean = [sum(x[j] for x in xs) / n for j in range(d)]
    scale = []
    for j in range(d):
        var = sum((x[j] - mean[j]) * (x[j] - mean[j]) for x in xs) / n
        scale.append(math.sqrt(var) if var > 0 else 1.0)
    zs = [[(x[j] - mean[j]) / scale[j] for j in range(d)] for x in xs]
    positives = sum(ys)
    weight = {1: n / (2.0 * positives), 0: n / (2.0 * (n - positives))}  # class_weight="balanced"
    w, b = [0.0] * d, 0.0
    rate = 1.0
    for _ in range(iterations):
        grad, grad_b = [wj / (c * n) for wj in w], 0.0
        for z, y in zip(zs, ys):
            p = sigmoid(sum(wj * zj for wj, zj in zip(w, z)) + b)
            g = weight[y] * (p - y) / n
            for j in range(d):
                grad[j] += g * z[j]
            grad_b += g
        w = [wj - rate * gj for wj, gj in zip(w, grad)]
        b -= rate * grad_b
    return {"format": "churn-logreg/1", "features": FEATURES,
            "scaler": {"mean": [round(m, 6) for m in mean], "scale": [round(s, 6) for s in scale]},
            "coefficients": [round(x, 6) for x in w], "intercept": round(b, 6),
            "class_weight": "balanced", "training_rows": n, "threshold": 0.5,
            "trained_on": ["train.csv", "train_october.csv"], "revision": "v2.3.0"}


def predict(model: dict, r: dict) -> float:
    x = features(r)
    z = sum(c * (xj - m) / s for c, xj, m, s in zip(model["coefficients"], x, model["scaler"]["mean"],
                                                      model["scaler"]["scale"]))
    return sigmoid(z + model["intercept"])


def roc_auc(ys: list[int], ps: list[float]) -> float:
    order = sorted(range(len(ps)), key=lambda i: ps[i])
    ranks = [0.0] * len(ps)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and ps[order[j + 1]] == ps[order[i]]:
            j += 1
        for k in range(i, j + 1):
            ranks[order[k]] = (i + j) / 2.0 + 1.0
        i = j + 1
    pos = sum(ys)
    neg = len(ys) - pos
    rank_sum = sum(r for r, y in zip(ranks, ys) if y == 1)
    return (rank_sum - pos * (pos + 1) / 2.0) / (pos * neg)


def average_precision(ys: list[int], ps: list[float]) -> float:
    pairs = sorted(zip(ps, ys), key=lambda t: -t[0])
    pos = sum(ys)
    tp = fp = 0
    ap, last_recall = 0.0, 0.0
    i = 0
    while i < len(pairs):
        j = i
        while j < len(pairs) and pairs[j][0] == pairs[i][0]:
            tp += pairs[j][1]
            fp += 1 - pairs[j][1]
            j += 1
        recall = tp / pos
        ap += (recall - last_recall) * (tp / (tp + fp))
        last_recall = recall
        i = j
    return ap


def split_metrics(model: dict, rows: list[dict]) -> dict:
    ys = [r["churned"] for r in rows]
    ps = [predict(model, r) for r in rows]
    pred = [1 if p >= model["threshold"] else 0 for p in ps]
    tp = sum(1 for y, q in zip(ys, pred) if y == 1 and q == 1)
    fp = sum(1 for y, q in zip(ys, pred) if y == 0 and q == 1)
    fn = sum(1 for y, q in zip(ys, pred) if y == 1 and q == 0)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"roc_auc": round(roc_auc(ys, ps), 4), "average_precision": round(average_precision(ys, ps), 4),
            "accuracy": round(sum(1 for y, q in zip(ys, pred) if y == q) / len(ys), 4),
            "precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def build() -> dict:
    rng = SplitMix64(20261031)
    september = [customer(rng, 100000 + i, "2026-09") for i in range(480)]
    october = [customer(rng, 200000 + i, "2026-10") for i in range(120)]
    train_rows, valid_rows, test_rows = september[:300], september[300:390], september[390:]
    # The baseline's train.csv (v2.2.0) still held the customers that appear in two snapshots:
    # the October prep keeps the latest row only.
    duplicated = [dict(r, snapshot_month="2026-08") for r in train_rows[5:300:20]]
    old_train = sorted(train_rows + duplicated, key=lambda r: (r["customer_id"], r["snapshot_month"]))

    model = train(train_rows + october)
    metrics = {"train": split_metrics(model, train_rows + october), "valid": split_metrics(model, valid_rows),
               "test": split_metrics(model, test_rows), "latency_p95_ms": 3.84}
    # The laptop run: close to the rerun, except recall, which the reference rerun does not reach.
    offsets = {"test.roc_auc": 0.0021, "test.average_precision": 0.0046, "test.accuracy": -0.0032,
               "test.precision": 0.0071, "test.recall": 0.0612, "test.f1": 0.0148, "valid.roc_auc": 0.0013,
               "train.roc_auc": -0.0009}
    claimed = {}
    for name, offset in offsets.items():
        split, metric = name.split(".")
        claimed[name] = round(metrics[split][metric] + offset, 4)
    claimed["latency_p95_ms"] = 3.61

    files = [
        {"path": "test.csv", "bytes": to_csv(test_rows), "rows": len(test_rows), "split": "test"},
        {"path": "train.csv", "bytes": to_csv(train_rows), "rows": len(train_rows), "split": "train"},
        {"path": "train_october.csv", "bytes": to_csv(october), "rows": len(october), "split": "train"},
        {"path": "valid.csv", "bytes": to_csv(valid_rows), "rows": len(valid_rows), "split": "valid"},
    ]
    baseline = [
        {"path": "test.csv", "bytes": to_csv(test_rows), "rows": len(test_rows), "split": "test"},
        {"path": "train.csv", "bytes": to_csv(old_train), "rows": len(old_train), "split": "train"},
        {"path": "validation.csv", "bytes": to_csv(valid_rows), "rows": len(valid_rows), "split": "valid"},
    ]
    return {"files": files, "baseline": baseline, "model": model, "metrics": metrics, "claimed": claimed}
