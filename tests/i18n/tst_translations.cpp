// SPDX-License-Identifier: Apache-2.0
// The shipped translations are complete: every message lupdate finds in app/, widgets/ and
// models/ is in each .ts file, finished, non-empty, not obsolete, and keeps its source's
// placeholders and accelerator. MR_TS_DIR overrides the folder (to check a copy).
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    QString type;             // attribute of <translation>: "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one, or the numerus forms
    bool numerus = false;
    QString key() const { return context + QLatin1Char('\x1f') + source + QLatin1Char('\x1f') + comment; }
};

QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": cannot open");
        return out;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("context"))
                context.clear();
            else if (name == QLatin1String("name"))
                context = xml.readElementText();
            else if (name == QLatin1String("message")) {
                m = Message{};
                m.context = context;
                m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source"))
                m.source = xml.readElementText();
            else if (name == QLatin1String("comment"))
                m.comment = xml.readElementText();
            else if (name == QLatin1String("translation")) {
                m.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!m.numerus)
                    m.translations.append(xml.readElementText());
            } else if (name == QLatin1String("numerusform"))
                m.translations.append(xml.readElementText());
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            out.append(m);
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2:%3: %4")
                     .arg(path)
                     .arg(xml.lineNumber())
                     .arg(xml.columnNumber())
                     .arg(xml.errorString());
    return out;
}

// %1..%99, %L1, %n, %Ln, sorted: a translation may reorder them but not drop or add one.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(?:\\d{1,2}|n)"));
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.append(it.next().captured());
    out.sort();
    return out;
}

// A menu accelerator: "&" before a letter or digit ("&&" is a literal ampersand).
bool hasAccelerator(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("(?<!&)&(?!&)[^&\\s]"));
    QString t = text;
    t.remove(QStringLiteral("&&"));
    return re.match(t).hasMatch();
}

QString tsDir()
{
    const QString over = qEnvironmentVariable("MR_TS_DIR");
    return over.isEmpty() ? QStringLiteral(MR_TRANSLATIONS_DIR) : over;
}

QString describe(const Message &m)
{
    return QStringLiteral("[%1] \"%2\"").arg(m.context, m.source.left(80));
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void complete_data();
    void complete();
    void placeholdersKept_data() { complete_data(); }
    void placeholdersKept();
    void nothingMissing_data() { complete_data(); }
    void nothingMissing();
    void placeholderExtraction();
};

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("ts");
    for (const char *lang : {"de", "ja"})
        QTest::newRow(lang) << QDir(tsDir()).filePath(
            QStringLiteral("modelreview_%1.ts").arg(QLatin1String(lang)));
}

void TestTranslations::complete()
{
    QFETCH(QString, ts);
    QString error;
    const QList<Message> messages = readTs(ts, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(messages.size() > 100,
             qPrintable(QStringLiteral("%1: only %2 messages").arg(ts).arg(messages.size())));
    QStringList bad;
    for (const Message &m : messages) {
        if (!m.type.isEmpty())
            bad << QStringLiteral("%1 %2").arg(m.type, describe(m));
        else if (m.translations.isEmpty() ||
                 std::any_of(m.translations.cbegin(), m.translations.cend(),
                             [](const QString &t) { return t.trimmed().isEmpty(); }))
            bad << QStringLiteral("empty %1").arg(describe(m));
    }
    QVERIFY2(bad.isEmpty(), qPrintable(ts + QStringLiteral(":\n  ") + bad.join(QStringLiteral("\n  "))));
}

void TestTranslations::placeholdersKept()
{
    QFETCH(QString, ts);
    QString error;
    const QList<Message> messages = readTs(ts, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList bad;
    for (const Message &m : messages) {
        const QStringList want = placeholders(m.source);
        for (const QString &t : m.translations) {
            if (t.isEmpty())
                continue; // reported by complete()
            const QStringList got = placeholders(t);
            if (got != want)
                bad << QStringLiteral("%1: source has {%2}, translation \"%3\" has {%4}")
                           .arg(describe(m), want.join(QLatin1Char(',')), t.left(80),
                                got.join(QLatin1Char(',')));
            if (hasAccelerator(m.source) != hasAccelerator(t))
                bad << QStringLiteral("%1: accelerator \"&\" %2 in \"%3\"")
                           .arg(describe(m),
                                hasAccelerator(m.source) ? QStringLiteral("missing")
                                                         : QStringLiteral("added"),
                                t);
        }
    }
    QVERIFY2(bad.isEmpty(), qPrintable(ts + QStringLiteral(":\n  ") + bad.join(QStringLiteral("\n  "))));
}

void TestTranslations::nothingMissing()
{
    QFETCH(QString, ts);
    QString error;
    const QList<Message> before = readTs(ts, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // lupdate writes into a copy: the source tree is never touched by a test.
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString copy = tmp.filePath(QFileInfo(ts).fileName());
    QVERIFY(QFile::copy(ts, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QStringList args = QStringLiteral(MR_LUPDATE_OPTIONS).split(QLatin1Char('|'), Qt::SkipEmptyParts);
    args << QStringLiteral("-I") << QStringLiteral(MR_SOURCE_DIR);
    args << QStringLiteral(MR_LUPDATE_DIRS).split(QLatin1Char('|'), Qt::SkipEmptyParts);
    args << QStringLiteral("-ts") << copy;
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(MR_LUPDATE), args);
    QVERIFY2(lupdate.waitForFinished(240000), "lupdate did not finish");
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             qPrintable(QString::fromLocal8Bit(lupdate.readAll())));

    const QList<Message> after = readTs(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QSet<QString> had;
    for (const Message &m : before)
        had.insert(m.key());
    QSet<QString> found;
    QStringList missing;
    for (const Message &m : after) {
        found.insert(m.key());
        if (!had.contains(m.key()))
            missing << describe(m);
    }
    QStringList stale;
    for (const Message &m : before)
        if (!found.contains(m.key()))
            stale << describe(m);
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1: lupdate adds %2 message(s):\n  %3")
                                               .arg(ts)
                                               .arg(missing.size())
                                               .arg(missing.join(QStringLiteral("\n  ")))));
    QVERIFY2(stale.isEmpty(), qPrintable(QStringLiteral("%1: %2 message(s) no longer in the sources:\n  %3")
                                             .arg(ts)
                                             .arg(stale.size())
                                             .arg(stale.join(QStringLiteral("\n  ")))));
}

// The checker itself: what counts as a placeholder and an accelerator.
void TestTranslations::placeholderExtraction()
{
    QCOMPARE(placeholders(QStringLiteral("%2 of %L1 (%n)")),
             (QStringList{QStringLiteral("%2"), QStringLiteral("%L1"), QStringLiteral("%n")}));
    QCOMPARE(placeholders(QStringLiteral("100% sure")), QStringList{});
    QVERIFY(placeholders(QStringLiteral("%1 and %2")) != placeholders(QStringLiteral("%1 und %1")));
    QVERIFY(hasAccelerator(QStringLiteral("&File")));
    QVERIFY(hasAccelerator(QStringLiteral("ファイル(&F)")));
    QVERIFY(hasAccelerator(QStringLiteral("Paket &öffnen…")));
    QVERIFY(!hasAccelerator(QStringLiteral("Fish && Chips")));
    QVERIFY(!hasAccelerator(QStringLiteral("File")));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
