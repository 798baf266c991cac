// SPDX-License-Identifier: MIT
// The demo panel: the demo chooser with its summary, and the demo's parameters.
#pragma once

#include <QObject>

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

signals:
    // The user chose a demo by its name.
    void demoChosen(const QString& name);

private:
    QWidget* widget_;
    QComboBox* chooser_ = nullptr;
    QLabel* summary_ = nullptr;
    ParamEditor* params_ = nullptr;
    const Demo* demo_ = nullptr;
};

} // namespace ys::ui
