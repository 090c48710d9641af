#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

namespace clientele {

namespace {

QPointer<QTranslator> &installed(int slot)
{
    static QPointer<QTranslator> translators[2];
    return translators[slot];
}

void replace(int slot, QTranslator *translator)
{
    if (QTranslator *old = installed(slot)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    installed(slot) = translator;
    if (translator)
        QCoreApplication::installTranslator(translator);
}

} // namespace

bool installTranslations(const QLocale &locale)
{
    auto *own = new QTranslator(QCoreApplication::instance());
    const bool found = own->load(locale, QStringLiteral("clientele"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    // No translation for this language: English text, with English plural forms.
    if (!found && !own->load(QStringLiteral(":/i18n/clientele_en"))) {
        delete own;
        own = nullptr;
    }
    replace(0, own);

    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        replace(1, qt);
    } else {
        replace(1, nullptr);
        delete qt;
    }
    return found || locale.language() == QLocale::English;
}

} // namespace clientele
