#include "settings/uilanguage.h"

#include <QLibraryInfo>
#include <QTranslator>

namespace Autocoder::Ui {

namespace {

const char *const translatorName = "autocoder-ui-language";

// The translators install() made, owned by the application, so that a second install()
// (a test, the screenshotter) replaces them rather than stacking up.
void removeInstalled()
{
    const auto translators = QCoreApplication::instance()->findChildren<QTranslator *>(
        QLatin1String(translatorName), Qt::FindDirectChildrenOnly);
    for (QTranslator *t : translators) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

QString loadInto(const QLocale &locale, const QString &name, const QString &directory)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    translator->setObjectName(QLatin1String(translatorName));
    if (!translator->load(locale, name, QStringLiteral("_"), directory)) {
        delete translator;
        return QString();
    }
    QCoreApplication::installTranslator(translator);
    return translator->filePath();
}

QString &active()
{
    static QString code;
    return code;
}

} // namespace

QString UiLanguage::activeChoice()
{
    return active();
}

void UiLanguage::setActiveChoice(const QString &code)
{
    active() = code;
}

QList<UiLanguage::Choice> UiLanguage::choices()
{
    return {
        { QString(), tr("System default") },
        { QStringLiteral("en"), QStringLiteral("English") },
        { QStringLiteral("de"), QStringLiteral("Deutsch") },
        { QStringLiteral("fr"), QStringLiteral("Fran\u00e7ais") },
    };
}

QLocale UiLanguage::localeFor(const QString &code)
{
    for (const Choice &choice : choices()) {
        if (!code.isEmpty() && choice.code == code)
            return QLocale(code);
    }
    return QLocale::system();
}

QStringList UiLanguage::install(const QLocale &locale, const QString &directory)
{
    removeInstalled();
    QLocale::setDefault(locale);
    QStringList loaded;
    const QString qt = loadInto(locale, QStringLiteral("qtbase"),
                                QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (!qt.isEmpty())
        loaded.append(qt);
    QString app = loadInto(locale, QStringLiteral("autocoder"), directory);
    if (app.isEmpty()) // a language without a translation: English, with its plural forms
        app = loadInto(QLocale(QLocale::English), QStringLiteral("autocoder"), directory);
    if (!app.isEmpty())
        loaded.append(app);
    return loaded;
}

} // namespace Autocoder::Ui
