// SPDX-License-Identifier: Apache-2.0
#include "tests/importers/importfixtures.h"

#include "tests/code/gitfixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace fixtures {

bool write(const QString &root, const QString &relative, const QByteArray &content)
{
    const QString path = QDir(root).filePath(relative);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(content) == content.size();
}

QByteArray md5Hex(const QByteArray &data)
{
    // Test-side expectation only (the product hashes with OpenSSL).
    return QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex();
}

Repo makeRepo(const QString &root)
{
    Repo r;
    GitFixture git(root, false);
    git.write(QStringLiteral("src/train.py"), "print('v1')\n");
    r.first = git.commit(QStringLiteral("first"));
    git.write(QStringLiteral("src/train.py"), "print('v2')\n");
    r.second = git.commit(QStringLiteral("second"));
    git.checkout();
    r.ok = git.ok();
    return r;
}

void mlflowModel1x(const QString &dir)
{
    write(dir, QStringLiteral("MLmodel"),
          "artifact_path: model\n"
          "flavors:\n"
          "  python_function:\n"
          "    env: conda.yaml\n"
          "    loader_module: mlflow.sklearn\n"
          "    model_path: model.pkl\n"
          "    python_version: 3.10.16\n"
          "  sklearn:\n"
          "    pickled_model: model.pkl\n"
          "    serialization_format: cloudpickle\n"
          "    sklearn_version: 1.5.2\n"
          "mlflow_version: 1.30.0\n"
          "run_id: 9f1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e\n"
          "utc_time_created: '2023-01-05 10:11:12.000000'\n");
    write(dir, QStringLiteral("conda.yaml"),
          "channels:\n- conda-forge\n"
          "dependencies:\n"
          "- python=3.8.12\n"
          "- pip\n"
          "- pip:\n"
          "  - mlflow==1.30.0\n"
          "  - scikit-learn==1.1.2\n"
          "  - cloudpickle==2.0.0\n"
          "name: mlflow-env\n");
    write(dir, QStringLiteral("model.pkl"), QByteArray("\x80\x04pickle", 8));
}

namespace {

void run(const QString &exp, const QString &id, const QString &name, int status, qint64 start,
         const QString &commit, bool withModel)
{
    const QString d = exp + QLatin1Char('/') + id;
    write(d, QStringLiteral("meta.yaml"),
          QStringLiteral(
              "artifact_uri: file:///nowhere/mlruns/1/%1/artifacts\nend_time: %2\nentry_point_name: ''\n"
              "experiment_id: '1'\nlifecycle_stage: active\nrun_id: %1\nrun_name: %3\nrun_uuid: %1\n"
              "source_name: ''\nsource_type: 4\nsource_version: ''\nstart_time: %4\nstatus: %5\ntags: []\n"
              "user_id: alice\n")
              .arg(id)
              .arg(start + 1000)
              .arg(name)
              .arg(start)
              .arg(status)
              .toUtf8());
    write(d, QStringLiteral("tags/mlflow.runName"), name.toUtf8());
    write(d, QStringLiteral("tags/mlflow.user"), "alice");
    if (!commit.isEmpty())
        write(d, QStringLiteral("tags/mlflow.source.git.commit"), commit.toUtf8());
    write(d, QStringLiteral("params/n_estimators"), "100");
    // 3-field lines (MLflow 2.x); the latest step wins even when written out of order.
    write(d, QStringLiteral("metrics/accuracy"),
          "1700000000000 0.80 0\n1700000002000 0.91 2\n1700000001000 0.85 1\n");
    // 2-field lines (early MLflow 1.x): the latest timestamp wins.
    write(d, QStringLiteral("metrics/loss"), "1700000000000 0.5\n1700000005000 0.25\n");
    // A key with "/" is nested folders.
    write(d, QStringLiteral("metrics/eval/roc_auc"), "1700000000000 0.93 7\n");
    if (withModel) {
        write(d, QStringLiteral("artifacts/model/MLmodel"),
              "artifact_path: model\nflavors:\n  python_function:\n    env:\n      conda: conda.yaml\n"
              "      virtualenv: python_env.yaml\n    loader_module: mlflow.sklearn\n    python_version: "
              "3.10.12\n"
              "  sklearn:\n    sklearn_version: 1.3.0\nmlflow_version: 2.9.2\n");
        write(d, QStringLiteral("artifacts/model/conda.yaml"),
              "dependencies:\n- python=3.10.12\n- pip:\n  - mlflow==2.9.2\n  - scikit-learn==1.3.0\n");
        write(d, QStringLiteral("artifacts/model/python_env.yaml"),
              "python: 3.10.12\nbuild_dependencies:\n- pip\ndependencies:\n- -r requirements.txt\n");
        write(d, QStringLiteral("artifacts/model/requirements.txt"), "mlflow==2.9.2\nscikit-learn==1.3.0\n");
    }
}

} // namespace

QString mlflowStore(const QString &root, const QString &runId, const QString &commit)
{
    const QString store = root + QStringLiteral("/mlruns");
    write(store, QStringLiteral("1/meta.yaml"),
          "artifact_location: file:///nowhere/mlruns/1\ncreation_time: 1700000000000\nexperiment_id: '1'\n"
          "last_update_time: 1700000000000\nlifecycle_stage: active\nname: churn\n");
    write(store, QStringLiteral("2/meta.yaml"),
          "artifact_location: file:///nowhere/mlruns/2\nexperiment_id: '2'\nlifecycle_stage: active\nname: "
          "other\n");
    run(store + QStringLiteral("/1"), runId, QStringLiteral("bold-heron-7"), 3, 1700000000000, commit, true);
    run(store + QStringLiteral("/1"), QStringLiteral("0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e"),
        QStringLiteral("sad-owl-2"), 4, 1700000100000, {}, false);
    run(store + QStringLiteral("/2"), QStringLiteral("7a7a2d3e4f5a6b7c8d9e0f1a2b3c4d5e"),
        QStringLiteral("calm-fox-1"), 3, 1600000000000, {}, false);
    return store + QStringLiteral("/1/") + runId;
}

void dvcProject(const QString &dir, bool dvc3)
{
    const QByteArray crlf = "id,label\r\n1,a\r\n2,b\r\n";
    const QByteArray lf = QByteArray(crlf).replace("\r\n", "\n");
    const QByteArray model = QByteArray("\x00\x01binary\r\nmodel", 15);
    write(dir, QStringLiteral("data/raw.csv"), crlf);
    write(dir, QStringLiteral("model.pkl"), model);
    const QByteArray f1 = "feature 1\n", f2 = "feature 2\n";
    write(dir, QStringLiteral("data/features/a.txt"), f1);
    write(dir, QStringLiteral("data/features/b.txt"), f2);
    const QByteArray listing = "[{\"md5\": \"" + md5Hex(f1) + "\", \"relpath\": \"a.txt\"}, {\"md5\": \"" +
                               md5Hex(f2) + "\", \"relpath\": \"b.txt\"}]";
    const QByteArray dirMd5 = md5Hex(listing);
    write(dir,
          (dvc3 ? QStringLiteral(".dvc/cache/files/md5/%1/%2.dir") : QStringLiteral(".dvc/cache/%1/%2.dir"))
              .arg(QString::fromLatin1(dirMd5.left(2)), QString::fromLatin1(dirMd5.mid(2))),
          listing);
    write(dir, QStringLiteral(".dvc/config"), "");
    // DVC 2 hashed the CSV as text (CRLF as LF); DVC 3 hashes raw bytes.
    const QByteArray csvMd5 = dvc3 ? md5Hex(crlf) : md5Hex(lf);
    const QByteArray hash = dvc3 ? "      hash: md5\n" : "";
    write(dir, QStringLiteral("data/raw.csv.dvc"),
          "outs:\n- md5: " + csvMd5 + "\n  size: " + QByteArray::number(crlf.size()) + "\n" +
              (dvc3 ? "  hash: md5\n" : "") + "  path: raw.csv\n");
    write(dir, QStringLiteral("dvc.yaml"),
          "stages:\n"
          "  featurize:\n    cmd: python src/featurize.py\n    deps:\n    - data/raw.csv\n    outs:\n    - "
          "data/features\n"
          "  train:\n    cmd: python src/train.py\n    deps:\n    - data/features\n    params:\n    - "
          "train.n_est\n"
          "    - train.min_split\n    outs:\n    - model.pkl\n"
          "metrics:\n- eval/metrics.json\n");
    write(dir, QStringLiteral("params.yaml"), "train:\n  n_est: 100\n  min_split: 0.010\n");
    write(dir, QStringLiteral("eval/metrics.json"), "{\"test\": {\"roc_auc\": 0.93, \"avg_prec\": 0.88}}\n");
    write(dir, QStringLiteral("requirements.txt"), "scikit-learn==1.3.0\npandas==2.1.0\n");
    write(dir, QStringLiteral("dvc.lock"),
          "schema: '2.0'\nstages:\n"
          "  featurize:\n    cmd: python src/featurize.py\n    deps:\n    - path: data/raw.csv\n" +
              hash + "      md5: " + csvMd5 + "\n      size: " + QByteArray::number(crlf.size()) +
              "\n    outs:\n    - path: data/features\n" + hash + "      md5: " + dirMd5 +
              ".dir\n      size: 20\n      nfiles: 2\n"
              "  train:\n    cmd: python src/train.py\n    params:\n      params.yaml:\n        train.n_est: "
              "50\n"
              "        train.min_split: 0.01\n    outs:\n    - path: model.pkl\n" +
              hash + "      md5: " + md5Hex(model) + "\n      size: " + QByteArray::number(model.size()) +
              "\n"
              "  evaluate:\n    cmd: python src/evaluate.py\n    outs:\n    - path: eval/old.json\n" +
              hash + "      md5: 0123456789abcdef0123456789abcdef\n      size: 3\n");
}

QByteArray safetensors(const QMap<QString, QString> &tensorDtypes)
{
    QByteArray header = "{\"__metadata__\":{\"format\":\"pt\"}";
    qint64 offset = 0;
    for (auto it = tensorDtypes.cbegin(); it != tensorDtypes.cend(); ++it) {
        header += ",\"" + it.key().toUtf8() + "\":{\"dtype\":\"" + it.value().toUtf8() +
                  "\",\"shape\":[2],\"data_offsets\":[" + QByteArray::number(offset) + "," +
                  QByteArray::number(offset + 4) + "]}";
        offset += 4;
    }
    header += "}";
    QByteArray out(8, '\0');
    const quint64 n = quint64(header.size());
    for (int i = 0; i < 8; ++i)
        out[i] = char((n >> (8 * i)) & 0xff);
    return out + header + QByteArray(int(offset), '\0');
}

void huggingFace(const QString &dir)
{
    write(dir, QStringLiteral("README.md"),
          "---\nlanguage: en\nlicense: apache-2.0\nlabels:\n- negative\n- positive\n"
          "model-index:\n- name: tiny-sentiment\n  results:\n  - task:\n      type: text-classification\n"
          "    dataset:\n      type: imdb\n      name: IMDB\n      split: test\n    metrics:\n"
          "    - type: accuracy\n      value: 0.912\n    - type: f1\n      value: 0.905\n---\n# "
          "tiny-sentiment\n");
    write(
        dir, QStringLiteral(".eval_results/imdb.yaml"),
        "- dataset:\n    id: imdb\n    task_id: accuracy\n  value: 0.899\n  source:\n    name: Model Card\n");
    write(dir, QStringLiteral("config.json"),
          "{\n  \"architectures\": [\"BertForSequenceClassification\"],\n  \"model_type\": \"bert\",\n"
          "  \"torch_dtype\": \"float16\",\n  \"eos_token_id\": 2,\n"
          "  \"id2label\": {\"0\": \"negative\", \"1\": \"neutral\", \"2\": \"positive\"},\n  "
          "\"num_labels\": 3\n}\n");
    write(dir, QStringLiteral("generation_config.json"), "{\"eos_token_id\": [2, 32000]}\n");
    write(dir, QStringLiteral("model-00001-of-00002.safetensors"),
          safetensors({{QStringLiteral("a.weight"), QStringLiteral("BF16")},
                       {QStringLiteral("b.weight"), QStringLiteral("BF16")},
                       {QStringLiteral("c.bias"), QStringLiteral("F32")}}));
    write(dir, QStringLiteral("model.safetensors.index.json"),
          "{\"metadata\": {\"total_size\": 12}, \"weight_map\": {\"a.weight\": "
          "\"model-00001-of-00002.safetensors\", "
          "\"d.weight\": \"model-00002-of-00002.safetensors\"}}\n");
    write(dir, QStringLiteral("pytorch_model.bin"),
          "version https://git-lfs.github.com/spec/v1\n"
          "oid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 438000000\n");
    write(dir, QStringLiteral("requirements.txt"), "transformers==4.40.0\ntorch==2.3.0\n");
}

} // namespace fixtures
