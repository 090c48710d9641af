#include "testenvironment.h"

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <system_error>

#include <sys/stat.h>

namespace {

QByteArray environmentOr(const char *name, const char *fallback)
{
    const QByteArray value = qgetenv(name);
    return value.isEmpty() ? QByteArray(fallback) : value;
}

void makePrivateDirectory(const QByteArray &path)
{
    // XDG_RUNTIME_DIR must be 0700 and ours, or QStandardPaths warns and picks another one.
    std::error_code error;
    std::filesystem::create_directories(path.constData(), error);
    ::chmod(path.constData(), S_IRWXU);
}

} // namespace

TestEnvironment::TestEnvironment()
{
    // mkdtemp rather than QTemporaryDir: no Qt state may be touched before the variables are set.
    QByteArray base = qgetenv("TMPDIR");
    std::error_code error;
    if (base.isEmpty() || !std::filesystem::is_directory(base.constData(), error))
        base = "/tmp";
    QByteArray pattern = base + "/clientele-test-XXXXXX";
    if (!::mkdtemp(pattern.data())) {
        std::perror("clientele tests: cannot create a private temporary directory");
        std::abort();
    }
    m_root = pattern;

    const struct
    {
        const char *variable;
        const char *folder;
    } folders[] = {{"HOME", "/home"},
                   {"XDG_CONFIG_HOME", "/home/.config"},
                   {"XDG_DATA_HOME", "/home/.local/share"},
                   {"XDG_CACHE_HOME", "/home/.cache"},
                   {"XDG_STATE_HOME", "/home/.local/state"},
                   {"XDG_RUNTIME_DIR", "/runtime"},
                   {"TMPDIR", "/tmp"}};
    for (const auto &folder : folders) {
        const QByteArray path = m_root + folder.folder;
        makePrivateDirectory(path);
        qputenv(folder.variable, path);
    }
    qunsetenv("CLIENTELE_DB");

    qputenv("TZ", environmentOr("CLIENTELE_TEST_TZ", "UTC"));
    ::tzset();
    const QByteArray locale = environmentOr("CLIENTELE_TEST_LOCALE", "C.UTF-8");
    qputenv("LC_ALL", locale);
    qputenv("LANG", locale);
    qunsetenv("LANGUAGE");
}

TestEnvironment::~TestEnvironment()
{
    std::error_code error;
    std::filesystem::remove_all(m_root.constData(), error);
}
