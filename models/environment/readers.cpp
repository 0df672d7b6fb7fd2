// SPDX-License-Identifier: Apache-2.0
#include "models/environment/readers.h"
#include "models/environment/pep440.h"
#include "models/environment/readers_p.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

#include <climits>

namespace mr::environment {

using namespace detail;

QString formatName(Format format)
{
    switch (format) {
    case Format::Unknown: return QStringLiteral("unknown");
    case Format::ModelReviewV1: return QStringLiteral("modelreview-v1");
    case Format::Requirements: return QStringLiteral("requirements");
    case Format::PipListJson: return QStringLiteral("pip-list-json");
    case Format::CondaEnvironment: return QStringLiteral("conda-environment");
    case Format::CondaExport: return QStringLiteral("conda-export");
    case Format::CondaExplicit: return QStringLiteral("conda-explicit");
    case Format::UvLock: return QStringLiteral("uv-lock");
    case Format::PoetryLock: return QStringLiteral("poetry-lock");
    case Format::MlflowPythonEnv: return QStringLiteral("mlflow-python-env");
    case Format::MlflowModel: return QStringLiteral("mlflow-model");
    case Format::Dockerfile: return QStringLiteral("dockerfile");
    }
    return {};
}

void decodeLines(const QByteArray &data, const QString &displayName, Diagnostics *diagnostics, TextLines *out)
{
    QByteArray bytes = data;
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        // PowerShell redirects (`pip freeze > requirements.txt`) write UTF-16 with a BOM.
        QStringDecoder decoder(bytes.startsWith("\xFF\xFE") ? QStringConverter::Utf16LE
                                                            : QStringConverter::Utf16BE);
        out->text = decoder.decode(bytes.mid(2));
        out->lines = QStringView(out->text).split(QRegularExpression(QStringLiteral("\r\n|\r|\n")));
        if (!out->lines.isEmpty() && out->lines.last().isEmpty())
            out->lines.removeLast();
        return;
    }
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.mid(3);
    // Offsets first: appending to `text` may move it, so the views are made at the end.
    QList<std::pair<qsizetype, qsizetype>> spans;
    QString &text = out->text;
    text.reserve(bytes.size());
    int reported = 0;
    const char *const data0 = bytes.constData(); // const: no detach per character
    const qsizetype size = bytes.size();
    qsizetype start = 0;
    int lineNo = 0;
    while (start < size) {
        qsizetype end = start;
        bool ascii = true;
        for (; end < size && data0[end] != '\n' && data0[end] != '\r'; ++end)
            ascii = ascii && uchar(data0[end]) < 0x80;
        ++lineNo;
        const qsizetype next =
            end + ((end + 1 < size && data0[end] == '\r' && data0[end + 1] == '\n') ? 2 : 1);
        // No environment format has lines anywhere near this long: a 50 MB line costs time and
        // memory in every regular expression that looks at it, so it is dropped unread.
        constexpr qsizetype kMaxLineBytes = 1 << 20;
        if (end - start > kMaxLineBytes) {
            if (diagnostics)
                diagnostics->append(
                    {displayName,
                     lineNo,
                     0,
                     {},
                     QCoreApplication::translate("mr::Environment",
                                                 "line of %1 bytes is longer than %2 bytes: ignored")
                         .arg(end - start)
                         .arg(kMaxLineBytes)});
            spans.append({text.size(), 0});
            start = next;
            continue;
        }
        const QByteArrayView raw(data0 + start, end - start);
        const qsizetype at = text.size();
        if (ascii) {
            text.append(QLatin1StringView(raw)); // the same characters, without a decoder per line
        } else {
            QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
            QString line = utf8.decode(raw);
            if (utf8.hasError()) {
                line = QString::fromLatin1(raw);
                if (diagnostics && reported < 20)
                    diagnostics->append(
                        {displayName,
                         lineNo,
                         0,
                         {},
                         QCoreApplication::translate("mr::Environment", "not valid UTF-8; read as Latin-1")});
                else if (diagnostics && reported == 20)
                    diagnostics->append(
                        {displayName,
                         lineNo,
                         0,
                         {},
                         QCoreApplication::translate("mr::Environment",
                                                     "more lines are not valid UTF-8 (not listed)")});
                ++reported;
            }
            text.append(line);
        }
        spans.append({at, text.size() - at});
        start = next;
    }
    out->lines.reserve(spans.size());
    for (const auto &[at, length] : spans)
        out->lines.append(QStringView(text).mid(at, length));
}

QStringList decodeLines(const QByteArray &data, const QString &displayName, Diagnostics *diagnostics)
{
    TextLines decoded;
    decodeLines(data, displayName, diagnostics, &decoded);
    QStringList lines;
    lines.reserve(decoded.lines.size());
    for (QStringView line : std::as_const(decoded.lines))
        lines.append(line.toString());
    return lines;
}

Format detectFormat(const QByteArray &data, const QString &fileName)
{
    const QString fname = QFileInfo(fileName).fileName().toLower();
    QByteArray head = data.left(256 * 1024);
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.mid(3);
    const QByteArray trimmed = head.trimmed();
    if (trimmed.startsWith('{'))
        return Format::ModelReviewV1;
    if (trimmed.startsWith('[')) {
        const QByteArray rest = trimmed.mid(1).trimmed();
        if (rest.isEmpty() || rest.startsWith('{') || rest.startsWith(']'))
            return Format::PipListJson;
    }
    const QString text = QString::fromUtf8(head);
    auto has = [&](const char *pattern) {
        return QRegularExpression(QString::fromLatin1(pattern), QRegularExpression::MultilineOption)
            .match(text)
            .hasMatch();
    };
    if (has("^@EXPLICIT\\s*$"))
        return Format::CondaExplicit;
    if (has("^\\[\\[package\\]\\]\\s*$") || has("^\\[metadata\\]\\s*$")) {
        if (has("^lock-version\\s*=") || has("^content-hash\\s*=") || fname == QLatin1String("poetry.lock"))
            return Format::PoetryLock;
        return Format::UvLock;
    }
    if (has("^flavors:\\s*$"))
        return Format::MlflowModel;
    if (has("^build_dependencies:\\s*$") || (has("^python:\\s*\\S") && has("^dependencies:\\s*$")))
        return Format::MlflowPythonEnv;
    if (has("^dependencies:\\s*$"))
        return Format::CondaEnvironment;
    // Dockerfile: the first instruction is FROM (or ARG before FROM), and there is a FROM.
    static const QRegularExpression instruction(QStringLiteral("^\\s*([A-Za-z]+)\\s"));
    int condaLines = 0, otherLines = 0;
    QString firstInstruction;
    for (const QString &raw : text.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        if (line.startsWith(QLatin1String("# platform:")))
            return Format::CondaExport;
        if (line.startsWith(QLatin1Char('#')))
            continue;
        if (firstInstruction.isEmpty())
            firstInstruction = instruction.match(line + QLatin1Char(' ')).captured(1).toUpper();
        static const QRegularExpression conda(QStringLiteral("^[A-Za-z0-9_.+-]+=[^=\\s]+=[^=\\s]+$"));
        (conda.match(line).hasMatch() ? condaLines : otherLines)++;
    }
    if ((firstInstruction == QLatin1String("FROM") || firstInstruction == QLatin1String("ARG")) &&
        has("^\\s*[Ff][Rr][Oo][Mm]\\s+\\S"))
        return Format::Dockerfile;
    if (fname == QLatin1String("dockerfile") || fname == QLatin1String("containerfile") ||
        fname.endsWith(QLatin1String(".dockerfile")))
        return Format::Dockerfile;
    if (condaLines > 0 && condaLines >= otherLines)
        return Format::CondaExport;
    return Format::Requirements;
}

namespace detail {

QString ReadContext::display(const QString &path) const
{
    const QString rel = QDir(root).relativeFilePath(QFileInfo(path).absoluteFilePath());
    return rel.startsWith(QLatin1String("..")) ? path : rel;
}

void ReadContext::warn(const QString &path, int line, const QString &message, const QString &where)
{
    if (!countOnly())
        report({display(path), line, 0, where, message});
}

bool ReadContext::countOnly()
{
    if (reported < kMaxDiagnostics)
        return false;
    ++notListed;
    return true;
}

void ReadContext::report(Diagnostic diagnostic)
{
    ++reported;
    env->diagnostics.append(std::move(diagnostic));
}

void ReadContext::finish(const QString &path)
{
    if (notListed == 0)
        return;
    // Outside the translate() call: lupdate's parser never returns from a template argument list
    // there.
    const int count = notListed > INT_MAX ? INT_MAX : int(notListed);
    env->diagnostics.append(
        {display(path), 0, 0, QString(),
         QCoreApplication::translate("mr::Environment", "%n more problem(s) not listed one by one", nullptr,
                                     count)});
}

bool ReadContext::load(const QString &path, QByteArray *data, const QString &fromPath, int fromLine)
{
    auto fail = [&](const QString &message) {
        if (fromPath.isEmpty())
            warn(path, 0, message);
        else
            warn(fromPath, fromLine, QStringLiteral("%1: %2").arg(display(path), message));
        return false;
    };
    const QFileInfo info(path);
    if (!info.exists())
        return fail(QCoreApplication::translate("mr::Environment", "file not found"));
    if (!info.isFile())
        return fail(QCoreApplication::translate("mr::Environment", "not a regular file"));
    if (info.size() > maxBytes)
        return fail(
            QCoreApplication::translate("mr::Environment", "file too large (%1 bytes; the limit is %2)")
                .arg(info.size())
                .arg(maxBytes));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(
            QCoreApplication::translate("mr::Environment", "cannot open: %1").arg(file.errorString()));
    *data = file.readAll();
    const bool utf16 = data->startsWith("\xFF\xFE") || data->startsWith("\xFE\xFF");
    const qsizetype nul = utf16 ? -1 : data->left(1024 * 1024).indexOf('\0');
    if (nul >= 0) {
        int line = 0, column = 0;
        const QByteArray before = data->left(nul);
        line = int(before.count('\n')) + 1;
        column = int(nul - before.lastIndexOf('\n'));
        env->diagnostics.append(
            {display(path),
             line,
             column,
             {},
             QCoreApplication::translate("mr::Environment", "binary file (NUL byte at offset %1); not read")
                 .arg(nul)});
        return false;
    }
    return true;
}

QString ReadContext::resolveInclude(const QString &fromPath, int line, const QString &relative)
{
    if (relative.contains(QLatin1String("://")) && !relative.startsWith(QLatin1String("file:"))) {
        warn(fromPath, line,
             QCoreApplication::translate("mr::Environment", "remote include not followed: %1").arg(relative));
        return {};
    }
    QString target = relative;
    if (target.startsWith(QLatin1String("file://")))
        target = target.mid(7);
    const QString absolute = QDir::cleanPath(QFileInfo(fromPath).absoluteDir().absoluteFilePath(target));
    auto inside = [&](const QString &p) { return p == root || p.startsWith(root + QLatin1Char('/')); };
    if (!inside(absolute) && !inside(QFileInfo(absolute).canonicalFilePath())) {
        warn(fromPath, line,
             QCoreApplication::translate("mr::Environment",
                                         "include points outside the package, not followed: %1")
                 .arg(relative));
        return {};
    }
    const QFileInfo info(absolute);
    if (!info.exists()) {
        warn(fromPath, line,
             QCoreApplication::translate("mr::Environment", "included file not found: %1").arg(relative));
        return {};
    }
    const QString canonical = info.canonicalFilePath();
    if (!inside(canonical)) { // through a symbolic link
        warn(fromPath, line,
             QCoreApplication::translate("mr::Environment",
                                         "include points outside the package, not followed: %1")
                 .arg(relative));
        return {};
    }
    if (stack.contains(canonical)) {
        QStringList chain;
        for (const QString &p : std::as_const(stack).mid(stack.indexOf(canonical)))
            chain.append(display(p));
        chain.append(display(canonical));
        warn(fromPath, line,
             QCoreApplication::translate("mr::Environment", "include loop, not followed: %1")
                 .arg(chain.join(QStringLiteral(" -> "))));
        return {};
    }
    if (stack.size() >= 16) {
        warn(fromPath, line,
             QCoreApplication::translate("mr::Environment", "includes nested too deeply, not followed: %1")
                 .arg(relative));
        return {};
    }
    return canonical;
}

int ReadContext::findOrAddIndex(const QString &normalized, int next, bool *added)
{
    const qsizetype known = hashIndex.size();
    int &slot = hashIndex[nameHash(normalized)]; // inserts when new: the size tells which
    *added = hashIndex.size() != known;
    if (*added)
        return slot = next;
    if (env->packages[slot].normalized == normalized)
        return slot;
    const qsizetype collided = collidedIndex.size();
    int &other = collidedIndex[normalized];
    *added = collidedIndex.size() != collided;
    return *added ? other = next : other;
}

void ReadContext::addPackage(PackageEntry entry)
{
    bool added = false;
    // Entries appended by other means since the last call are indexed first; the first entry
    // of a name wins, as in indexOf().
    for (; indexedPackages < env->packages.size(); ++indexedPackages)
        findOrAddIndex(env->packages[indexedPackages].normalized, indexedPackages, &added);
    const int next = int(env->packages.size());
    const int index = findOrAddIndex(entry.normalized, next, &added);
    if (!added) {
        const PackageEntry &first = env->packages[index];
        const bool differs = first.version != entry.version || first.specifier != entry.specifier ||
                             first.marker == entry.marker;
        if (differs && !countOnly()) {
            report({entry.file, entry.line, 0, entry.name,
                    QCoreApplication::translate("mr::Environment",
                                                "%1 listed again (first at %2:%3); the first entry is used")
                        .arg(entry.name, first.file)
                        .arg(first.line)});
        }
        return;
    }
    env->packages.append(std::move(entry));
    indexedPackages = int(env->packages.size());
}

void readAny(ReadContext &ctx, const QString &path, const QByteArray &data, Format format)
{
    if (format == Format::Unknown)
        format = detectFormat(data, path);
    if (ctx.env->format.isEmpty())
        ctx.env->format = formatName(format);
    auto lines = [&] { return decodeLines(data, ctx.display(path), &ctx.env->diagnostics); };
    switch (format) {
    case Format::Unknown:
    case Format::Requirements: {
        TextLines text;
        decodeLines(data, ctx.display(path), &ctx.env->diagnostics, &text);
        readRequirements(ctx, path, text.lines);
        break;
    }
    case Format::ModelReviewV1: readV1(ctx, path, data); break;
    case Format::PipListJson: readPipList(ctx, path, data); break;
    case Format::CondaEnvironment: readCondaEnvironment(ctx, path, data); break;
    case Format::CondaExport: readCondaExport(ctx, path, lines()); break;
    case Format::CondaExplicit: readCondaExplicit(ctx, path, lines()); break;
    case Format::UvLock: readUvLock(ctx, path, data); break;
    case Format::PoetryLock: readPoetryLock(ctx, path, data); break;
    case Format::MlflowPythonEnv: readPythonEnv(ctx, path, data); break;
    case Format::MlflowModel: readMlModel(ctx, path, data); break;
    case Format::Dockerfile: readDockerfile(ctx, path, lines()); break;
    }
}

void readDockerfile(ReadContext &ctx, const QString &path, const QStringList &lines)
{
    // The final stage's base image; a stage built FROM an earlier stage resolves to that
    // stage's base. ARG defaults declared before FROM are substituted.
    static const QRegularExpression argRe(QStringLiteral("^\\s*ARG\\s+([A-Za-z_][A-Za-z0-9_]*)(?:=(\\S*))?"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression fromRe(
        QStringLiteral("^\\s*FROM\\s+(?:--platform=\\S+\\s+)?(\\S+)(?:\\s+AS\\s+(\\S+))?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression varRe(
        QStringLiteral("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\\}?"));
    QMap<QString, QString> args, stages;
    QString image;
    int imageLine = 0;
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines[i];
        if (const auto a = argRe.match(line); a.hasMatch()) {
            args.insert(a.captured(1), a.captured(2).remove(QLatin1Char('"')));
            continue;
        }
        const auto f = fromRe.match(line);
        if (!f.hasMatch()) {
            if (line.trimmed().startsWith(QLatin1String("FROM"), Qt::CaseInsensitive))
                ctx.warn(path, i + 1,
                         QCoreApplication::translate("mr::Environment", "FROM line not understood: %1")
                             .arg(line.trimmed()),
                         QStringLiteral("FROM"));
            continue;
        }
        QString ref = f.captured(1);
        for (int guard = 0; guard < 8; ++guard) {
            const auto v = varRe.match(ref);
            if (!v.hasMatch())
                break;
            const QString value = args.value(v.captured(1), v.captured(2));
            if (value.isEmpty())
                ctx.warn(path, i + 1,
                         QCoreApplication::translate("mr::Environment", "build argument %1 has no default")
                             .arg(v.captured(1)),
                         QStringLiteral("FROM"));
            ref.replace(v.capturedStart(), v.capturedLength(), value);
        }
        const QString resolved = stages.value(ref.toLower(), ref);
        if (!f.captured(2).isEmpty())
            stages.insert(f.captured(2).toLower(), resolved);
        image = resolved;
        imageLine = i + 1;
    }
    if (image.isEmpty())
        ctx.warn(path, 0, QCoreApplication::translate("mr::Environment", "no FROM line"));
    else if (ctx.env->baseImage.isEmpty())
        ctx.env->baseImage = image;
    Q_UNUSED(imageLine);
}

} // namespace detail

Environment readEnvironmentFile(const QString &path, const QString &name, const ReadOptions &options)
{
    Environment env;
    env.name = name;
    ReadContext ctx;
    const QFileInfo info(path);
    const QString root = options.root.isEmpty() ? info.absolutePath() : options.root;
    ctx.root = QFileInfo(root).canonicalFilePath();
    if (ctx.root.isEmpty())
        ctx.root = QDir::cleanPath(QFileInfo(root).absoluteFilePath());
    ctx.maxBytes = options.maxBytes;
    ctx.env = &env;
    env.file = ctx.display(path);
    QByteArray data;
    if (!ctx.load(path, &data)) {
        env.failed = true;
        return env;
    }
    const QString canonical =
        info.canonicalFilePath().isEmpty() ? info.absoluteFilePath() : info.canonicalFilePath();
    ctx.stack.append(canonical);
    readAny(ctx, canonical, data, Format::Unknown);
    ctx.finish(path);
    return env;
}

} // namespace mr::environment
