// SPDX-License-Identifier: Apache-2.0
#include "packfixture.h"
#include "gitfixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

namespace packfixture {

namespace {
QByteArray md5(const QByteArray &b)
{
    return QCryptographicHash::hash(b, QCryptographicHash::Md5).toHex();
}
} // namespace

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QByteArray environmentJson(const QString &host)
{
    return QStringLiteral(R"({"format": "modelreview.environment/v1", "captured": "2026-11-21T07:58:40Z",
 "host": "%1", "os": {"name": "Debian GNU/Linux", "version": "12"},
 "python": {"version": "3.11.2", "implementation": "CPython"},
 "packages": [{"name": "numpy", "version": "1.26.4", "source": "registry"}]}
)")
        .arg(host)
        .toUtf8();
}

QString makePlainProject(const QString &dir)
{
    GitFixture fx(dir, false);
    fx.write(QStringLiteral("train.py"), "print('v1')\n");
    fx.write(QStringLiteral("requirements.txt"), "numpy==1.26.4\nscikit-learn==1.5.2\n");
    fx.write(QStringLiteral(".gitignore"), "/build/\n");
    fx.commit(QStringLiteral("first"));
    fx.write(QStringLiteral("train.py"), "print('v2')\n");
    fx.write(QStringLiteral("metrics.json"), "{\"accuracy\": 0.91}\n");
    fx.commit(QStringLiteral("second"));
    fx.checkout();
    return fx.error();
}

QString makeDvcProject(const QString &dir)
{
    const QByteArray metrics = "{\"test\": {\"roc_auc\": 0.91, \"avg_prec\": 0.74}}\n";
    const QByteArray train = "id,label\n1,0\n2,1\n", test = "id,label\n3,1\n";
    const QByteArray xml = "<posts><row Id=\"1\"/></posts>\n";
    const QByteArray listing = QByteArray("[{\"md5\": \"") + md5(test) + "\", \"relpath\": \"test.csv\"}, " +
                               "{\"md5\": \"" + md5(train) + "\", \"relpath\": \"train.csv\"}]";
    const QByteArray dirMd5 = md5(listing);
    const QByteArray lock =
        "schema: '2.0'\nstages:\n  prepare:\n    cmd: python src/prepare.py data/data.xml\n"
        "    deps:\n    - path: data/data.xml\n      hash: md5\n"
        "      md5: 22a1a2931c8370d3aeedd7183606fd7f\n      size: 14445097\n"
        "    outs:\n    - path: data/prepared\n      hash: md5\n      md5: " +
        dirMd5 + ".dir\n      size: " + QByteArray::number(train.size() + test.size()) +
        "\n      nfiles: 2\n  evaluate:\n    cmd: python src/evaluate.py\n    outs:\n"
        "    - path: eval/metrics.json\n      hash: md5\n      md5: " +
        md5(metrics) + "\n      size: " + QByteArray::number(metrics.size()) + "\n";
    GitFixture fx(dir, false);
    fx.write(QStringLiteral("src/prepare.py"), "print('prepare')\n");
    fx.write(QStringLiteral("src/evaluate.py"), "print('evaluate v1')\n");
    fx.write(QStringLiteral("requirements.txt"), "numpy==1.26.4\npandas==2.2.3\n");
    fx.write(QStringLiteral(".dvc/.gitignore"), "/cache\n/tmp\n");
    fx.write(QStringLiteral(".dvc/config"), "");
    fx.write(QStringLiteral("data/.gitignore"), "/data.xml\n/prepared\n");
    fx.write(QStringLiteral("data/data.xml.dvc"), "outs:\n- md5: " + md5(xml) +
                                                      "\n  size: " + QByteArray::number(xml.size()) +
                                                      "\n  hash: md5\n  path: data.xml\n");
    fx.commit(QStringLiteral("first"));
    fx.write(QStringLiteral("src/evaluate.py"), "print('evaluate v2')\n");
    fx.write(QStringLiteral("dvc.yaml"), "stages:\n  evaluate:\n    cmd: python src/evaluate.py\n"
                                         "    metrics:\n    - eval/metrics.json:\n        cache: false\n");
    fx.write(QStringLiteral("dvc.lock"), lock);
    fx.write(QStringLiteral("eval/metrics.json"), metrics);
    fx.commit(QStringLiteral("second"));
    fx.checkout();
    if (!fx.ok())
        return fx.error();
    // What DVC keeps beside git (ignored): the cache with the directory listing, and the data.
    const QString cache =
        QStringLiteral("%1/.dvc/cache/files/md5/%2/%3.dir")
            .arg(dir, QString::fromLatin1(dirMd5.left(2)), QString::fromLatin1(dirMd5.mid(2)));
    if (!writeFile(cache, listing) || !writeFile(dir + QStringLiteral("/data/prepared/train.csv"), train) ||
        !writeFile(dir + QStringLiteral("/data/prepared/test.csv"), test) ||
        !writeFile(dir + QStringLiteral("/data/data.xml"), xml))
        return QStringLiteral("cannot write the DVC cache");
    return {};
}

QMap<QString, QByteArray> snapshot(const QString &dir)
{
    QMap<QString, QByteArray> out;
    QDirIterator it(dir, QDir::Files | QDir::Dirs | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        struct stat st
        {
        };
        ::lstat(QFile::encodeName(path).constData(), &st);
        QByteArray value = QByteArray::number(qint64(st.st_size)) + ' ' +
                           QByteArray::number(qint64(st.st_mtim.tv_sec)) + '.' +
                           QByteArray::number(qint64(st.st_mtim.tv_nsec)) + ' ' +
                           QByteArray::number(uint(st.st_mode), 8);
        if (S_ISREG(st.st_mode))
            value += ' ' + QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256).toHex();
        out.insert(QDir(dir).relativeFilePath(path), value);
    }
    return out;
}

} // namespace packfixture
