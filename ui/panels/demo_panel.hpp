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
    // Shows what `demo` is about (nullptr: a recorded run of a demo this program does not know).
    void showSummary(const Demo* demo);
    // The demos' titles and the summary again, in the language installed now.
    void retranslate();
    // Shows a recorded run of no known demo: the chooser as it was, its summary under it; or,
    // `withProgram` (the file carries the program it ran), the program's look with no parameters.
    void showUnknownDemo(bool withProgram);
    // Shows that the window is given to the learner's own program (true), or back to the demo
    // shown before (false).
    void setOwnProgramShown(bool on);
    bool ownProgramShown() const { return ownProgram_; }

signals:
    // The user chose a demo by its name.
    void demoChosen(const QString& name);

private:
    // The chooser's last row: "Your program", there only while the program is shown.
    int ownProgramRow() const;
    void showOwnProgramRow(bool on);
    void setOwnProgramTexts();
    // The label, names and tip that do not change with the demo shown.
    void setFixedTexts();
    // Leaves the program's look; `restore`: the demo shown before comes back.
    void leaveOwnProgram(bool restore);

    QWidget* widget_;
    QLabel* chooserLabel_ = nullptr;
    QComboBox* chooser_ = nullptr;
    QLabel* summary_ = nullptr;
    ParamEditor* params_ = nullptr;
    const Demo* demo_ = nullptr;
    bool ownProgram_ = false;
    bool recordedProgram_ = false; // the program shown is a recorded run's, not the editor's
    // The chooser's row before the program took the window (the summary is made again from demo_).
    int demoRow_ = 0;
};

} // namespace ys::ui
