// SPDX-License-Identifier: Apache-2.0
#include "models/report/report_p.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextOption>

namespace mr::report {

QString formatName(Format format)
{
    switch (format) {
    case Format::Html: return QStringLiteral("html");
    case Format::Pdf: return QStringLiteral("pdf");
    case Format::Markdown: return QStringLiteral("md");
    case Format::Json: return QStringLiteral("json");
    }
    return {};
}

bool formatFromName(const QString &name, Format *format)
{
    const QString n = name.toLower();
    if (n == QLatin1String("markdown")) {
        *format = Format::Markdown;
        return true;
    }
    for (Format f : {Format::Html, Format::Pdf, Format::Markdown, Format::Json}) {
        if (formatName(f) == n) {
            *format = f;
            return true;
        }
    }
    return false;
}

QString formatSuffix(Format format)
{
    return QLatin1Char('.') + formatName(format);
}

bool writePdfReport(const Analysis &analysis, const review::ReviewDocument *review, const QString &path,
                    QString *error, const ReportOptions &options)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        if (error)
            *error = QCoreApplication::translate(
                "mr::Report", "PDF reports need a QGuiApplication (run with QT_QPA_PLATFORM=offscreen)");
        return false;
    }
    QTextDocument doc;
    for (const SectionReport &s : analysis.sections) {
        if (!s.image.isNull())
            doc.addResource(QTextDocument::ImageResource, QUrl(detail::resourceName(s)), s.image);
    }
    // Lines break between words only: a word wider than its table column widens the column
    // instead of being cut ("Toleran ce"); identifiers get break points (htmlDocument).
    QTextOption text = doc.defaultTextOption();
    text.setWrapMode(QTextOption::WordWrap);
    doc.setDefaultTextOption(text);
    doc.setHtml(detail::htmlDocument(analysis, review, options, detail::ImageMode::Resource));
    // Write to a temporary file first so a failure never leaves half a PDF under `path`.
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QCoreApplication::translate("mr::Report", "%1: cannot write: %2")
                         .arg(path, out.errorString());
        return false;
    }
    {
        QPdfWriter writer(&out);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(300);
        writer.setTitle(QCoreApplication::translate("mr::Report", "Review report: %1")
                            .arg(analysis.package
                                     ? analysis.package->name
                                     : QCoreApplication::translate("mr::Report", "(no package)")));
        writer.setCreator(QStringLiteral("ModelReview"));
        // Left unpaginated, print() lays a copy out on A4 at the writer's resolution with the
        // fonts scaled to it (a page size in device pixels would shrink the text to nothing).
        doc.print(&writer);
    }
    if (!out.commit()) {
        if (error)
            *error = QCoreApplication::translate("mr::Report", "%1: cannot write: %2")
                         .arg(path, out.errorString());
        return false;
    }
    return true;
}

bool writeReport(Format format, const Analysis &analysis, const review::ReviewDocument *review,
                 const QString &path, QString *error, const ReportOptions &options)
{
    if (format == Format::Pdf)
        return writePdfReport(analysis, review, path, error, options);
    QByteArray data;
    switch (format) {
    case Format::Html: data = htmlReport(analysis, review, options).toUtf8(); break;
    case Format::Markdown: data = markdownReport(analysis, review, options).toUtf8(); break;
    case Format::Json: {
        // Written in pieces: a streamed section (a million metrics) is never one string.
        QSaveFile out(path);
        bool ok = out.open(QIODevice::WriteOnly);
        writeJsonText(jsonDocument(analysis, review, options), analysis.sections,
                      [&](std::string_view piece) {
                          ok = ok && out.write(piece.data(), qint64(piece.size())) == qint64(piece.size());
                      });
        if (!ok || !out.commit()) {
            if (error)
                *error = QStringLiteral("%1: cannot write: %2").arg(path, out.errorString());
            return false;
        }
        return true;
    }
    case Format::Pdf: break;
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size() || !out.commit()) {
        if (error)
            *error = QCoreApplication::translate("mr::Report", "%1: cannot write: %2")
                         .arg(path, out.errorString());
        return false;
    }
    return true;
}

} // namespace mr::report
