// SPDX-License-Identifier: MIT
#include "app/language_option.hpp"

#include "app/command_line_text.hpp"

#include "ui/window/language.hpp"

#include <QCoreApplication>

namespace ys::app {
namespace {

// The language of --lang; none: the saved choice (the window) or the system's.
std::optional<ui::Language>& chosen()
{
    static std::optional<ui::Language> language;
    return language;
}

bool& windowOpens()
{
    static bool opens = false;
    return opens;
}

// Called by the constructor of the application object, whichever mode makes it (the saved
// choice is read there, once the settings have their application).
void installChosen()
{
    if (chosen()) {
        ui::installLanguage(*chosen());
    } else {
        ui::installLanguage(windowOpens() ? ui::savedLanguage() : ui::Language::System);
    }
}

// The value of the last --lang (the parser's rule: a later value wins), or none.
std::optional<QString> languageArgument(const QStringList& arguments)
{
    std::optional<QString> value;
    const QString option = QStringLiteral("--lang");
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (arg == QLatin1String("--")) break;
        if (arg == option && i + 1 < arguments.size()) {
            value = arguments.at(++i);
        } else if (arg.startsWith(option + '=')) {
            value = arg.mid(option.size() + 1);
        }
    }
    return value;
}

} // namespace

bool chooseLanguage(const QStringList& arguments, bool window, QString& error)
{
    const std::optional<QString> value = languageArgument(arguments);
    std::optional<ui::Language> language;
    if (value) {
        language = ui::languageFromCode(*value);
        if (!language || *language == ui::Language::System) {
            error = CommandLine::tr("unknown language '%1' (languages: en, ru)").arg(*value);
            language.reset();
        }
    }
    chosen() = value ? language.value_or(ui::Language::System) : language;
    windowOpens() = window;
    qAddPreRoutine(installChosen);
    return error.isEmpty();
}

} // namespace ys::app
