#pragma once

#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

/// What one run of clientele-cli produced.
struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;

    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

/// A private temporary folder per test, and runs of the real clientele-cli in it. HOME and the
/// XDG folders point into the folder, so the default database location never touches the real
/// user's data, and CLIENTELE_DB is unset unless a test sets it.
class CliFixture
{
public:
    CliFixture();

    QString path(const QString &name) const { return m_dir.filePath(name); }
    /// The database most tests use: "clientele.sqlite" in the folder.
    QString db() const { return path(QStringLiteral("clientele.sqlite")); }
    QProcessEnvironment &environment() { return m_environment; }

    CliResult run(const QStringList &arguments) const;
    /// run() with "--db db()" in front.
    CliResult runOnDb(const QStringList &arguments) const;

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_environment;
};

/// Runs SQL on a plain connection to the file (foreign keys off, no Clientele pragmas), the way
/// another tool could damage it.
void rawExec(const QString &path, const QStringList &statements);

/// The bytes of a file, for "left unchanged" checks.
QByteArray fileBytes(const QString &path);
