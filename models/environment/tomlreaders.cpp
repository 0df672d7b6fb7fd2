// SPDX-License-Identifier: Apache-2.0
// TOML lock files: uv.lock and poetry.lock.
#include "models/environment/pep440.h"
#include "models/environment/readers_p.h"

#include <toml++/toml.h>

#include <QCoreApplication>
#include <optional>

namespace mr::environment::detail {

namespace {

std::optional<toml::table> parse(ReadContext &ctx, const QString &path, const QByteArray &data)
{
    const std::string text = data.toStdString();
    const std::string source = ctx.display(path).toStdString();
#if TOML_EXCEPTIONS
    try {
        return toml::parse(text, source);
    } catch (const toml::parse_error &err) {
        ctx.env->diagnostics.append(
            {ctx.display(path),
             int(err.source().begin.line),
             int(err.source().begin.column),
             {},
             QCoreApplication::translate("mr::Environment", "TOML: %1")
                 .arg(QString::fromUtf8(err.description().data(), qsizetype(err.description().size())))});
    }
#else
    toml::parse_result result = toml::parse(text, source);
    if (result)
        return std::move(result).table();
    const auto &err = result.error();
    ctx.env->diagnostics.append(
        {ctx.display(path),
         int(err.source().begin.line),
         int(err.source().begin.column),
         {},
         QCoreApplication::translate("mr::Environment", "TOML: %1")
             .arg(QString::fromUtf8(err.description().data(), qsizetype(err.description().size())))});
#endif
    ctx.env->failed = true;
    return std::nullopt;
}

QString str(const toml::node_view<const toml::node> &node)
{
    if (auto s = node.value<std::string>())
        return QString::fromStdString(*s);
    if (auto i = node.value<int64_t>())
        return QString::number(*i);
    return {};
}

int lineOf(const toml::node *node)
{
    return node ? int(node->source().begin.line) : 0;
}

// Reads every [[package]] with name and version; `describe` fills source and url.
template<typename Describe>
void readPackages(ReadContext &ctx, const QString &path, const toml::table &root, Describe describe)
{
    const toml::array *packages = root["package"].as_array();
    if (!packages) {
        ctx.warn(path, 0, QCoreApplication::translate("mr::Environment", "no [[package]] entries"),
                 QStringLiteral("package"));
        return;
    }
    int index = 0;
    for (const toml::node &node : *packages) {
        const QString where = QStringLiteral("package[%1]").arg(index++);
        const toml::table *t = node.as_table();
        if (!t) {
            ctx.warn(path, lineOf(&node), QCoreApplication::translate("mr::Environment", "expected a table"),
                     where);
            continue;
        }
        const toml::node_view<const toml::node> view(t);
        PackageEntry e;
        e.name = str(view["name"]);
        e.version = str(view["version"]);
        e.line = lineOf(t->get("name") ? t->get("name") : t);
        e.file = ctx.display(path);
        if (e.name.isEmpty()) {
            ctx.warn(path, e.line,
                     QCoreApplication::translate("mr::Environment", "package without a name ignored"), where);
            continue;
        }
        if (e.version.isEmpty())
            e.specifier = QStringLiteral("*");
        e.normalized = normalizeName(e.name);
        describe(view, &e);
        ctx.addPackage(std::move(e));
    }
}

} // namespace

void readUvLock(ReadContext &ctx, const QString &path, const QByteArray &data)
{
    const auto root = parse(ctx, path, data);
    if (!root)
        return;
    const toml::node *version = root->get("version");
    const QString v = version ? str(toml::node_view<const toml::node>(version)) : QString();
    if (v != QLatin1String("1"))
        ctx.warn(
            path, lineOf(version),
            QCoreApplication::translate(
                "mr::Environment", "unknown uv.lock version \"%1\" (this version reads 1); read as version 1")
                .arg(v),
            QStringLiteral("version"));
    readPackages(ctx, path, *root, [](const toml::node_view<const toml::node> &p, PackageEntry *e) {
        const auto source = p["source"];
        if (auto s = str(source["editable"]); !s.isEmpty()) {
            e->source = PackageEntry::Source::Editable;
            e->url = s;
        } else if (auto s2 = str(source["virtual"]); !s2.isEmpty()) {
            e->source = PackageEntry::Source::Editable;
            e->url = s2;
        } else if (auto g = str(source["git"]); !g.isEmpty()) {
            e->source = PackageEntry::Source::Vcs;
            e->url = g;
        } else if (auto f = str(source["path"]); !f.isEmpty()) {
            e->source = PackageEntry::Source::File;
            e->url = f;
        } else if (auto d = str(source["directory"]); !d.isEmpty()) {
            e->source = PackageEntry::Source::File;
            e->url = d;
        } else if (auto u = str(source["url"]); !u.isEmpty()) {
            e->source = PackageEntry::Source::File;
            e->url = u;
        }
    });
}

void readPoetryLock(ReadContext &ctx, const QString &path, const QByteArray &data)
{
    const auto root = parse(ctx, path, data);
    if (!root)
        return;
    const toml::node_view<const toml::node> metadata((*root)["metadata"].node());
    const QString lockVersion = str(metadata["lock-version"]);
    static const QStringList known = {QStringLiteral("1.0"), QStringLiteral("1.1"), QStringLiteral("1.2"),
                                      QStringLiteral("2.0"), QStringLiteral("2.1")};
    if (!known.contains(lockVersion))
        ctx.warn(path,
                 lineOf(metadata["lock-version"].node() ? metadata["lock-version"].node() : metadata.node()),
                 QCoreApplication::translate(
                     "mr::Environment",
                     "unknown poetry.lock lock-version \"%1\" (this version reads %2); read as 2.0")
                     .arg(lockVersion, known.join(QStringLiteral(", "))),
                 QStringLiteral("metadata.lock-version"));
    readPackages(ctx, path, *root, [](const toml::node_view<const toml::node> &p, PackageEntry *e) {
        const auto source = p["source"];
        const QString type = str(source["type"]);
        const QString url = str(source["url"]);
        if (type == QLatin1String("git")) {
            e->source = PackageEntry::Source::Vcs;
            const QString rev = str(source["resolved_reference"]);
            e->url = rev.isEmpty() ? url : url + QLatin1Char('@') + rev;
        } else if (type == QLatin1String("directory")) {
            e->source =
                p["develop"].value_or(false) ? PackageEntry::Source::Editable : PackageEntry::Source::File;
            e->url = url;
        } else if (type == QLatin1String("file") || type == QLatin1String("url")) {
            e->source = PackageEntry::Source::File;
            e->url = url;
        }
    });
}

} // namespace mr::environment::detail
