// SPDX-License-Identifier: Apache-2.0
#include "models/environment/pythonimports.h"
#include "models/environment/pep440.h"

#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include "models/code/gitutil.h"

#include <QCoreApplication>
#include <memory>

namespace mr::environment {

namespace {

using RepositoryPtr = code::git::Repository;
using ObjectPtr = code::git::Object;
using TreePtr = code::git::Tree;
using BlobPtr = code::git::Blob;

// Captures libgit2's last error at once, naming what failed.
QString gitError(const QString &what)
{
    return code::git::lastError(-1, what).message;
}

struct WalkState
{
    QList<std::pair<QString, git_oid>> files;
    QSet<QString> firstParty;
};

int collect(const char *root, const git_tree_entry *entry, void *payload)
{
    auto *state = static_cast<WalkState *>(payload);
    const QString name = QString::fromUtf8(git_tree_entry_name(entry));
    if (git_tree_entry_type(entry) == GIT_OBJECT_TREE) {
        state->firstParty.insert(name);
        return 0;
    }
    if (git_tree_entry_type(entry) != GIT_OBJECT_BLOB || !name.endsWith(QLatin1String(".py")))
        return 0;
    state->firstParty.insert(name.chopped(3));
    state->files.append({QString::fromUtf8(root) + name, *git_tree_entry_id(entry)});
    return 0;
}

} // namespace

QList<ImportUse> importsInSource(const QString &text, const QString &file)
{
    static const QRegularExpression importRe(QStringLiteral("^\\s*import\\s+(.+?)\\s*(?:#.*)?$"));
    static const QRegularExpression fromRe(
        QStringLiteral("^\\s*from\\s+([A-Za-z_][A-Za-z0-9_.]*)\\s+import\\b"));
    static const QRegularExpression moduleRe(QStringLiteral("^([A-Za-z_][A-Za-z0-9_]*)"));
    QList<ImportUse> uses;
    QSet<QString> seen;
    auto add = [&](const QString &dotted, int line) {
        const QString top = moduleRe.match(dotted.trimmed()).captured(1);
        if (top.isEmpty() || top == QLatin1String("__future__") || seen.contains(top))
            return;
        seen.insert(top);
        uses.append({top, file, line});
    };
    const QStringList lines = text.split(QLatin1Char('\n'));
    QString openQuote; // inside a triple-quoted string
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines[i];
        if (!openQuote.isEmpty()) {
            if (line.count(openQuote) % 2 == 1)
                openQuote.clear();
            continue;
        }
        if (const auto m = fromRe.match(line); m.hasMatch()) {
            add(m.captured(1), i + 1);
        } else if (const auto m2 = importRe.match(line); m2.hasMatch()) {
            for (const QString &part :
                 m2.captured(1).remove(QLatin1Char('(')).remove(QLatin1Char(')')).split(QLatin1Char(',')))
                add(part.trimmed().section(QLatin1Char(' '), 0, 0), i + 1);
        }
        for (const char *q : {"\"\"\"", "'''"}) {
            const QString quote = QLatin1String(q);
            if (line.count(quote) % 2 == 1) {
                openQuote = quote;
                break;
            }
        }
    }
    return uses;
}

ImportScan scanRepositoryImports(const QString &repositoryPath, const QString &revision,
                                 const std::atomic_bool *cancel)
{
    ImportScan scan;
    scan.revision = revision;
    code::git::ensureInitialised();
    git_repository *rawRepo = nullptr;
    if (git_repository_open_ext(&rawRepo, repositoryPath.toUtf8().constData(), GIT_REPOSITORY_OPEN_NO_SEARCH,
                                nullptr) < 0) {
        scan.error = gitError(QCoreApplication::translate("mr::Environment", "cannot open the repository %1")
                                  .arg(repositoryPath));
        return scan;
    }
    const RepositoryPtr repo(rawRepo);
    git_object *rawObject = nullptr;
    if (git_revparse_single(&rawObject, repo.get(), revision.toUtf8().constData()) < 0) {
        scan.error = gitError(
            QCoreApplication::translate("mr::Environment", "cannot resolve revision %1").arg(revision));
        return scan;
    }
    const ObjectPtr object(rawObject);
    git_object *rawTree = nullptr;
    if (git_object_peel(&rawTree, object.get(), GIT_OBJECT_TREE) < 0) {
        scan.error =
            gitError(QCoreApplication::translate("mr::Environment", "revision %1 has no tree").arg(revision));
        return scan;
    }
    const TreePtr tree(reinterpret_cast<git_tree *>(rawTree));
    WalkState state;
    if (git_tree_walk(tree.get(), GIT_TREEWALK_PRE, collect, &state) < 0) {
        scan.error = gitError(
            QCoreApplication::translate("mr::Environment", "cannot walk the tree of %1").arg(revision));
        return scan;
    }
    QMap<QString, ImportUse> firstUse;
    for (const auto &[path, oid] : std::as_const(state.files)) {
        if (cancel && cancel->load()) {
            scan.error = QStringLiteral("canceled");
            return scan;
        }
        git_blob *rawBlob = nullptr;
        if (git_blob_lookup(&rawBlob, repo.get(), &oid) < 0) {
            scan.error = gitError(QCoreApplication::translate("mr::Environment", "cannot read %1").arg(path));
            return scan;
        }
        const BlobPtr blob(rawBlob);
        const auto size = git_blob_rawsize(blob.get());
        if (size > 8 * 1024 * 1024 || git_blob_is_binary(blob.get()))
            continue;
        ++scan.filesScanned;
        const QString text =
            QString::fromUtf8(static_cast<const char *>(git_blob_rawcontent(blob.get())), qsizetype(size));
        for (const ImportUse &use : importsInSource(text, path)) {
            if (isStandardLibraryModule(use.module) || state.firstParty.contains(use.module))
                continue;
            auto it = firstUse.find(use.module);
            if (it == firstUse.end() || path < it->file)
                firstUse.insert(use.module, use);
        }
    }
    scan.imports = firstUse.values();
    scan.ok = true;
    return scan;
}

bool isStandardLibraryModule(const QString &module)
{
    // sys.stdlib_module_names (3.11), plus modules removed since 3.0 that old code still imports.
    static const QSet<QString> names = [] {
        const QString list = QStringLiteral(
            "abc aifc antigravity argparse array ast asynchat asyncio asyncore atexit audioop base64 bdb "
            "binascii bisect builtins bz2 cProfile calendar cgi cgitb chunk cmath cmd code codecs codeop "
            "collections colorsys compileall concurrent configparser contextlib contextvars copy copyreg "
            "crypt "
            "csv ctypes curses dataclasses datetime dbm decimal difflib dis distutils doctest email "
            "encodings "
            "ensurepip enum errno faulthandler fcntl filecmp fileinput fnmatch fractions ftplib functools gc "
            "genericpath getopt getpass gettext glob graphlib grp gzip hashlib heapq hmac html http idlelib "
            "imaplib imghdr imp importlib inspect io ipaddress itertools json keyword lib2to3 linecache "
            "locale "
            "logging lzma mailbox mailcap marshal math mimetypes mmap modulefinder msilib msvcrt "
            "multiprocessing "
            "netrc nis nntplib nt ntpath nturl2path numbers opcode operator optparse os ossaudiodev pathlib "
            "pdb "
            "pickle pickletools pipes pkgutil platform plistlib poplib posix posixpath pprint profile pstats "
            "pty "
            "pwd py_compile pyclbr pydoc pydoc_data pyexpat queue quopri random re readline reprlib resource "
            "rlcompleter runpy sched secrets select selectors shelve shlex shutil signal site smtpd smtplib "
            "sndhdr socket socketserver spwd sqlite3 sre_compile sre_constants sre_parse ssl stat statistics "
            "string stringprep struct subprocess sunau symtable sys sysconfig syslog tabnanny tarfile "
            "telnetlib "
            "tempfile termios textwrap this threading time timeit tkinter token tokenize tomllib trace "
            "traceback "
            "tracemalloc tty turtle turtledemo types typing unicodedata unittest urllib uu uuid venv "
            "warnings "
            "wave weakref webbrowser winreg winsound wsgiref xdrlib xml xmlrpc zipapp zipfile zipimport zlib "
            "zoneinfo __main__ __builtin__ ConfigParser Queue StringIO cPickle urllib2 urlparse httplib");
        const QStringList parts = list.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        return QSet<QString>(parts.cbegin(), parts.cend());
    }();
    return module.startsWith(QLatin1Char('_')) || names.contains(module);
}

QStringList distributionsForImport(const QString &module)
{
    static const QHash<QString, QStringList> table = {
        {QStringLiteral("sklearn"), {QStringLiteral("scikit-learn")}},
        {QStringLiteral("skimage"), {QStringLiteral("scikit-image")}},
        {QStringLiteral("cv2"),
         {QStringLiteral("opencv-python"), QStringLiteral("opencv-python-headless"),
          QStringLiteral("opencv-contrib-python"), QStringLiteral("opencv-contrib-python-headless"),
          QStringLiteral("opencv"), QStringLiteral("py-opencv")}},
        {QStringLiteral("PIL"), {QStringLiteral("pillow"), QStringLiteral("pillow-simd")}},
        {QStringLiteral("yaml"), {QStringLiteral("pyyaml")}},
        {QStringLiteral("bs4"), {QStringLiteral("beautifulsoup4")}},
        {QStringLiteral("dateutil"), {QStringLiteral("python-dateutil")}},
        {QStringLiteral("dotenv"), {QStringLiteral("python-dotenv")}},
        {QStringLiteral("jwt"), {QStringLiteral("pyjwt")}},
        {QStringLiteral("jose"), {QStringLiteral("python-jose")}},
        {QStringLiteral("multipart"), {QStringLiteral("python-multipart")}},
        {QStringLiteral("Crypto"), {QStringLiteral("pycryptodome"), QStringLiteral("pycrypto")}},
        {QStringLiteral("OpenSSL"), {QStringLiteral("pyopenssl")}},
        {QStringLiteral("serial"), {QStringLiteral("pyserial")}},
        {QStringLiteral("usb"), {QStringLiteral("pyusb")}},
        {QStringLiteral("zmq"), {QStringLiteral("pyzmq")}},
        {QStringLiteral("git"), {QStringLiteral("gitpython")}},
        {QStringLiteral("github"), {QStringLiteral("pygithub")}},
        {QStringLiteral("attr"), {QStringLiteral("attrs")}},
        {QStringLiteral("mpl_toolkits"), {QStringLiteral("matplotlib")}},
        {QStringLiteral("pkg_resources"), {QStringLiteral("setuptools")}},
        {QStringLiteral("docx"), {QStringLiteral("python-docx")}},
        {QStringLiteral("pptx"), {QStringLiteral("python-pptx")}},
        {QStringLiteral("magic"), {QStringLiteral("python-magic")}},
        {QStringLiteral("fitz"), {QStringLiteral("pymupdf")}},
        {QStringLiteral("Levenshtein"),
         {QStringLiteral("levenshtein"), QStringLiteral("python-levenshtein")}},
        {QStringLiteral("umap"), {QStringLiteral("umap-learn")}},
        {QStringLiteral("faiss"),
         {QStringLiteral("faiss-cpu"), QStringLiteral("faiss-gpu"), QStringLiteral("faiss")}},
        {QStringLiteral("onnxruntime"), {QStringLiteral("onnxruntime"), QStringLiteral("onnxruntime-gpu")}},
        {QStringLiteral("tensorflow"),
         {QStringLiteral("tensorflow"), QStringLiteral("tensorflow-cpu"), QStringLiteral("tensorflow-gpu"),
          QStringLiteral("tensorflow-macos"), QStringLiteral("tf-nightly")}},
        {QStringLiteral("torch"), {QStringLiteral("torch"), QStringLiteral("pytorch")}},
        {QStringLiteral("xgboost"), {QStringLiteral("xgboost"), QStringLiteral("py-xgboost")}},
        {QStringLiteral("lightgbm"), {QStringLiteral("lightgbm"), QStringLiteral("py-lightgbm")}},
        {QStringLiteral("psycopg2"), {QStringLiteral("psycopg2"), QStringLiteral("psycopg2-binary")}},
        {QStringLiteral("MySQLdb"), {QStringLiteral("mysqlclient")}},
        {QStringLiteral("absl"), {QStringLiteral("absl-py")}},
        {QStringLiteral("IPython"), {QStringLiteral("ipython")}},
        {QStringLiteral("websocket"), {QStringLiteral("websocket-client")}},
        {QStringLiteral("kafka"), {QStringLiteral("kafka-python")}},
        {QStringLiteral("bson"), {QStringLiteral("pymongo")}},
        {QStringLiteral("grpc"), {QStringLiteral("grpcio")}},
        {QStringLiteral("google"),
         {QStringLiteral("protobuf"), QStringLiteral("google-cloud-storage"),
          QStringLiteral("google-api-core"), QStringLiteral("google-auth")}},
        {QStringLiteral("ruamel"), {QStringLiteral("ruamel-yaml")}},
        {QStringLiteral("Bio"), {QStringLiteral("biopython")}},
        {QStringLiteral("tensorflow_hub"), {QStringLiteral("tensorflow-hub")}},
    };
    const auto it = table.constFind(module);
    if (it != table.constEnd())
        return *it;
    return {normalizeName(module)};
}

} // namespace mr::environment
