#pragma once

#include <QByteArray>
#include <QString>

/// Gives one test process a world of its own, before Qt reads any of it.
///
/// CTest runs every test case as its own process, several at a time. Anything those processes
/// share on disk (one QSettings file under ~/.qttest, the user's data folder, a fixed temporary
/// name) lets one test wipe another's state between its write and its read, so failures come and
/// go with the scheduling. The constructor therefore points HOME, the XDG folders (config, data,
/// cache, state, runtime) and TMPDIR into one fresh private directory that is removed when the
/// process ends, and fixes the time zone and the locale, so a test sees the same world alone, in
/// any order, in parallel and on any machine (a minimal Debian root has no LANG and no TZ).
///
/// CLIENTELE_TEST_TZ and CLIENTELE_TEST_LOCALE override the fixed zone (UTC) and locale (C.UTF-8)
/// to check that the suite does not depend on them.
///
/// Construct it first thing in main(), before the QCoreApplication: Qt caches the time zone and
/// the standard paths on first use.
class TestEnvironment final
{
public:
    TestEnvironment();
    ~TestEnvironment();
    TestEnvironment(const TestEnvironment &) = delete;
    TestEnvironment &operator=(const TestEnvironment &) = delete;

    /// The private directory everything points into.
    QString root() const { return QString::fromLocal8Bit(m_root); }

private:
    QByteArray m_root;
};
