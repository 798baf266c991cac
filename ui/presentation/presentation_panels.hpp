// SPDX-License-Identifier: MIT
// Which panels presentation mode keeps: the presenter may drop the demo's parameters, the
// code, the timeline, the narration or the console to give the others the room (View > Panels).
// The parameters start dropped: the listing shows their values already, and a projector needs
// the room more than the spin boxes. The choice applies while presenting, is remembered across
// toggles, and the window shows every panel otherwise.
#pragma once

#include <QObject>

#include <array>

class QAction;
class QWidget;

namespace ys::ui {

class PresentationPanels : public QObject {
    Q_OBJECT

public:
    enum class Panel { Parameters, Code, Timeline, Narration, Console };
    static constexpr std::array kAll{Panel::Parameters, Panel::Code, Panel::Timeline, Panel::Narration,
                                     Panel::Console};

    explicit PresentationPanels(QObject* parent = nullptr);
    // The panels' outermost widgets (the demo chooser with the parameters, the code with its
    // title, the console with its title), in kAll's order.
    void setPanels(const std::array<QWidget*, 5>& widgets);

    // Whether the panel stays in presentation mode (all but the parameters do at first).
    bool isChosen(Panel panel) const;
    void setChosen(Panel panel, bool chosen);
    // Shows the chosen panels while presenting, every panel otherwise.
    void apply(bool presenting);
    // One checkable action per panel, in kAll's order, for View > Panels.
    QAction* action(Panel panel) const { return actions_.at(index(panel)); }

    static QString title(Panel panel);

private:
    static std::size_t index(Panel panel) { return static_cast<std::size_t>(panel); }

    std::array<QWidget*, kAll.size()> widgets_{};
    std::array<QAction*, kAll.size()> actions_{};
    bool presenting_ = false;
};

} // namespace ys::ui
