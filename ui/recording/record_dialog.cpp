// SPDX-License-Identifier: MIT
#include "ui/recording/record_dialog.hpp"

#include "ui/recording/recording.hpp"
#include "ui/session/player.hpp"
#include "ui/session/run_session.hpp"
#include "ui/window/main_window.hpp"

#include <QButtonGroup>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace ys::ui {
namespace {

QString runName(MainWindow& window)
{
    const Demo* demo = window.session().demo();
    return demo != nullptr ? QString::fromStdString(demo->name) : QStringLiteral("run");
}

} // namespace

RecordDialog::RecordDialog(MainWindow& window, QWidget* parent)
    : QDialog(parent != nullptr ? parent : &window), window_(window)
{
    setWindowTitle(tr("Record the run"));
    setObjectName(QStringLiteral("recordDialog"));
    const QString base = QDir::home().filePath(runName(window));
    folder_ = base + QStringLiteral("-frames");
    video_ = base + QStringLiteral(".mp4");

    QLayout* pathRow = buildDestination();
    buildFrameSettings();
    QFormLayout* form = buildForm(pathRow);
    QLabel* note = buildNote();
    buildStatus();
    buildButtons();

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(progress_);
    layout->addWidget(message_);
    layout->addWidget(buttons_);
    updateDestination();
}

QLayout* RecordDialog::buildDestination()
{
    toFolder_ = new QRadioButton(tr("PNG &frames in a folder"));
    toVideo_ = new QRadioButton(tr("A &video (.mp4, needs ffmpeg)"));
    toFolder_->setChecked(true);
    auto* kinds = new QButtonGroup(this);
    kinds->addButton(toFolder_);
    kinds->addButton(toVideo_);
    connect(toFolder_, &QRadioButton::toggled, this, [this] { updateDestination(); });

    path_ = new QLineEdit;
    path_->setObjectName(QStringLiteral("recordPath"));
    path_->setMinimumWidth(420);
    connect(path_, &QLineEdit::textEdited, this,
            [this](const QString& text) { (toFolder_->isChecked() ? folder_ : video_) = text; });
    browse_ = new QPushButton(tr("&Browse…"));
    connect(browse_, &QPushButton::clicked, this, &RecordDialog::browse);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(path_, 1);
    pathRow->addWidget(browse_);
    return pathRow;
}

void RecordDialog::buildFrameSettings()
{
    fps_ = new QSpinBox;
    fps_->setRange(RecordSettings::kMinFps, RecordSettings::kMaxFps);
    fps_->setValue(30);
    fps_->setSuffix(tr(" frames a second"));

    size_ = new QComboBox;
    for (const QSize& s : {QSize(1280, 720), QSize(1920, 1080), QSize(3840, 2160)})
        size_->addItem(frameSizeText(s), s);
    size_->setCurrentIndex(1);
    size_->setToolTip(
        tr("The video's size: the window is laid out at exactly this size, in presentation mode"));

    speed_ = new QComboBox;
    for (const double s : Player::kSpeeds)
        speed_->addItem(QStringLiteral("%1×").arg(s), s);
    setSpeed(window_.player().speed());
}

QFormLayout* RecordDialog::buildForm(QLayout* pathRow)
{
    auto* form = new QFormLayout;
    form->addRow(tr("Record to"), toFolder_);
    form->addRow(QString(), toVideo_);
    // A row of a layout has no buddy of its own: the label names the path's field, so that its
    // & is a shortcut and not drawn.
    auto* where = new QLabel(tr("&Where"));
    where->setBuddy(path_);
    form->addRow(where, pathRow);
    form->addRow(tr("&Rate"), fps_);
    form->addRow(tr("&Size"), size_);
    form->addRow(tr("S&peed"), speed_);
    return form;
}

QLabel* RecordDialog::buildNote()
{
    auto* note =
        new QLabel(tr("The run plays from its start as Play shows it, in presentation mode with the "
                      "panels and theme chosen in the View menu. Cancel stops the recording and removes "
                      "the frames written so far and the unfinished video."));
    note->setWordWrap(true);
    return note;
}

void RecordDialog::buildStatus()
{
    progress_ = new QProgressBar;
    progress_->setObjectName(QStringLiteral("recordProgress"));
    progress_->setRange(0, 1);
    progress_->setValue(0);
    progress_->setFormat(tr("frame %v of %m"));
    message_ = new QLabel;
    message_->setObjectName(QStringLiteral("recordMessage"));
    message_->setWordWrap(true);
    message_->setTextInteractionFlags(Qt::TextSelectableByMouse);
}

void RecordDialog::buildButtons()
{
    buttons_ = new QDialogButtonBox(QDialogButtonBox::Cancel);
    recordButton_ = buttons_->addButton(tr("&Record"), QDialogButtonBox::AcceptRole);
    recordButton_->setDefault(true);
    connect(recordButton_, &QPushButton::clicked, this, [this] {
        if (record()) accept();
    });
    connect(buttons_, &QDialogButtonBox::rejected, this, [this] {
        if (recording()) {
            cancelRecording();
        } else {
            reject();
        }
    });
}

RecordDialog::~RecordDialog()
{
    if (recording_) recording_->cancel();
}

void RecordDialog::setFolder(const QString& folder)
{
    folder_ = folder;
    toFolder_->setChecked(true);
    updateDestination();
}

void RecordDialog::setVideo(const QString& file)
{
    video_ = file;
    toVideo_->setChecked(true);
    updateDestination();
}

void RecordDialog::setFps(int fps) { fps_->setValue(fps); }

void RecordDialog::setFrameSize(const QSize& size)
{
    int index = size_->findData(size);
    if (index < 0) {
        size_->addItem(frameSizeText(size), size);
        index = size_->count() - 1;
    }
    size_->setCurrentIndex(index);
}

void RecordDialog::setSpeed(double speed)
{
    const int index = speed_->findData(speed);
    speed_->setCurrentIndex(index >= 0 ? index : speed_->findData(Player::kDefaultSpeed));
}

QString RecordDialog::message() const { return message_->text(); }

void RecordDialog::updateDestination() { path_->setText(toFolder_->isChecked() ? folder_ : video_); }

void RecordDialog::browse()
{
    const QString chosen =
        toFolder_->isChecked()
            ? QFileDialog::getExistingDirectory(this, tr("A folder for the frames"), folder_)
            : QFileDialog::getSaveFileName(this, tr("Save the video"), video_, tr("MP4 videos (*.mp4)"));
    if (chosen.isEmpty()) return;
    (toFolder_->isChecked() ? folder_ : video_) = chosen;
    updateDestination();
}

void RecordDialog::showMessage(const QString& text) { message_->setText(text); }

void RecordDialog::setRecordingUi(bool on)
{
    for (QWidget* w : std::initializer_list<QWidget*>{toFolder_, toVideo_, path_, browse_, fps_, size_,
                                                      speed_, recordButton_})
        w->setEnabled(!on);
}

bool RecordDialog::record()
{
    if (recording()) return false;
    RecordSettings settings;
    settings.fps = fps_->value();
    settings.size = size_->currentData().toSize();
    settings.speed = speed_->currentData().toDouble();
    RecordTargets targets;
    QString error;
    if (toFolder_->isChecked()) {
        targets.folder = folder_;
        if (!PngFrameWriter(folder_).check(error)) {
            showMessage(tr("Cannot record to this folder: %1").arg(error));
            return false;
        }
    } else {
        targets.video = video_;
        if (!VideoEncoder(video_).check(error)) {
            showMessage(tr("Cannot record this video: %1").arg(error));
            return false;
        }
        if (VideoEncoder::ffmpegProgram().isEmpty()) {
            showMessage(tr("Videos are made with ffmpeg, which is not installed: %1")
                            .arg(VideoEncoder::installHint()));
            return false;
        }
    }
    RecordLook look;
    look.theme = window_.themeMode();
    for (const PresentationPanels::Panel panel : PresentationPanels::kAll)
        look.panels.at(static_cast<std::size_t>(panel)) = window_.presentationPanels().isChosen(panel);

    showMessage(tr("Recording…"));
    RunSession& session = window_.session();
    RecordRun run = session.replaying() || session.demo() == nullptr
                        ? RecordRun::replay(session.toTraceFile())
                        : RecordRun::live(*session.demo(), session.params());
    recording_ = std::make_unique<Recording>(std::move(run), settings, look, targets);
    cancelRequested_ = false;
    // While ffmpeg is waited for, the window goes on painting and Cancel works.
    recording_->setWaitHook([this] {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        return !cancelRequested_;
    });
    setRecordingUi(true);
    // Within an int: start() refuses more than Recording::kMaxFrames frames.
    progress_->setRange(0, static_cast<int>(std::min(recording_->frameCount(), Recording::kMaxFrames)));
    progress_->setValue(0);
    progress_->setFormat(progressText(0, recording_->frameCount(), 0));
    QElapsedTimer clock;
    clock.start();
    bool ok = recording_->start(error);
    while (ok && !recording_->finished()) {
        ok = recording_->renderNext(error);
        progress_->setValue(static_cast<int>(recording_->framesDone()));
        progress_->setFormat(
            progressText(recording_->framesDone(), recording_->frameCount(), clock.elapsed()));
        emit frameWritten(recording_->framesDone(), recording_->frameCount());
        // The Cancel button, and a window that goes on repainting, between frames.
        QCoreApplication::processEvents();
        if (cancelRequested_) break;
    }
    if (ok && !cancelRequested_) ok = recording_->finish(error);
    const std::int64_t frames = recording_->framesDone();
    if (!ok || cancelRequested_) recording_->cancel();
    recording_.reset();
    setRecordingUi(false);
    if (cancelRequested_) {
        showMessage(tr("Cancelled after %1 frames; nothing was kept.").arg(frames));
        return false;
    }
    if (!ok) {
        showMessage(tr("The recording failed: %1").arg(error));
        return false;
    }
    showMessage(tr("Recorded %1 frames to %2.").arg(frames).arg(QDir::toNativeSeparators(path_->text())));
    return true;
}

void RecordDialog::cancelRecording() { cancelRequested_ = true; }

QString RecordDialog::progressText(std::int64_t done, std::int64_t total, std::int64_t elapsedMs)
{
    QString frames = tr("frame %1 of %2").arg(done).arg(total);
    // Too early to say: the first frames are the slowest (the window is laid out).
    if (done <= 0 || done >= total || elapsedMs < 500) return frames;
    const std::int64_t leftMs = elapsedMs * (total - done) / done;
    const std::int64_t seconds = (leftMs + 999) / 1000;
    if (seconds < 60) return tr("%1, about %2 s left").arg(frames).arg(seconds);
    return tr("%1, about %2 min %3 s left").arg(frames).arg(seconds / 60).arg(seconds % 60);
}

} // namespace ys::ui
