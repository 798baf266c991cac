// SPDX-License-Identifier: MIT
// The demo panel: the demo chooser with its summary, and the demo's parameters. While the
// window shows the learner's own program (being edited, or its run) the chooser says "Your
// program" and the parameters are hidden: they belong to a demo, and changing one would start
// that demo's run. Choosing a demo goes back to the demos.
#pragma once

#include <QObject>
#include <QString>

class QComboBox;
class QLabel;
class QWidget;

namespace ys {
struct Demo;
class Params;
} // namespace ys

namespace ys::ui {

class ParamEditor;

class DemoPanel : public QObject {
    Q_OBJECT

public:
    explicit DemoPanel(QObject* parent);

    QWidget* widget() const { return widget_; }
    QComboBox* chooser() const { return chooser_; }
    QLabel* summary() const { return summary_; }
    ParamEditor* params() const { return params_; }
    // Shows `demo` chosen, with these values.
    void showDemo(const Demo& demo, const Params& params);
    // Shows a recorded run of no known demo: the chooser as it was, `summary` under it.
    void showUnknownDemo(const QString& summary);
    // Shows that the window is given to the learner's own program (true), or back to the demo
    // shown before (false).
    void setOwnProgramShown(bool on);
    bool ownProgramShown() const { return ownProgram_; }

signals:
    // The user chose a demo by its name.
    void demoChosen(const QString& name);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // The chooser's last row: "Your program", there only while the program is shown.
    int ownProgramRow() const;
    void showOwnProgramRow(bool on);
    void setOwnProgramTexts();
    // Leaves the program's look; `restore`: the demo shown before comes back.
    void leaveOwnProgram(bool restore);

    QWidget* widget_;
    QComboBox* chooser_ = nullptr;
    QLabel* summary_ = nullptr;
    ParamEditor* params_ = nullptr;
    bool ownProgram_ = false;
    // What the chooser and the summary showed before the program took the window.
    int demoRow_ = 0;
    QString demoSummary_;
};

} // namespace ys::ui
