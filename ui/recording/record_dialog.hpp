// SPDX-License-Identifier: MIT
// File > Record…: records the window's run as it plays, in presentation layout, to a folder of
// PNG frames or to an .mp4 video, with a progress bar and a button that stops it. The window
// itself is left as it is: the frames come from a window of the recording's own.
#pragma once

#include <QDialog>
#include <QSize>

#include <cstdint>
#include <memory>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLayout;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace ys::ui {

class MainWindow;
class Recording;

class RecordDialog : public QDialog {
    Q_OBJECT

public:
    explicit RecordDialog(MainWindow& window, QWidget* parent = nullptr);
    ~RecordDialog() override;

    // What the form says; tests set it as a user would.
    void setFolder(const QString& folder);
    void setVideo(const QString& file);
    void setFps(int fps);
    void setFrameSize(const QSize& size);
    void setSpeed(double speed);

    // Records with the form's settings, showing progress, until done or cancelled; false
    // (with message() saying why) when it could not start, failed or was cancelled.
    bool record();
    // Stops a recording under way (what the Cancel button does while recording).
    void cancelRecording();
    bool recording() const { return recording_ != nullptr; }
    QString message() const;
    // The progress bar's text: "frame 120 of 430", and once half a second has gone by, the time
    // left at the pace so far: "frame 120 of 430, about 6 s left".
    static QString progressText(std::int64_t done, std::int64_t total, std::int64_t elapsedMs);

signals:
    void frameWritten(std::int64_t done, std::int64_t total);

private:
    // The dialog's parts, built in this order by the constructor.
    QLayout* buildDestination(); // the frames-or-video choice and the path row
    void buildFrameSettings();   // rate, size and speed
    QFormLayout* buildForm(QLayout* pathRow);
    QLabel* buildNote();
    void buildStatus(); // progress bar and message
    void buildButtons();

    void updateDestination();
    void browse();
    void showMessage(const QString& text);
    void setRecordingUi(bool on);

    MainWindow& window_;
    QRadioButton* toFolder_ = nullptr;
    QRadioButton* toVideo_ = nullptr;
    QLineEdit* path_ = nullptr;
    QPushButton* browse_ = nullptr;
    QSpinBox* fps_ = nullptr;
    QComboBox* size_ = nullptr;
    QComboBox* speed_ = nullptr;
    QProgressBar* progress_ = nullptr;
    QLabel* message_ = nullptr;
    QDialogButtonBox* buttons_ = nullptr;
    QPushButton* recordButton_ = nullptr;
    QString folder_;
    QString video_;
    std::unique_ptr<Recording> recording_;
    bool cancelRequested_ = false;
};

} // namespace ys::ui
