// SPDX-License-Identifier: Apache-2.0
#include "models/findings/rules.h"

#include <QRegularExpression>

namespace mr::findings {

namespace {
using S = Finding::Severity;

RuleInfo rule(const char *id, S severity, const char *severityText, const char *reason, const char *fix)
{
    return RuleInfo{QString::fromLatin1(id), severity,
                    severityText ? QString::fromUtf8(severityText) : Finding::severityName(severity),
                    QString::fromUtf8(reason), QString::fromUtf8(fix)};
}
} // namespace

const QList<RuleInfo> &ruleCatalogue()
{
    // Keep in the order of docs/findings.md (by pane, then id).
    static const QList<RuleInfo> rules = {
        rule("package.section-missing", S::Warning, nullptr,
             "A section (code, dataset, environments, results, artifacts) is not provided: that part "
             "cannot be reviewed.",
             "Add the section to model-package.json, or accept the finding with the reason it is absent."),
        rule("package.section-error", S::Error, nullptr,
             "A section is declared but cannot be read: its pane shows nothing trustworthy.",
             "Fix the file or path the error names."),
        rule("package.field-invalid", S::Warning, nullptr,
             "A field of model-package.json has the wrong type or form.",
             "Correct the field as the message says (see docs/package-format.md)."),
        rule("package.unknown-keys", S::Info, nullptr,
             "model-package.json holds keys this version does not know (a typo, or a newer format).",
             "Check the spelling; remove keys nobody reads."),
        rule("package.packed-dirty", S::Warning, nullptr,
             "The package was packed with --allow-dirty: its code differs from the commit it names.",
             "Commit the changes and pack again, or review the recorded changes knowingly."),
        rule("package.data-outside", S::Info, nullptr,
             "The dataset's data root lies outside the package: the package alone cannot be verified.",
             "Ship the data inside the package, or review it where it lives."),
        rule("package.digest-failed", S::Error, nullptr,
             "The package digest could not be computed: no decision can be bound to it.",
             "Fix the unreadable file the error names."),
        rule("package.mlflow-run-not-finished", S::Warning, nullptr,
             "The MLflow run's status is not FINISHED: its metrics and model may be partial.",
             "Review a finished run, or say why this one is fit."),
        rule("package.hf-dtype-mismatch", S::Warning, nullptr,
             "config.json's torch_dtype differs from the dtype of the weights in the safetensors header: the "
             "model may load in another precision than it was saved in.",
             "Correct torch_dtype, or save the weights in the declared dtype."),
        rule("package.hf-labels-mismatch", S::Warning, nullptr,
             "config.json's id2label has another size than num_labels or the card's labels: predictions get "
             "wrong names.",
             "Make id2label, num_labels and the card agree."),
        rule("package.hf-eos-mismatch", S::Warning, nullptr,
             "eos_token_id differs between config.json and generation_config.json: generation may not stop "
             "where training taught it to.",
             "Make both files name the same end-of-sequence tokens."),
        rule("package.hf-shard-missing", S::Error, nullptr,
             "A shard the weights index names is missing: the model cannot be loaded.",
             "Add the shard (git lfs pull), or fix the index."),
        rule("package.hf-weights-not-downloaded", S::Warning, nullptr,
             "A weights file is a Git LFS pointer: the weights themselves are not there to review or verify.",
             "Run git lfs pull in the clone before the review."),
        rule("package.hf-file-invalid", S::Error, nullptr,
             "config.json, a weights index or a safetensors header cannot be read.",
             "Fix the file at the place the message names."),
        rule("code.repository-missing", S::Error, nullptr,
             "The code section names no readable git repository.",
             "Include the repository (with .git) at the path the package names."),
        rule("code.revision-missing", S::Error, nullptr,
             "The base or head revision does not exist in the repository.",
             "Name revisions that exist, or include the missing history."),
        rule("code.head-unreachable", S::Warning, nullptr,
             "The head is not a descendant of the base: the diff is not the change that was made.",
             "Name a base that is an ancestor of the head."),
        rule("code.diff-failed", S::Error, nullptr, "The diff between base and head could not be computed.",
             "Check the repository for corruption (git fsck)."),
        rule("code.not-committed", S::Warning, nullptr,
             "The working tree differs from the head: the model may come from code nobody can review.",
             "Commit the changes and name the new head."),
        rule("code.head-not-checked-out", S::Info, nullptr,
             "The repository's checkout is not the head revision.", "Check out the head before packaging."),
        rule("code.submodule", S::Info, nullptr, "A submodule changed: its content is not shown.",
             "Review the submodule's own change separately."),
        rule("code.lfs-pointer", S::Warning, nullptr,
             "A file is a Git LFS pointer: its content is not in the package.", "Include the LFS objects."),
        rule("code.commit-unreachable", S::Warning, nullptr,
             "The source records a commit that no reachable git repository holds: the code cannot be "
             "reviewed.",
             "Review the run inside the repository that has the commit, or push the commit."),
        rule("code.first-commit", S::Info, nullptr,
             "The head is the repository's first commit: there is no parent to compare with.",
             "Name a base revision with --base."),
        rule("dataset.manifest-unreadable", S::Error, nullptr, "The dataset manifest cannot be read.",
             "Fix the manifest at the place the error names."),
        rule("dataset.manifest-bad-lines", S::Warning, nullptr,
             "Some manifest lines were refused; the entries they held are not reviewed.",
             "Fix the lines listed in the finding."),
        rule("dataset.path-outside-root", S::Error, nullptr,
             "A manifest path is absolute or leaves the data root: it could name any file.",
             "Use paths relative to the data root."),
        rule("dataset.duplicate-path", S::Warning, nullptr, "A path appears more than once in the manifest.",
             "Keep one entry per file."),
        rule("dataset.no-hash", S::Warning, nullptr,
             "Manifest entries without a digest: nobody can check their content.",
             "Record a SHA-256 (or MD5) for every entry listed in the finding."),
        rule("dataset.total-size", S::Warning, nullptr,
             "The stated total size does not match the entries: entries are missing or wrong.",
             "Regenerate the manifest."),
        rule("dataset.file-count", S::Warning, nullptr, "The stated file count does not match the entries.",
             "Regenerate the manifest."),
        rule("dataset.baseline-unreadable", S::Warning, nullptr,
             "The baseline manifest cannot be read: no dataset change can be shown.",
             "Fix or remove the baseline."),
        rule("dataset.not-verifiable", S::Warning, "warning (info when the package holds no data root)",
             "The data files are not available: the manifest cannot be checked against them.",
             "Ship the data root, or verify where the data lives."),
        rule("dataset.mismatch", S::Error, nullptr, "A file's content differs from its manifest digest.",
             "Find out which is right; regenerate the manifest or restore the file."),
        rule("dataset.missing", S::Error, nullptr, "A manifest entry is missing under the data root.",
             "Restore the file or remove the entry."),
        rule("dataset.unreadable", S::Error, nullptr, "A manifest entry cannot be read.",
             "Fix its permissions."),
        rule("dataset.unlisted", S::Warning, nullptr,
             "A file under the data root is not in the manifest: it may be used but is not reviewed.",
             "List it in the manifest or remove it."),
        rule("dataset.artifact-mismatch", S::Error, nullptr,
             "A model artifact differs from its stated digest.", "Package the artifact that was reviewed."),
        rule("dataset.artifact-missing", S::Error, nullptr, "A model artifact is missing.",
             "Include the artifact."),
        rule("dataset.artifact-unreadable", S::Error, nullptr, "A model artifact cannot be read.",
             "Fix its permissions."),
        rule("dataset.mlflow-input-unverifiable", S::Info, nullptr,
             "MLflow computes a dataset input's digest from the loaded data, not from files: it cannot be "
             "checked against files.",
             "Track the data with a manifest or DVC to have it verified."),
        rule("dataset.dvc-stale-lock-stage", S::Warning, nullptr,
             "dvc.lock records a stage dvc.yaml no longer has: its outputs may be left over from an old "
             "pipeline.",
             "Run dvc repro (or dvc commit) so the lock matches the pipeline."),
        rule("dataset.dvc-stage-not-locked", S::Warning, nullptr,
             "dvc.yaml defines a stage dvc.lock does not record: it has not been run since it was added.",
             "Run dvc repro and commit dvc.lock."),
        rule("dataset.dvc-param-changed", S::Warning, nullptr,
             "A parameter dvc.lock recorded differs from the params file now: the outputs are not from the "
             "current parameters.",
             "Run dvc repro, or restore the parameter."),
        rule("dataset.dvc-params-file-missing", S::Warning, nullptr,
             "A params file dvc.lock records is missing.", "Commit the params file."),
        rule("environment.missing", S::Error, nullptr,
             "The development or reference environment is not in the package: they cannot be compared.",
             "Capture both (modelreview capture-env)."),
        rule("environment.unreadable", S::Error,
             "error (warning for an environment outside the compared pair)",
             "An environment file cannot be read.", "Fix the file at the place the error names."),
        rule("environment.read-problems", S::Warning, nullptr,
             "Lines of an environment file could not be read (prose in a pip freeze, bad lines); the "
             "packages they held are not compared.",
             "Remove or fix every line listed in the finding."),
        rule("environment.editable", S::Warning, nullptr,
             "An editable install: its code is a local checkout, not a release.",
             "Install a released version."),
        rule("environment.local-path", S::Warning, nullptr,
             "A package installed from a local path that nobody else has.",
             "Install from an index or a URL."),
        rule("environment.unpinned", S::Warning, nullptr,
             "A package is not pinned: the installed version can change between installs.", "Pin it (==)."),
        rule("environment.python-minor", S::Error, nullptr,
             "Python itself differs (major or minor version) between development and reference.",
             "Use the same Python in both."),
        rule("environment.python-implementation", S::Warning, nullptr,
             "The Python implementation differs (CPython against PyPy).", "Use the same implementation."),
        rule("environment.os-different", S::Warning, nullptr, "The operating systems differ.",
             "Check the model on the reference operating system."),
        rule("environment.architecture-different", S::Error, nullptr,
             "The CPU architectures differ: native wheels and numerics can differ.",
             "Rerun the results on the reference architecture."),
        rule("environment.gpu-stack", S::Warning, nullptr,
             "The CUDA, cuDNN, driver or GPU differ between the captures: kernels and numerics can differ.",
             "Rerun on the reference stack, or align the versions."),
        rule("environment.accelerator-build", S::Warning, nullptr,
             "A package's accelerator build differs (a local version +cuXXX or +cpu against none or "
             "another): the same version number runs different code.",
             "Install the same build in both, or rerun the results on the reference build."),
        rule("environment.major-drift", S::Warning, nullptr,
             "Packages differ by a major version between development and reference: APIs and results "
             "can change.",
             "Align the versions, or rerun the results in the reference environment."),
        rule("environment.major-drift-critical", S::Error, nullptr,
             "A critical package (numpy, torch, tensorflow, scikit-learn, pandas, python, any package "
             "the head revision imports, and the policy's critical_packages) differs by a major version.",
             "Align the versions; a major version of these changes numerics or serialisation."),
        rule("environment.downgrade", S::Warning, nullptr,
             "The reference environment has an older version than development: fixes and features the "
             "model was built with are missing.",
             "Upgrade the reference, or rerun the results there."),
        rule("environment.version-unparseable", S::Info, nullptr,
             "A version is not PEP 440; it was compared as text.", "Check the version by hand."),
        rule("environment.import-missing", S::Error, nullptr,
             "The code imports a package that development has and the reference lacks.",
             "Add the package to the reference environment."),
        rule("environment.import-unresolved", S::Warning, nullptr,
             "The code imports a module no package in either environment provides.",
             "Add the package, or check the import is optional."),
        rule("environment.mlflow-python-mismatch", S::Error,
             "error (warning when only the patch version differs)",
             "MLmodel's python_version differs from the Python its environment files pin: the model is "
             "written by one Python and loaded by another.",
             "Pin the Python the model was saved with, or save it again in the pinned one."),
        rule("environment.mlflow-flavour-mismatch", S::Error,
             "error (warning when only the patch version differs)",
             "A flavour version MLmodel records (sklearn_version, ...) differs from the version the "
             "environment files pin: the pickle may not load.",
             "Pin the version the model was saved with."),
        rule("environment.mlflow-version-mismatch", S::Warning, nullptr,
             "MLmodel's mlflow_version differs from the mlflow the environment files pin.",
             "Pin the MLflow version the model was saved with."),
        rule("environment.mlflow-env-file-missing", S::Error, nullptr,
             "MLmodel names an environment file that is missing: the model's environment cannot be rebuilt.",
             "Add the file the MLmodel names."),
        rule("results.no-rerun", S::Error, nullptr,
             "No rerun results: nobody reproduced the claimed metrics.",
             "Rerun the evaluation and add its output."),
        rule("results.no-claim", S::Warning, nullptr,
             "No claimed metrics: there is nothing to check a rerun against.", "Add the claimed metrics."),
        rule("results.worse-than-claimed", S::Error, nullptr,
             "A rerun metric is worse than claimed beyond its tolerance.",
             "Find out why; correct the claim or the model."),
        rule("results.differs", S::Warning, nullptr, "A rerun metric differs from the claim.",
             "Explain the difference or tighten the claim."),
        rule("results.missing-in-rerun", S::Warning, nullptr, "A claimed metric is missing in the rerun.",
             "Rerun with every claimed metric."),
        rule("results.missing-in-claim", S::Info, nullptr, "A metric appears in the rerun only.",
             "Claim it, or ignore it."),
        rule("results.bad-input", S::Warning, nullptr, "A results file holds a value that cannot be read.",
             "Fix the value at the place named."),
        rule("results.provenance.missing", S::Info, nullptr,
             "The rerun does not say where, when or on which revision it ran.",
             "Record the rerun's provenance."),
        rule("results.provenance.unknown-environment", S::Warning, nullptr,
             "The rerun names an environment the package does not define.", "Name a defined environment."),
        rule("results.provenance.development-environment", S::Warning, nullptr,
             "The rerun ran in the development environment: nobody reproduced the results elsewhere.",
             "Rerun in the reference environment."),
        rule("results.provenance.not-reference-environment", S::Warning, nullptr,
             "The rerun ran outside the reference environment.", "Rerun in the reference environment."),
        rule("results.provenance.revision-unresolved", S::Warning, nullptr,
             "The rerun's revision cannot be found in the repository.", "Name a revision that exists."),
        rule("results.provenance.revision-mismatch", S::Error, nullptr,
             "The rerun ran on another revision than the head.", "Rerun on the head revision."),
        rule("results.dvc-metrics-missing", S::Warning, nullptr,
             "A metrics file dvc.yaml names is not in the working copy: its claimed results cannot be read.",
             "Run dvc pull or dvc repro, and commit the metrics."),
        rule("results.hf-eval-results-differ", S::Warning, nullptr,
             "A value in .eval_results differs from the card's model-index for the same dataset.",
             "Make the card and .eval_results report the same result."),
        rule("results.hf-eval-results-not-in-card", S::Info, nullptr,
             "A dataset in .eval_results is not in the card's model-index.",
             "Add the result to the card, or remove it."),
        rule("review.open-blocker", S::Error, nullptr, "A blocker comment is open.", "Resolve it."),
        rule("review.rejected", S::Error, nullptr, "The current decision is a rejection.",
             "Submit a new package."),
        rule("review.changes-requested", S::Warning, nullptr, "The current decision requests changes.",
             "Address them and ask for a new decision."),
        rule("review.stale-decision", S::Warning, nullptr,
             "The decision was made on another digest: the package changed since.",
             "Review the change and decide again."),
        rule("review.no-decision", S::Info, nullptr, "Nobody has decided yet.", "Decide."),
        rule("review.outdated-comment", S::Info, nullptr, "A comment's anchored content changed.",
             "Check the comment still applies; resolve or update it."),
    };
    return rules;
}

const RuleInfo *findRule(const QString &id)
{
    for (const RuleInfo &r : ruleCatalogue())
        if (r.id == id)
            return &r;
    return nullptr;
}

QStringList builtinCriticalPackages()
{
    return {QStringLiteral("numpy"),        QStringLiteral("torch"),  QStringLiteral("tensorflow"),
            QStringLiteral("scikit-learn"), QStringLiteral("pandas"), QStringLiteral("python")};
}

QString normalizePackageName(const QString &name)
{
    static const QRegularExpression runs(QStringLiteral("[-_.]+"));
    return name.trimmed().toLower().replace(runs, QStringLiteral("-"));
}

} // namespace mr::findings
