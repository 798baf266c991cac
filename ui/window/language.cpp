// SPDX-License-Identifier: MIT
#include "ui/window/language.hpp"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QEvent>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <utility>

namespace ys::ui {
namespace {

const QString kLanguageKey = QStringLiteral("view/language");
// Where cmake/Translations.cmake embeds the program's .qm files.
const QString kTranslationsResource = QStringLiteral(":/i18n");

constexpr std::array<std::pair<const char*, Language>, 3> kCodes{
    {{"system", Language::System}, {"en", Language::English}, {"ru", Language::Russian}}};

Language& installed()
{
    static Language language = Language::System;
    return language;
}

// The application's translator of that name, made on first use; it lives as long as the
// application does.
QTranslator& translator(const char* name)
{
    QCoreApplication* app = QCoreApplication::instance();
    auto* found = app->findChild<QTranslator*>(QString::fromLatin1(name), Qt::FindDirectChildrenOnly);
    if (found != nullptr) return *found;
    auto* made = new QTranslator(app);
    made->setObjectName(QString::fromLatin1(name));
    return *made;
}

// The numbers' locale when the program speaks English: the system's while that is English (or
// the plain C locale), so that an English reader keeps the separators of their own region, and
// otherwise English's: a decimal point under English words, never a German or Russian comma.
QLocale englishNumbers()
{
    const QLocale system = QLocale::system();
    if (system.language() == QLocale::English || system.language() == QLocale::C) return system;
    return {QLocale::English, QLocale::UnitedStates};
}

QSettings userSettings()
{
    // The file ui/preferences.cpp keeps the window's other preferences in.
    return {QSettings::IniFormat, QSettings::UserScope, QStringLiteral("yieldscope"),
            QStringLiteral("yieldscope")};
}

} // namespace

QString languageCode(Language language)
{
    for (const auto& [code, value] : kCodes) {
        if (value == language) return QString::fromLatin1(code);
    }
    return QStringLiteral("system");
}

std::optional<Language> languageFromCode(const QString& code)
{
    for (const auto& [name, value] : kCodes) {
        if (code == QLatin1String(name)) return value;
    }
    return std::nullopt;
}

void installLanguage(Language language)
{
    QTranslator& program = translator("yieldscope_translator");
    QTranslator& qt = translator("qt_translator");
    QCoreApplication::removeTranslator(&program);
    QCoreApplication::removeTranslator(&qt);
    installed() = language;
    // Numbers (%L1, times with decimals) are written as the language of the words around them
    // writes them: QLocale() is that language's, whatever the system's is.
    QLocale::setDefault(englishNumbers());
    if (language == Language::English) return; // the sources' own language
    const QLocale locale =
        language == Language::Russian ? QLocale(QLocale::Russian, QLocale::Russia) : QLocale::system();
    // Qt's own texts (standard buttons, dialogs) only with the program's, so that a system
    // language the program does not speak leaves everything in English, not half of it.
    if (!program.load(locale, QStringLiteral("yieldscope"), QStringLiteral("_"), kTranslationsResource))
        return;
    QLocale::setDefault(locale);
    QCoreApplication::installTranslator(&program);
    if (qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qt);
}

Language installedLanguage() { return installed(); }

Language savedLanguage()
{
    const QSettings settings = userSettings();
    return languageFromCode(settings.value(kLanguageKey).toString()).value_or(Language::System);
}

void saveLanguage(Language language)
{
    QSettings settings = userSettings();
    settings.setValue(kLanguageKey, languageCode(language));
}

LanguageMenu::LanguageMenu(QWidget* parent) : QMenu(parent)
{
    setObjectName(QStringLiteral("languageMenu"));
    auto* group = new QActionGroup(this);
    for (const auto& [code, language] : kCodes) {
        QAction* action = addAction(QString());
        action->setObjectName(QStringLiteral("language_") + QString::fromLatin1(code));
        action->setCheckable(true);
        action->setData(QString::fromLatin1(code));
        group->addAction(action);
        actions_.at(static_cast<std::size_t>(language)) = action;
        connect(action, &QAction::triggered, this, [this, l = language] {
            choose(l);
            saveLanguage(l);
        });
    }
    chosen_ = installedLanguage();
    actions_.at(static_cast<std::size_t>(chosen_))->setChecked(true);
    retranslate();
}

void LanguageMenu::choose(Language language)
{
    actions_.at(static_cast<std::size_t>(language))->setChecked(true);
    if (language == chosen_ && language == installedLanguage()) return;
    chosen_ = language;
    installLanguage(language);
    emit languageChosen(language);
}

void LanguageMenu::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) retranslate();
    QMenu::changeEvent(event);
}

void LanguageMenu::retranslate()
{
    setTitle(tr("&Language"));
    actions_.at(static_cast<std::size_t>(Language::System))->setText(tr("&System"));
    // Each language by its own name, readable whichever language is on.
    actions_.at(static_cast<std::size_t>(Language::English))->setText(QStringLiteral("English"));
    actions_.at(static_cast<std::size_t>(Language::Russian))->setText(QStringLiteral("Русский"));
}

} // namespace ys::ui
