// SPDX-License-Identifier: Apache-2.0
#include "models/report/analysis.h"
#include "models/findings/applypolicy.h"
#include "models/package/packagefindings.h"

#if defined(MR_REPORT_HAVE_CODE) && __has_include("models/code/codereport.h")
#include "models/code/codereport.h"
#define MR_REPORT_CODE 1
#endif
#if defined(MR_REPORT_HAVE_DATASET) && __has_include("models/dataset/datasetreport.h")
#include "models/dataset/datasetreport.h"
#define MR_REPORT_DATASET 1
#endif
#if defined(MR_REPORT_HAVE_ENVIRONMENT) && __has_include("models/environment/environmentreport.h")
#include "models/environment/environmentreport.h"
#define MR_REPORT_ENVIRONMENT 1
#endif
#if defined(MR_REPORT_HAVE_RESULTS) && __has_include("models/results/resultsreport.h")
#include "models/results/resultsreport.h"
#define MR_REPORT_RESULTS 1
#endif

namespace mr::report {

namespace {
using Builder = SectionReport (*)(const Package &);
struct Part
{
    const char *id;
    Builder build;
};

QList<Part> parts()
{
    QList<Part> out;
#ifdef MR_REPORT_CODE
    out.append(Part{"code", &mr::code::buildSectionReport});
#endif
#ifdef MR_REPORT_DATASET
    out.append(Part{"dataset", &mr::dataset::buildSectionReport});
#endif
#ifdef MR_REPORT_ENVIRONMENT
    out.append(Part{"environments", &mr::environment::buildSectionReport});
#endif
#ifdef MR_REPORT_RESULTS
    out.append(Part{"results", static_cast<Builder>(&mr::results::buildSectionReport)});
#endif
    return out;
}
} // namespace

QStringList availableSections()
{
    QStringList out;
    for (const Part &p : parts())
        out << QString::fromLatin1(p.id);
    return out;
}

Analysis analyze(const PackagePtr &package, const findings::Policy &policy,
                 const findings::Suppressions &suppressions)
{
    if (!package)
        return {};
    return analyze(package, computeDigestSync(package->rootPath), policy, suppressions);
}

Analysis analyze(const PackagePtr &package, const DigestResult &digest, const findings::Policy &policy,
                 const findings::Suppressions &suppressions)
{
    Analysis a;
    a.package = package;
    a.policy = policy;
    a.suppressions = suppressions;
    if (!package)
        return a;
    a.digest = digest;
    a.findings = packageFindings(*package, &a.digest);
    for (const Part &p : parts()) {
        SectionReport s;
        try {
            s = p.build(*package);
        } catch (const std::exception &e) {
            // A pane's failure is confined to its section; the rest of the report still builds.
            s.json = {{"error", e.what()}};
            s.markdown = markdownEscape(QString::fromUtf8(e.what()));
            s.html = QString::fromUtf8(e.what()).toHtmlEscaped();
        }
        if (s.id.isEmpty())
            s.id = QString::fromLatin1(p.id);
        if (s.title.isEmpty())
            s.title = s.id.left(1).toUpper() + s.id.mid(1);
        a.findings += s.findings;
        a.sections << s;
    }
    a.findings = findings::applyPolicy(a.findings, a.policy, a.suppressions);
    return a;
}

} // namespace mr::report
