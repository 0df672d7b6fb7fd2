// SPDX-License-Identifier: Apache-2.0
// pip requirements / freeze lines and conda exports.
#include "models/environment/pep440.h"
#include "models/environment/readers.h"
#include "models/environment/readers_p.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

namespace mr::environment {

namespace {

const QString kName = QStringLiteral("[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?");

bool isVcs(const QString &url)
{
    static const QRegularExpression re(QStringLiteral("^(git|hg|svn|bzr)\\+"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(url).hasMatch();
}

bool looksLikePath(const QString &s)
{
    if (s.contains(QLatin1Char(' ')))
        return false;
    // Static: compiled once, not once per line (a million-line freeze spent most of its time here).
    static const QRegularExpression drive(QStringLiteral("^[A-Za-z]:[\\\\/]"));
    return s.startsWith(QLatin1Char('.')) || s.startsWith(QLatin1Char('/')) ||
           s.startsWith(QLatin1Char('~')) || s.contains(QLatin1String("://")) || drive.match(s).hasMatch() ||
           s.endsWith(QLatin1String(".whl")) || s.endsWith(QLatin1String(".tar.gz")) ||
           s.endsWith(QLatin1String(".zip"));
}

QString eggName(const QString &url)
{
    static const QRegularExpression re(QStringLiteral("[#&]egg=([A-Za-z0-9._-]+)"));
    return re.match(url).captured(1);
}

// Fills the source, url and (when the file name tells) name and version of a URL or path.
void describeLocation(const QString &location, PackageEntry *e)
{
    e->url = location;
    if (isVcs(location))
        e->source = PackageEntry::Source::Vcs;
    else
        e->source = PackageEntry::Source::File;
    QString name, version;
    if (detail::nameVersionFromArchive(location, &name, &version)) {
        if (e->name.isEmpty())
            e->name = name;
        e->version = version;
    }
    if (e->name.isEmpty())
        e->name = eggName(location);
    if (e->name.isEmpty() && e->source == PackageEntry::Source::File) {
        QString path = location;
        if (path.startsWith(QLatin1String("file://")))
            path = QUrl(path).toLocalFile();
        e->name = QFileInfo(QDir::cleanPath(path)).fileName();
        if (e->name == QLatin1String(".") || e->name == QLatin1String(".."))
            e->name.clear();
    }
}

// Specifier clauses: "==1.0", ">=1,<2", "~=1.4", "===foo", "== 1.0.*".
bool parseSpecifier(const QString &text, PackageEntry *e)
{
    static const QRegularExpression clause(
        QStringLiteral("^\\s*(~=|===|==|!=|<=|>=|<|>)\\s*([A-Za-z0-9_.*+!-]+)\\s*$"));
    const QString spec = text.trimmed();
    if (spec.isEmpty()) {
        e->specifier = QStringLiteral("*"); // a bare name: any version
        return true;
    }
    const QStringList clauses = spec.split(QLatin1Char(','));
    QStringList normalized;
    for (const QString &c : clauses) {
        const auto m = clause.match(c);
        if (!m.hasMatch())
            return false;
        normalized.append(m.captured(1) + m.captured(2));
    }
    if (clauses.size() == 1) {
        const auto m = clause.match(clauses.first());
        const QString op = m.captured(1);
        if ((op == QLatin1String("==") || op == QLatin1String("===")) &&
            !m.captured(2).contains(QLatin1Char('*'))) {
            e->version = m.captured(2);
            e->specifier.clear();
            return true;
        }
    }
    e->specifier = normalized.join(QLatin1Char(','));
    return true;
}

} // namespace

namespace detail {

bool nameVersionFromArchive(const QString &pathOrUrl, QString *name, QString *version)
{
    QString file = pathOrUrl.section(QLatin1Char('#'), 0, 0).section(QLatin1Char('?'), 0, 0);
    file = file.section(QLatin1Char('/'), -1);
    static const QRegularExpression wheel(
        QStringLiteral("^([A-Za-z0-9._]+?)-([0-9][^-]*)(?:-[0-9][^-]*)?-[^-]+-[^-]+-[^-]+\\.whl$"));
    static const QRegularExpression sdist(
        QStringLiteral("^([A-Za-z0-9._-]+?)-([0-9][A-Za-z0-9.+!_]*)\\.(?:tar\\.gz|tar\\.bz2|tgz|zip)$"));
    for (const auto *re : {&wheel, &sdist}) {
        const auto m = re->match(file);
        if (m.hasMatch()) {
            *name = m.captured(1);
            *version = m.captured(2);
            return true;
        }
    }
    return false;
}

} // namespace detail

namespace {

bool asciiAlnum(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
           (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
}

// "name==version" and nothing else, with a name kName accepts and a version the specifier
// clause accepts (no '*'): the shape of nearly every pip freeze line.
bool splitPinned(QStringView line, QStringView *name, QStringView *version)
{
    const qsizetype eq = line.indexOf(QLatin1String("=="));
    if (eq <= 0 || eq + 2 >= line.size())
        return false;
    const QStringView n = line.left(eq), v = line.mid(eq + 2);
    if (!asciiAlnum(n.front()) || !asciiAlnum(n.back()))
        return false;
    for (const QChar c : n)
        if (!asciiAlnum(c) && c != QLatin1Char('.') && c != QLatin1Char('_') && c != QLatin1Char('-'))
            return false;
    for (const QChar c : v)
        if (!asciiAlnum(c) && c != QLatin1Char('.') && c != QLatin1Char('_') && c != QLatin1Char('+') &&
            c != QLatin1Char('!') && c != QLatin1Char('-'))
            return false;
    *name = n;
    *version = v;
    return true;
}

} // namespace

// Without a regex, the same entry the general path gives (a million-line freeze spent seconds
// matching expressions).
static bool parsePinned(QStringView input, RequirementLine *r)
{
    QStringView name, version;
    if (!splitPinned(input, &name, &version))
        return false;
    r->entry.name = name.toString();
    r->entry.version = version.toString();
    r->entry.normalized = normalizeName(r->entry.name);
    r->kind = RequirementLine::Kind::Requirement;
    return true;
}

RequirementLine parseRequirementLine(QStringView input)
{
    if (RequirementLine r; parsePinned(input, &r))
        return r;
    return parseRequirementLine(input.toString());
}

RequirementLine parseRequirementLine(const QString &input)
{
    RequirementLine r;
    if (parsePinned(input, &r))
        return r;
    // pip: '#' starts a comment at the line start or after whitespace (not inside "#egg=").
    static const QRegularExpression comment(QStringLiteral("(^|\\s+)#.*$"));
    QString line = input;
    line.remove(comment);
    line = line.trimmed();
    if (line.isEmpty())
        return r;

    if (line.startsWith(QLatin1Char('-'))) {
        static const QRegularExpression opt(
            QStringLiteral("^(--?[A-Za-z][A-Za-z0-9-]*)(?:[=\\s]\\s*(.*))?$"));
        const auto m = opt.match(line);
        const QString name = m.captured(1);
        const QString arg = m.captured(2).trimmed();
        if (name == QLatin1String("-r") || name == QLatin1String("--requirement")) {
            r.kind = arg.isEmpty() ? RequirementLine::Kind::Invalid : RequirementLine::Kind::Include;
            r.argument = arg;
            r.message = QCoreApplication::translate("mr::Environment", "-r needs a file");
            return r;
        }
        if (name == QLatin1String("-c") || name == QLatin1String("--constraint")) {
            r.kind = RequirementLine::Kind::Constraint;
            r.argument = arg;
            return r;
        }
        if (name == QLatin1String("-e") || name == QLatin1String("--editable")) {
            if (arg.isEmpty()) {
                r.kind = RequirementLine::Kind::Invalid;
                r.message = QCoreApplication::translate("mr::Environment", "-e needs a path or URL");
                return r;
            }
            PackageEntry &e = r.entry;
            QString location = arg;
            static const QRegularExpression extras(QStringLiteral("^(.*?)\\[([^\\]]*)\\]$"));
            if (const auto x = extras.match(location); x.hasMatch() && !isVcs(location)) {
                location = x.captured(1);
                e.extras = x.captured(2).split(QLatin1Char(','), Qt::SkipEmptyParts);
            }
            describeLocation(location, &e);
            e.version.clear(); // an editable checkout has no fixed version unless pip said so
            e.source = PackageEntry::Source::Editable;
            e.normalized = normalizeName(e.name); // empty for "-e .": the reader names it
            r.kind = RequirementLine::Kind::Requirement;
            return r;
        }
        static const QStringList known = {QStringLiteral("-i"),
                                          QStringLiteral("--index-url"),
                                          QStringLiteral("--extra-index-url"),
                                          QStringLiteral("-f"),
                                          QStringLiteral("--find-links"),
                                          QStringLiteral("--trusted-host"),
                                          QStringLiteral("--no-index"),
                                          QStringLiteral("--pre"),
                                          QStringLiteral("--prefer-binary"),
                                          QStringLiteral("--require-hashes"),
                                          QStringLiteral("--only-binary"),
                                          QStringLiteral("--no-binary"),
                                          QStringLiteral("--use-feature"),
                                          QStringLiteral("--config-settings"),
                                          QStringLiteral("-Z"),
                                          QStringLiteral("--always-unzip"),
                                          QStringLiteral("--global-option")};
        r.kind = known.contains(name) ? RequirementLine::Kind::Option : RequirementLine::Kind::Invalid;
        r.argument = line;
        r.message = QCoreApplication::translate("mr::Environment", "unknown option %1").arg(name);
        return r;
    }

    // Per-requirement options (--hash=..., --config-settings) end the requirement.
    static const QRegularExpression trailing(QStringLiteral("\\s+--[A-Za-z].*$"));
    line.remove(trailing);

    PackageEntry &e = r.entry;
    static const QRegularExpression urlForm(
        QStringLiteral("^(%1)\\s*(?:\\[([^\\]]*)\\])?\\s*@\\s*(\\S+)(?:\\s+;\\s*(.*))?$").arg(kName));
    static const QRegularExpression nameForm(
        QStringLiteral("^(%1)\\s*(?:\\[([^\\]]*)\\])?\\s*(?:\\(([^)]*)\\)|([^;]*?))\\s*(?:;\\s*(.*))?$")
            .arg(kName));
    if (const auto m = urlForm.match(line); m.hasMatch()) {
        e.name = m.captured(1);
        e.extras = m.captured(2).split(QLatin1Char(','), Qt::SkipEmptyParts);
        describeLocation(m.captured(3), &e);
        e.name = m.captured(1);
        e.marker = m.captured(4).trimmed();
    } else if (looksLikePath(line.section(QLatin1Char(';'), 0, 0).trimmed())) {
        describeLocation(line.section(QLatin1Char(';'), 0, 0).trimmed(), &e);
        e.marker = line.section(QLatin1Char(';'), 1).trimmed();
        if (e.name.isEmpty()) {
            r.kind = RequirementLine::Kind::Invalid;
            r.message = QCoreApplication::translate("mr::Environment", "cannot tell the package name of %1")
                            .arg(line);
            return r;
        }
    } else if (const auto n = nameForm.match(line); n.hasMatch()) {
        e.name = n.captured(1);
        e.extras = n.captured(2).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (QString &x : e.extras)
            x = x.trimmed();
        const QString spec = n.hasCaptured(3) ? n.captured(3) : n.captured(4);
        if (!parseSpecifier(spec, &e)) {
            r.kind = RequirementLine::Kind::Invalid;
            r.message = QCoreApplication::translate("mr::Environment", "not a requirement: %1").arg(line);
            return r;
        }
        e.marker = n.captured(5).trimmed();
    } else {
        r.kind = RequirementLine::Kind::Invalid;
        r.message = QCoreApplication::translate("mr::Environment", "not a requirement: %1").arg(line);
        return r;
    }
    e.normalized = normalizeName(e.name);
    r.kind = RequirementLine::Kind::Requirement;
    return r;
}

bool parseCondaSpec(const QString &input, PackageEntry *e)
{
    QString spec = input.trimmed();
    if (spec.contains(QLatin1String("::")))
        spec = spec.section(QLatin1String("::"), 1); // channel prefix
    static const QRegularExpression spaced(QStringLiteral("^([A-Za-z0-9_.+-]+)\\s+(\\S+)(?:\\s+(\\S+))?$"));
    static const QRegularExpression operatorStart(QStringLiteral("^[<>=!~]"));
    static const QRegularExpression eq(
        QStringLiteral("^([A-Za-z0-9_.+-]+)\\s*(==|=|>=|<=|!=|>|<|~=)?\\s*([^=\\s<>!~]*)(?:=([^=\\s]+))?$"));
    QString name, op, version, build;
    if (const auto m = spaced.match(spec); m.hasMatch() && !m.captured(2).contains(operatorStart)) {
        name = m.captured(1), op = QStringLiteral("="), version = m.captured(2), build = m.captured(3);
    } else if (const auto m2 = eq.match(spec); m2.hasMatch()) {
        name = m2.captured(1), op = m2.captured(2), version = m2.captured(3), build = m2.captured(4);
        if (op.isEmpty() && !version.isEmpty())
            return false;
    } else {
        return false;
    }
    e->name = name;
    e->normalized = normalizeName(name);
    e->build = build;
    e->source = PackageEntry::Source::Registry;
    const bool exact = (op == QLatin1String("=") || op == QLatin1String("==")) && !version.isEmpty() &&
                       !version.contains(QLatin1Char('*')) && !version.contains(QLatin1Char('|')) &&
                       !version.contains(QLatin1Char(','));
    if (exact) {
        e->version = version;
        e->specifier.clear();
    } else {
        e->version.clear();
        e->specifier = version.isEmpty() ? QStringLiteral("*") : op + version;
    }
    return true;
}

namespace detail {

// A capture header some tools (and ModelReview's example) write above a pip freeze:
// "# pip freeze, Python 3.11.9 (CPython) on macOS 14.6.1 arm64, ana-mbp.local, 2026-11-19".
static bool readCaptureHeader(ReadContext &ctx, const QString &line)
{
    static const QRegularExpression header(
        QStringLiteral(
            "^#\\s*pip "
            "freeze,\\s*Python\\s+(\\S+)(?:\\s+\\(([^)]+)\\))?(?:\\s+on\\s+(.+?)\\s+(\\S+)\\s+(\\S+?))?"
            "(?:,\\s*([^,\\s]+))?(?:,\\s*(\\S+))?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = header.match(line.trimmed());
    if (!m.hasMatch())
        return false;
    Environment &e = *ctx.env;
    auto set = [](QString &field, const QString &value) {
        if (field.isEmpty())
            field = value;
    };
    set(e.pythonVersion, m.captured(1));
    set(e.pythonImplementation, m.captured(2));
    set(e.osName, m.captured(3));
    set(e.osVersion, m.captured(4));
    set(e.architecture, m.captured(5));
    set(e.host, m.captured(6));
    set(e.captured, m.captured(7));
    return true;
}

void readRequirements(ReadContext &ctx, const QString &path, const QList<QStringView> &lines, int firstLine)
{
    const QString display = ctx.display(path);
    // pip freeze writes the name and version of an editable install without VCS in a comment.
    static const QRegularExpression editableNote(
        QStringLiteral("^#\\s*Editable .*install.*\\((%1)==([^)\\s]+)\\)").arg(kName));
    QString pendingName, pendingVersion;
    // One hash entry per line at most: grown once, not rehashed a dozen times on a big freeze.
    ctx.reserveIndex(lines.size());
    for (int i = 0; i < lines.size(); ++i) {
        const int lineNo = firstLine + i;
        // A view of the line; a string only when continuation lines are joined.
        QStringView logical = lines[i];
        QString joined;
        if (logical.endsWith(QLatin1Char('\\')) && i + 1 < lines.size()) {
            joined = logical.toString();
            while (joined.endsWith(QLatin1Char('\\')) && i + 1 < lines.size()) {
                joined.chop(1);
                joined += QLatin1Char(' ');
                joined += lines[++i];
            }
            logical = joined;
        }
        if (lineNo <= 5 && ctx.stack.size() <= 1 && readCaptureHeader(ctx, logical.toString()))
            continue;
        if (const auto note = logical.contains(QLatin1Char('#'))
                                  ? editableNote.match(logical.trimmed().toString())
                                  : QRegularExpressionMatch();
            note.hasMatch()) {
            pendingName = note.captured(1);
            pendingVersion = note.captured(2);
            continue;
        }
        RequirementLine r = parseRequirementLine(logical);
        switch (r.kind) {
        case RequirementLine::Kind::Empty:
        case RequirementLine::Kind::Option: break;
        case RequirementLine::Kind::Constraint:
            ctx.warn(path, lineNo,
                     QCoreApplication::translate("mr::Environment",
                                                 "constraints file not read as requirements: %1")
                         .arg(r.argument));
            break;
        case RequirementLine::Kind::Invalid:
            ctx.warn(path, lineNo,
                     QCoreApplication::translate("mr::Environment", "line ignored: %1").arg(r.message));
            break;
        case RequirementLine::Kind::Include: {
            const QString target = ctx.resolveInclude(path, lineNo, r.argument);
            QByteArray data;
            if (target.isEmpty() || !ctx.load(target, &data, path, lineNo))
                break;
            ctx.stack.append(target);
            TextLines included;
            decodeLines(data, ctx.display(target), &ctx.env->diagnostics, &included);
            readRequirements(ctx, target, included.lines);
            ctx.stack.removeLast();
            break;
        }
        case RequirementLine::Kind::Requirement: {
            PackageEntry e = std::move(r.entry);
            if (e.source == PackageEntry::Source::Editable && !pendingName.isEmpty()) {
                e.name = pendingName;
                e.normalized = normalizeName(pendingName);
                e.version = pendingVersion;
            } else if (e.name.isEmpty()) {
                // "-e ." names the folder it points at.
                const QString local =
                    e.url.startsWith(QLatin1String("file:")) ? QUrl(e.url).toLocalFile() : e.url;
                e.name = QFileInfo(QFileInfo(path).absoluteDir().absoluteFilePath(local))
                             .canonicalFilePath()
                             .section(QLatin1Char('/'), -1);
                if (e.name.isEmpty())
                    e.name = e.url;
                e.normalized = normalizeName(e.name);
            }
            e.file = display;
            e.line = lineNo;
            ctx.addPackage(std::move(e));
            break;
        }
        }
        if (r.kind != RequirementLine::Kind::Empty) {
            pendingName.clear();
            pendingVersion.clear();
        }
    }
}

void readCondaExport(ReadContext &ctx, const QString &path, const QStringList &lines)
{
    const QString display = ctx.display(path);
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.startsWith(QLatin1String("# platform:"))) {
            const QString platform = line.mid(11).trimmed();
            if (ctx.env->architecture.isEmpty())
                ctx.env->architecture =
                    platform.endsWith(QLatin1String("-64")) ? QStringLiteral("x86_64")
                    : platform.endsWith(QLatin1String("arm64")) || platform.endsWith(QLatin1String("aarch64"))
                        ? QStringLiteral("aarch64")
                        : QString();
            continue;
        }
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList parts = line.split(QLatin1Char('='));
        if (parts.size() < 2 || parts.size() > 3 || parts[0].isEmpty() || parts[1].isEmpty()) {
            ctx.warn(
                path, i + 1,
                QCoreApplication::translate("mr::Environment", "line ignored: not name=version=build: %1")
                    .arg(line));
            continue;
        }
        PackageEntry e;
        e.name = parts[0];
        e.normalized = normalizeName(e.name);
        e.version = parts[1];
        e.build = parts.value(2);
        e.file = display;
        e.line = i + 1;
        if (e.normalized == QLatin1String("python")) {
            if (ctx.env->pythonVersion.isEmpty())
                ctx.env->pythonVersion = e.version;
            continue;
        }
        ctx.addPackage(std::move(e));
    }
}

void readCondaExplicit(ReadContext &ctx, const QString &path, const QStringList &lines)
{
    const QString display = ctx.display(path);
    static const QRegularExpression pkg(QStringLiteral("^(.+)-([^-]+)-([^-]+)\\.(?:conda|tar\\.bz2)$"));
    bool explicitSeen = false;
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line == QLatin1String("@EXPLICIT")) {
            explicitSeen = true;
            continue;
        }
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (!explicitSeen) {
            ctx.warn(path, i + 1,
                     QCoreApplication::translate("mr::Environment", "line before @EXPLICIT ignored: %1")
                         .arg(line));
            continue;
        }
        const QString url = line.section(QLatin1Char('#'), 0, 0);
        const auto m = pkg.match(url.section(QLatin1Char('/'), -1));
        if (!m.hasMatch()) {
            ctx.warn(
                path, i + 1,
                QCoreApplication::translate("mr::Environment", "line ignored: not a conda package URL: %1")
                    .arg(line));
            continue;
        }
        PackageEntry e;
        e.name = m.captured(1);
        e.normalized = normalizeName(e.name);
        e.version = m.captured(2);
        e.build = m.captured(3);
        e.url = url;
        e.source = url.startsWith(QLatin1String("file:")) ? PackageEntry::Source::File
                                                          : PackageEntry::Source::Registry;
        e.file = display;
        e.line = i + 1;
        if (e.normalized == QLatin1String("python")) {
            if (ctx.env->pythonVersion.isEmpty())
                ctx.env->pythonVersion = e.version;
            continue;
        }
        ctx.addPackage(std::move(e));
    }
}

} // namespace detail
} // namespace mr::environment
