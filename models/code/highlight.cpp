// SPDX-License-Identifier: Apache-2.0
#include "models/code/highlight.h"

#ifdef MODELREVIEW_HAVE_KSH
#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

#include <QColor>
#include <QFileInfo>
#include <QMutex>

#include <memory>
#endif

namespace mr::code {

#ifdef MODELREVIEW_HAVE_KSH

namespace {

namespace ksh = KSyntaxHighlighting;

// The one Repository of the process. Repository and Definition are not thread-safe, so every
// use happens under this mutex (highlighting runs on worker threads).
QMutex &repositoryMutex()
{
    static QMutex mutex;
    return mutex;
}

ksh::Repository &repository()
{
    static ksh::Repository repo; // created on first use, under repositoryMutex()
    return repo;
}

class SpanHighlighter : public ksh::AbstractHighlighter
{
public:
    LineStyles highlight(QStringView text, ksh::State *state)
    {
        m_spans.clear();
        *state = highlightLine(text, *state);
        return m_spans;
    }

protected:
    void applyFormat(int offset, int length, const ksh::Format &format) override
    {
        if (length <= 0 || format.textStyle() == ksh::Theme::Error)
            return;
        const ksh::Theme t = theme();
        StyleSpan span;
        span.start = offset;
        span.length = length;
        if (format.hasTextColor(t))
            span.color = format.textColor(t).rgba();
        span.bold = format.isBold(t);
        span.italic = format.isItalic(t);
        if (span.color == 0 && !span.bold && !span.italic)
            return; // default text: nothing to draw differently
        m_spans.append(span);
    }

private:
    LineStyles m_spans;
};

ksh::Definition definitionFor(const QString &path)
{
    return repository().definitionForFileName(QFileInfo(path).fileName());
}

} // namespace

bool highlightingAvailable()
{
    return true;
}

QString syntaxNameFor(const QString &path)
{
    QMutexLocker lock(&repositoryMutex());
    const ksh::Definition def = definitionFor(path);
    return def.isValid() ? def.name() : QString();
}

QList<LineStyles> highlightLines(const QString &path, const QStringList &lines, bool darkTheme)
{
    QMutexLocker lock(&repositoryMutex());
    const ksh::Definition def = definitionFor(path);
    if (!def.isValid() || lines.isEmpty())
        return {};
    SpanHighlighter highlighter;
    highlighter.setDefinition(def);
    highlighter.setTheme(
        repository().defaultTheme(darkTheme ? ksh::Repository::DarkTheme : ksh::Repository::LightTheme));
    QList<LineStyles> out;
    out.reserve(lines.size());
    ksh::State state;
    for (const QString &line : lines)
        out.append(highlighter.highlight(line, &state));
    return out;
}

#else

bool highlightingAvailable()
{
    return false;
}
QString syntaxNameFor(const QString &)
{
    return {};
}
QList<LineStyles> highlightLines(const QString &, const QStringList &, bool)
{
    return {};
}

#endif

} // namespace mr::code
