// SPDX-License-Identifier: Apache-2.0
#include "models/report/analysis.h"
#include "models/findings/applypolicy.h"
#include "models/package/packagefindings.h"

#include "models/code/codereport.h"
#include "models/core/paneids.h"
#include "models/dataset/datasetreport.h"
#include "models/environment/environmentreport.h"
#include "models/results/resultsreport.h"

namespace mr::report {

namespace {
using Builder = SectionReport (*)(const Package &);
struct Part
{
    PaneId pane;
    Builder build;
};

// Every pane's headless section report, in display order.
QList<Part> parts()
{
    return {Part{PaneId::Code, &mr::code::buildSectionReport},
            Part{PaneId::Dataset, &mr::dataset::buildSectionReport},
            Part{PaneId::Environment, &mr::environment::buildSectionReport},
            Part{PaneId::Results, static_cast<Builder>(&mr::results::buildSectionReport)}};
}
} // namespace

QStringList availableSections()
{
    QStringList out;
    for (const Part &p : parts())
        out << sectionKey(p.pane);
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
            s.id = sectionKey(p.pane);
        if (s.title.isEmpty())
            s.title = s.id.left(1).toUpper() + s.id.mid(1);
        a.findings += s.findings;
        a.sections << s;
    }
    a.findings = findings::applyPolicy(a.findings, a.policy, a.suppressions);
    return a;
}

} // namespace mr::report
