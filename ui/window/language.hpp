// SPDX-License-Identifier: MIT
// The language of the program's text: the system's (the default), English or Russian. Choosing
// one installs the program's and Qt's translations at once, without a restart: every widget gets
// QEvent::LanguageChange and sets its texts again. The choice is kept in the user's settings
// (view/language, beside ui/preferences.cpp's) and offered as View > Language.
#pragma once

#include <QMenu>
#include <QString>

#include <array>
#include <optional>

class QAction;
class QActionGroup;

namespace ys::ui {

enum class Language { System, English, Russian };

// "system", "en", "ru": the settings' and the command line's words.
QString languageCode(Language language);
std::optional<Language> languageFromCode(const QString& code);

// Installs the translations of `language` in the running application, replacing any installed
// before (English: none), and makes that language's locale the default QLocale, so that numbers
// read as its readers write them ("1,5 с", "1.5 s"). Needs a QCoreApplication.
void installLanguage(Language language);
// The language installed last (System before any).
Language installedLanguage();

// The choice kept in the settings (System when none, or when it is not one of ours).
Language savedLanguage();
void saveLanguage(Language language);

// View > Language: System, English, Русский, one checked. Choosing installs the language and
// keeps it in the settings. The main window adds it with one line:
//   view->addMenu(new ys::ui::LanguageMenu(view));
class LanguageMenu : public QMenu {
    Q_OBJECT

public:
    explicit LanguageMenu(QWidget* parent = nullptr);

    void choose(Language language);
    Language chosen() const { return chosen_; }

signals:
    void languageChosen(ys::ui::Language language);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    std::array<QAction*, 3> actions_{};
    Language chosen_ = Language::System;
};

} // namespace ys::ui
