// SPDX-License-Identifier: MIT
// The parameters of the chosen demo: a spin box per integer parameter (with the spec's range),
// a line edit per list parameter (checked by Params::set), and a button back to the defaults.
// Every accepted change emits paramsChanged with the whole new set.
#pragma once

#include "core/demos/demo.hpp"
#include "core/demos/params.hpp"

#include <QWidget>

#include <vector>

class QGridLayout;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace ys::ui {

class ParamEditor : public QWidget {
    Q_OBJECT

public:
    explicit ParamEditor(QWidget* parent = nullptr);

    // Shows `demo`'s parameters with `params`' values (no signal).
    void setDemo(const Demo& demo, const Params& params);
    // Shows other values of the same demo (no signal).
    void setParams(const Params& params);
    const Params& params() const { return params_; }

    // The editor of a parameter (a QSpinBox or a QLineEdit), for tests and focus.
    QWidget* editor(const QString& name) const;
    QPushButton* defaultsButton() const { return defaults_; }
    // At most this many parameters side by side (3 by default; a narrow column asks for 2).
    void setMostPerRow(int most);

public slots:
    void resetToDefaults();

signals:
    void paramsChanged(const ys::Params& params);
    // Enter was pressed in an editor: the user is done editing (the window takes the keys back).
    void editingDone();

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Row {
        const ParamSpec* spec;
        QSpinBox* spin = nullptr;
        QLineEdit* line = nullptr;
    };
    void rebuild();
    void showValues();
    void integerEdited(const Row& row, int value);
    void listEdited(const Row& row);

    const Demo* demo_ = nullptr;
    int mostPerRow_ = 3;
    Params params_;
    QGridLayout* grid_;
    QPushButton* defaults_;
    std::vector<Row> rows_;
    std::vector<QWidget*> rowWidgets_;
    bool updating_ = false;
};

} // namespace ys::ui
