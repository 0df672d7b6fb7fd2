// SPDX-License-Identifier: Apache-2.0
// `modelreview capture-env [-o FILE] [--python PATH]`: this machine's environment as
// modelreview.environment/v1 (docs/environment-format.md).
#include "app/cli/commands.h"
#include "app/cli/outputpath.h"
#include "models/core/jsonutil.h"
#include "models/environment/environment.h"
#include "models/environment/pep440.h"
#include "models/findings/policy.h"

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QSysInfo>
#include <QThread>
#include <QTimeZone>

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <algorithm>
#include <cstdio>

namespace mr::cli {

namespace {

using environment::Environment;
using environment::PackageEntry;

// Asks the interpreter itself: importlib.metadata sees every distribution on its path, and
// direct_url.json (PEP 610) tells editable, VCS and local-file installs apart.
const char kProbe[] = R"PY(
import json, platform, sys
out = {"version": platform.python_version(), "implementation": platform.python_implementation(),
       "executable": sys.executable, "packages": None}
try:
    from importlib import metadata
except ImportError:
    metadata = None
if metadata is not None:
    packages, seen = [], set()
    for dist in metadata.distributions():
        try:
            name = dist.metadata["Name"]
        except Exception:
            name = None
        if not name or name.lower() in seen:
            continue
        seen.add(name.lower())
        entry = {"name": name, "version": dist.version, "source": "registry"}
        try:
            direct = dist.read_text("direct_url.json")
        except Exception:
            direct = None
        if direct:
            try:
                info = json.loads(direct)
                url = info.get("url", "")
                if info.get("dir_info", {}).get("editable"):
                    entry["source"] = "editable"
                elif "vcs_info" in info:
                    vcs = info["vcs_info"]
                    entry["source"] = "vcs"
                    url = vcs.get("vcs", "git") + "+" + url + ("@" + vcs["commit_id"] if vcs.get("commit_id") else "")
                else:
                    entry["source"] = "file"
                entry["url"] = url
            except ValueError:
                pass
        packages.append(entry)
    out["packages"] = packages
print(json.dumps(out))
)PY";

void error(const QString &message)
{
    std::fprintf(stderr, "modelreview capture-env: %s\n", qPrintable(message));
}

int usage()
{
    std::fprintf(stderr, "usage: modelreview capture-env [-o FILE] [--python PATH] [--policy FILE]\n"
                         "Writes this machine's environment (OS, CPU, GPU, Python and its packages)\n"
                         "as modelreview.environment/v1 JSON to FILE, or to standard output.\n");
    return 2;
}

bool run(const QString &program, const QStringList &args, QByteArray *out, QString *why,
         int timeoutMs = 120000)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted(10000)) {
        *why = QCoreApplication::translate("mr::cli", "cannot start %1: %2").arg(program, p.errorString());
        return false;
    }
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        *why = QCoreApplication::translate("mr::cli", "%1 did not finish in %2 s")
                   .arg(program)
                   .arg(timeoutMs / 1000);
        return false;
    }
    *out = p.readAllStandardOutput();
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *why = QCoreApplication::translate("mr::cli", "%1 failed (exit %2): %3")
                   .arg(program)
                   .arg(p.exitCode())
                   .arg(QString::fromLocal8Bit(p.readAllStandardError()).trimmed());
        return false;
    }
    return true;
}

bool capturePython(const QString &python, Environment *env, QString *why)
{
    QByteArray out;
    if (!run(python, {QStringLiteral("-c"), QString::fromLatin1(kProbe)}, &out, why))
        return false;
    Diagnostic parseError;
    const auto doc = parseJson(out, python, &parseError);
    if (!doc || !doc->is_object()) {
        *why = QCoreApplication::translate("mr::cli", "unexpected answer from %1: %2")
                   .arg(python, parseError.toString());
        return false;
    }
    const auto str = [](const nlohmann::json &o, const char *k) {
        return o.contains(k) && o.at(k).is_string() ? qs(o.at(k).get<std::string>()) : QString();
    };
    env->pythonVersion = str(*doc, "version");
    env->pythonImplementation = str(*doc, "implementation");
    env->pythonExecutable = str(*doc, "executable");
    nlohmann::json packages = doc->value("packages", nlohmann::json());
    if (!packages.is_array()) {
        // Python before 3.8: ask pip.
        if (!run(python,
                 {QStringLiteral("-m"), QStringLiteral("pip"), QStringLiteral("list"),
                  QStringLiteral("--format=json")},
                 &out, why))
            return false;
        const auto list = parseJson(out, QStringLiteral("pip list"), &parseError);
        if (!list || !list->is_array()) {
            *why = QCoreApplication::translate("mr::cli", "unexpected answer from pip list: %1")
                       .arg(parseError.toString());
            return false;
        }
        packages = *list;
    }
    for (const auto &p : packages) {
        if (!p.is_object())
            continue;
        PackageEntry e;
        e.name = str(p, "name");
        e.normalized = environment::normalizeName(e.name);
        e.version = str(p, "version");
        e.url = str(p, "url");
        if (!environment::sourceFromName(str(p, "source"), &e.source))
            e.source = PackageEntry::Source::Registry;
        if (!str(p, "editable_project_location").isEmpty()) {
            e.source = PackageEntry::Source::Editable;
            e.url = str(p, "editable_project_location");
        }
        if (!e.name.isEmpty())
            env->packages.append(e);
    }
    std::sort(env->packages.begin(), env->packages.end(),
              [](const PackageEntry &a, const PackageEntry &b) { return a.normalized < b.normalized; });
    return true;
}

void captureOs(Environment *env)
{
    QFile osRelease(QStringLiteral("/etc/os-release"));
    if (osRelease.open(QIODevice::ReadOnly)) {
        static const QRegularExpression kv(QStringLiteral("^([A-Z_]+)=\"?([^\"]*)\"?$"));
        for (const QByteArray &raw : osRelease.readAll().split('\n')) {
            const auto m = kv.match(QString::fromUtf8(raw).trimmed());
            if (m.captured(1) == QLatin1String("NAME"))
                env->osName = m.captured(2);
            else if (m.captured(1) == QLatin1String("VERSION_ID"))
                env->osVersion = m.captured(2);
        }
    }
    if (env->osName.isEmpty()) {
        env->osName = QSysInfo::productType();
        env->osVersion = QSysInfo::productVersion();
    }
    env->kernel = QSysInfo::kernelVersion();
    env->architecture = QSysInfo::currentCpuArchitecture();
    env->host = QSysInfo::machineHostName();
    QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
    if (cpuinfo.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : cpuinfo.readAll().split('\n'))
            if (line.startsWith("model name")) {
                env->cpu = QString::fromUtf8(line.mid(line.indexOf(':') + 1)).trimmed();
                break;
            }
    }
    env->cpuCores = QThread::idealThreadCount();
}

void captureGpu(Environment *env)
{
    const QString smi = QStandardPaths::findExecutable(QStringLiteral("nvidia-smi"));
    if (smi.isEmpty())
        return;
    QByteArray out;
    QString why;
    if (run(smi, {QStringLiteral("--query-gpu=name,driver_version"), QStringLiteral("--format=csv,noheader")},
            &out, &why, 20000)) {
        for (const QByteArray &line : out.split('\n')) {
            const QList<QByteArray> parts = line.split(',');
            if (parts.size() >= 2) {
                env->gpus.append(QString::fromUtf8(parts[0]).trimmed());
                env->driver = QString::fromUtf8(parts[1]).trimmed();
            }
        }
    } else {
        error(QCoreApplication::translate("mr::cli", "GPU facts skipped: %1").arg(why));
    }
    if (run(smi, {}, &out, &why, 20000)) {
        static const QRegularExpression cuda(QStringLiteral("CUDA Version:\\s*([0-9.]+)"));
        env->cuda = cuda.match(QString::fromUtf8(out)).captured(1);
    }
}

void captureSettings(Environment *env)
{
    const QProcessEnvironment system = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LC_ALL", "LC_CTYPE", "LANG"})
        if (const QString v = system.value(QLatin1String(name)); !v.isEmpty()) {
            env->locale = v;
            break;
        }
    env->timezone = system.value(QStringLiteral("TZ"), QString::fromUtf8(QTimeZone::systemTimeZoneId()));
    // Variables that change numerics, threading or determinism; paths are left out on purpose.
    static const char *const kVariables[] = {"PYTHONHASHSEED",
                                             "CUBLAS_WORKSPACE_CONFIG",
                                             "OMP_NUM_THREADS",
                                             "MKL_NUM_THREADS",
                                             "OPENBLAS_NUM_THREADS",
                                             "NUMEXPR_NUM_THREADS",
                                             "VECLIB_MAXIMUM_THREADS",
                                             "CUDA_VISIBLE_DEVICES",
                                             "TF_DETERMINISTIC_OPS",
                                             "TF_CUDNN_DETERMINISTIC",
                                             "TF_ENABLE_ONEDNN_OPTS",
                                             "TOKENIZERS_PARALLELISM",
                                             "PYTORCH_CUDA_ALLOC_CONF",
                                             "NVIDIA_TF32_OVERRIDE",
                                             "MKL_CBWR",
                                             "KMP_DETERMINISTIC_REDUCTION"};
    for (const char *name : kVariables)
        if (system.contains(QLatin1String(name)))
            env->variables.insert(QLatin1String(name), system.value(QLatin1String(name)));
}

} // namespace

int runCaptureEnv(const QStringList &arguments)
{
    QString output, python;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if ((a == QLatin1String("-o") || a == QLatin1String("--output")) && i + 1 < arguments.size())
            output = arguments[++i];
        else if (a.startsWith(QLatin1String("--output=")))
            output = a.mid(9);
        else if (a == QLatin1String("--python") && i + 1 < arguments.size())
            python = arguments[++i];
        else if (a.startsWith(QLatin1String("--python=")))
            python = a.mid(9);
        else if (a == QLatin1String("--policy") && i + 1 < arguments.size()) {
            // Every command takes --policy; capturing applies none, but a malformed one is refused.
            const findings::PolicyLoadResult policy = findings::findPolicy({}, arguments[++i]);
            if (!policy.ok())
                return error(policy.error.toString()), 2;
        } else if (a == QLatin1String("-h") || a == QLatin1String("--help"))
            return usage(), 0;
        else
            return error(QCoreApplication::translate("mr::cli", "unknown argument %1").arg(a)), usage();
    }
    if (python.isEmpty()) {
        python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty())
            python = QStandardPaths::findExecutable(QStringLiteral("python"));
        if (python.isEmpty())
            return error(QCoreApplication::translate(
                       "mr::cli", "no python3 or python on PATH; name one with --python PATH")),
                   2;
    }
    Environment env;
    env.captured = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    QString why;
    if (!capturePython(python, &env, &why))
        return error(why), 2;
    captureOs(&env);
    captureGpu(&env);
    captureSettings(&env);
    const QByteArray json = QByteArray::fromStdString(environment::toJson(env).dump(2)) + '\n';
    if (output.isEmpty() || output == QLatin1String("-")) {
        std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
        std::fflush(stdout);
        return 0;
    }
    OutputTarget target;
    QString refusal;
    if (!checkOutputPath(output, nullptr, {}, &target, &refusal) || !writeOutput(target, json, &refusal))
        return error(refusal), 2;
    std::fprintf(stderr, "modelreview capture-env: wrote %s (Python %s, %d packages)\n", qPrintable(output),
                 qPrintable(env.pythonVersion), int(env.packages.size()));
    return 0;
}

} // namespace mr::cli
