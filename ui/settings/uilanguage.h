#pragma once

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace Autocoder::Ui {

/// The language Autocoder speaks: the system's, or the one chosen in Settings
/// (AppSettings::language). Applied once at startup, before any window exists.
class UiLanguage
{
    Q_DECLARE_TR_FUNCTIONS(UiLanguage)

public:
    struct Choice
    {
        QString code; ///< AppSettings::language: empty for the system's
        QString name; ///< the language in its own words, so anyone finds theirs
    };
    /// System default, then each language the app is translated into.
    static QList<Choice> choices();

    /// The locale for a Settings value: the system's for "" (or an unknown code).
    static QLocale localeFor(const QString &code);

    /// Installs Qt's own translations (qtbase_xx from QLibraryInfo::TranslationsPath: the
    /// standard buttons) and the app's (autocoder_xx in @p directory) for @p locale, in place
    /// of any installed before, and makes @p locale the default for numbers and dates. A
    /// language the app is not translated into gets the English plural forms. Returns the
    /// files loaded.
    static QStringList install(const QLocale &locale,
                               const QString &directory = QStringLiteral(":/i18n"));

    /// The Settings value the running app applied at startup (empty: the system's), so that
    /// Settings can tell a change apart.
    static QString activeChoice();
    static void setActiveChoice(const QString &code);
};

} // namespace Autocoder::Ui
