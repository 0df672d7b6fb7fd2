// SPDX-License-Identifier: Apache-2.0
// Crash-safe saves, proved by killing: a forked writer saves the review file in a loop (the
// GUI's autosave path, and the merge path taken when another reviewer saved in between) and is
// killed with SIGKILL at random points, 1,000 times per path. After every kill the file must
// parse and hold a whole state, old or new, never a mixture or a truncation.
#include "killharness.h"

#include "models/review/reviewsession.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace mr;
using namespace mr::review;

namespace {

const Person kAda{QStringLiteral("Ada"), QStringLiteral("ada@example.org")};
const Person kBob{QStringLiteral("Bob"), QStringLiteral("bob@example.org")};

Comment externalComment(const QString &body)
{
    Comment c;
    c.id = Comment::newId();
    c.author = kBob;
    c.time = QDateTime::currentDateTimeUtc();
    c.body = body;
    c.anchor = Anchor::package();
    return c;
}

QStringList bodies(const ReviewDocument &d)
{
    QStringList out;
    for (const Comment &c : d.comments)
        out << c.body;
    return out;
}

// The autosave path: the writer adds the comment "auto P-N" and saves, again and again, so a
// whole state holds "auto P-0" .. "auto P-N" of one writer, in order, for some N (or the seed).
void autosaveForever(const QString &path, const std::function<void()> &ready)
{
    ReviewSession s;
    s.setAutosaveDelay(3600 * 1000); // saved explicitly below, as the timer would
    s.open(path);
    s.setReviewer(kAda);
    const QString run = QString::number(::getpid());
    ready();
    for (int n = 0;; ++n) {
        s.addComment(Anchor::package(), QStringLiteral("auto %1-%2").arg(run).arg(n), Comment::Kind::Note);
        s.save();
    }
}

bool judgeAutosave(const QByteArray &bytes, QString *why)
{
    const ReviewLoadResult r = parseReview(bytes, QStringLiteral("review"));
    if (r.status != ReviewLoadResult::Status::Ok) {
        *why = QStringLiteral("the file does not parse: %1").arg(r.error.toString());
        return false;
    }
    // Comments of earlier writers stay (each session opened the file as it found it); the
    // comments of one writer are consecutive and complete: "auto P-0" .. "auto P-N".
    static const QRegularExpression re(QStringLiteral("^auto (\\d+)-(\\d+)$"));
    QString run;
    int next = 0;
    for (const QString &b : bodies(r.document)) {
        const auto m = re.match(b);
        if (!m.hasMatch()) {
            *why = QStringLiteral("unexpected comment \"%1\"").arg(b);
            return false;
        }
        if (m.captured(1) != run) {
            run = m.captured(1);
            next = 0;
        }
        if (m.captured(2).toInt() != next++) {
            *why = QStringLiteral("comments of writer %1 are not whole: %2")
                       .arg(run, bodies(r.document).join(u'|'));
            return false;
        }
    }
    return true;
}

// The merge path: each round another reviewer replaces the file with one comment "ext P-K",
// then this session adds "mine P-K" and saves, merging. Whole states: the seed (no comments),
// {ext P-K}, or {ext P-K, mine P-K}.
void mergeForever(const QString &path, const std::function<void()> &ready)
{
    ReviewSession s;
    s.setAutosaveDelay(3600 * 1000);
    s.open(path);
    s.setReviewer(kAda);
    const QString run = QString::number(::getpid());
    ready();
    for (int k = 0;; ++k) {
        ReviewDocument theirs;
        theirs.noteReviewer(kBob);
        theirs.comments << externalComment(QStringLiteral("ext %1-%2").arg(run).arg(k));
        QString error;
        saveReviewFile(theirs, path, &error);
        s.addComment(Anchor::package(), QStringLiteral("mine %1-%2").arg(run).arg(k), Comment::Kind::Note);
        s.save();
    }
}

bool judgeMerge(const QByteArray &bytes, QString *why)
{
    const ReviewLoadResult r = parseReview(bytes, QStringLiteral("review"));
    if (r.status != ReviewLoadResult::Status::Ok) {
        *why = QStringLiteral("the file does not parse: %1").arg(r.error.toString());
        return false;
    }
    const QStringList b = bodies(r.document);
    if (b.isEmpty())
        return true; // the seed
    const bool external = b.first().startsWith(QLatin1String("ext "));
    const bool whole = external && (b.size() == 1 ||
                                    (b.size() == 2 && b.at(1) == QStringLiteral("mine ") + b.first().mid(4)));
    if (!whole)
        *why = QStringLiteral("not a whole state: %1").arg(b.join(u'|'));
    return whole;
}

} // namespace

class TestCrashSafe : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // The first kill window; it adapts to how long saves take on this machine.
    static constexpr int kMaxDelayUs = 4000;

private Q_SLOTS:
    void killedSaves_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("suiteRounds");
        // One row per path that saves the review file. pack and carry-review have their own
        // kill tests (tst_packcrashsafe, tst_carrycrashsafe) on the same harness.
        QTest::newRow("autosave") << QStringLiteral("autosave") << 1000;
        QTest::newRow("merge") << QStringLiteral("merge") << 1000;
    }

    void killedSaves()
    {
        QFETCH(QString, path);
        QFETCH(int, suiteRounds);
        const int rounds = test::killRounds(suiteRounds);
        QVERIFY(m_dir.isValid());
        const QString file = m_dir.filePath(path + QStringLiteral(".review.json"));
        QString error;
        QVERIFY2(saveReviewFile(ReviewDocument(), file, &error), qPrintable(error)); // the seed
        test::KillCase c;
        c.path = file;
        if (path == QLatin1String("autosave")) {
            c.writeForever = [file](const std::function<void()> &ready) { autosaveForever(file, ready); };
            c.judge = judgeAutosave;
            // Each round starts from the seed, so that saves stay as quick as a real review's.
            c.reset = [file] {
                QString ignored;
                saveReviewFile(ReviewDocument(), file, &ignored);
            };
        } else {
            c.writeForever = [file](const std::function<void()> &ready) { mergeForever(file, ready); };
            c.judge = judgeMerge;
        }
        const quint32 seed = QRandomGenerator::global()->generate();
        const test::KillOutcome out = test::runKillRounds(c, rounds, kMaxDelayUs, seed);
        QVERIFY2(out.firstFailure.isEmpty(), qPrintable(out.firstFailure));
        QCOMPARE(out.rounds, rounds);
        QCOMPARE(out.wholeStates, rounds);
        // The writers did write, and kills landed both before and after saves: many different
        // whole states were found (each completed save names its writer).
        // The adaptation keeps 30-70% of each 20 rounds' kills after a completed save; the bound
        // leaves room for the rounds it takes to adapt.
        QVERIFY2(out.distinctStates > rounds / 5,
                 qPrintable(QStringLiteral("%1 distinct whole states in %2 rounds, kill window %3 us")
                                .arg(out.distinctStates)
                                .arg(out.rounds)
                                .arg(out.finalMaxDelayUs)));
        QCOMPARE(loadReviewFile(file).status, ReviewLoadResult::Status::Ok);
        // QSaveFile's temporary files of killed writers are left beside the review (never
        // inside a package, never under the review's name); the harness counts them.
        qInfo("%s: %d rounds, %d distinct whole states, kill window %d us, %d temporary files left by "
              "killed writers",
              qPrintable(path), out.rounds, out.distinctStates, out.finalMaxDelayUs, out.temporariesLeft);
    }

    // The control: a writer that truncates and rewrites in place (what QSaveFile avoids) is
    // caught by the same harness, so a pass above means something.
    void harnessCatchesTornWrites()
    {
        const QString file = m_dir.filePath(QStringLiteral("torn.review.json"));
        ReviewDocument big;
        for (int i = 0; i < 400; ++i)
            big.comments << externalComment(QStringLiteral("comment %1 ").arg(i).repeated(20));
        const QByteArray bytes = serializeReview(big);
        QString error;
        QVERIFY(saveReviewFile(big, file, &error));
        test::KillCase c;
        c.path = file;
        c.writeForever = [file, bytes](const std::function<void()> &ready) {
            ready();
            for (;;) {
                QFile f(file);
                if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered))
                    continue;
                for (qsizetype at = 0; at < bytes.size(); at += 4096)
                    f.write(bytes.constData() + at, qMin<qsizetype>(4096, bytes.size() - at));
            }
        };
        c.judge = [](const QByteArray &found, QString *why) {
            const ReviewLoadResult r = parseReview(found, QStringLiteral("torn"));
            if (r.status != ReviewLoadResult::Status::Ok)
                *why = r.error.toString();
            return r.status == ReviewLoadResult::Status::Ok;
        };
        const test::KillOutcome out = test::runKillRounds(c, 1000, kMaxDelayUs, 15);
        QVERIFY2(!out.firstFailure.isEmpty(), "the harness did not catch a writer that tears the file");
        qInfo("torn writer caught after %d rounds: %s", out.rounds, qPrintable(out.firstFailure.left(120)));
    }
};

QTEST_GUILESS_MAIN(TestCrashSafe)
#include "tst_crashsafe.moc"
