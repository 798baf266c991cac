// SPDX-License-Identifier: MIT
// Preferences: what the window remembers between sessions comes back in a new window, and a
// settings file with bad values (one row per bad form) falls back to the defaults for those
// values, silently. Settings live in a temporary folder, never the user's.
#include "ui/session/player.hpp"
#include "ui/session/run_session.hpp"
#include "ui/window/main_window.hpp"
#include "ui/window/preferences.hpp"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMenu>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ys;
using ys::ui::MainWindow;
using ys::ui::Preferences;

namespace {

QString settingsFile(const QTemporaryDir& dir) { return dir.filePath("yieldscope/yieldscope.ini"); }

} // namespace

class TestPreferences : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> dir_;
    std::unique_ptr<MainWindow> window_;
    Preferences* preferences_ = nullptr;

    void openWindow()
    {
        window_ = std::make_unique<MainWindow>();
        preferences_ = new Preferences(*window_);
        preferences_->restore();
        window_->show();
    }

    void closeWindow()
    {
        window_->close();
        window_.reset();
    }

    static QSettings settings()
    {
        return {QSettings::IniFormat, QSettings::UserScope, "yieldscope", "yieldscope"};
    }

private slots:
    void init()
    {
        dir_ = std::make_unique<QTemporaryDir>();
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir_->path());
    }

    void cleanup()
    {
        window_.reset();
        dir_.reset();
    }

    void restoredInANewWindow()
    {
        openWindow();
        window_->selectDemo("pagination");
        Params params = findDemo("pagination")->defaults();
        params.assign("users=5");
        params.assign("breakAfter=2");
        window_->setParams(params);
        window_->setThemeMode(MainWindow::ThemeMode::Dark);
        window_->findChild<QComboBox*>(QStringLiteral("speedChooser"))->setCurrentIndex(4); // 4×
        window_->resize(1300, 800);
        auto* columns = window_->findChild<QSplitter*>("columns");
        // As the user drags the divider: the window stops fitting the code column from then on.
        columns->setSizes({300, 1000});
        emit columns->splitterMoved(columns->sizes().at(0), 1);
        const QList<int> sizes = columns->sizes();
        QTemporaryDir files;
        QVERIFY(window_->saveTraceFile(files.filePath("a.jsonl")));
        QVERIFY(window_->saveTraceFile(files.filePath("b.jsonl")));
        QCOMPARE(preferences_->recentFiles().size(), 2);
        closeWindow();

        openWindow();
        QCOMPARE(QString::fromStdString(window_->session().demo()->name), QString("pagination"));
        QCOMPARE(window_->session().params(), params);
        QCOMPARE(window_->themeMode(), MainWindow::ThemeMode::Dark);
        QCOMPARE(window_->player().speed(), 4.0);
        QCOMPARE(window_->size(), QSize(1300, 800));
        QCOMPARE(window_->findChild<QSplitter*>("columns")->sizes(), sizes);
        QCOMPARE(preferences_->recentFiles(),
                 (QStringList{files.filePath("b.jsonl"), files.filePath("a.jsonl")}));
        // File > Open Recent lists them, newest first; Clear empties it.
        QMenu* recent = preferences_->recentMenu();
        QVERIFY(recent->actions().first()->text().contains("b.jsonl"));
        recent->findChild<QAction*>("actionClearRecent")->trigger();
        QVERIFY(preferences_->recentFiles().isEmpty());
        closeWindow();
        openWindow();
        QVERIFY(preferences_->recentFiles().isEmpty());
    }

    // Each row: one bad value; the window starts, and that value is its default.
    void badValuesFallBack_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QVariant>("value");
        QTest::newRow("demo unknown") << "run/demo" << QVariant("nope");
        QTest::newRow("demo empty") << "run/demo" << QVariant("");
        QTest::newRow("demo a number") << "run/demo" << QVariant(42);
        QTest::newRow("demo a list") << "run/demo" << QVariant(QStringList{"range", "pagination"});
        QTest::newRow("param not a number") << "params/countdown/from" << QVariant("three");
        QTest::newRow("param below range") << "params/countdown/from" << QVariant("-5");
        QTest::newRow("param above range") << "params/countdown/ms" << QVariant("99999999999999");
        QTest::newRow("param a list") << "params/countdown/ms" << QVariant(QStringList{"1", "2"});
        QTest::newRow("theme unknown") << "view/theme" << QVariant("purple");
        QTest::newRow("theme a number") << "view/theme" << QVariant(2);
        QTest::newRow("speed not a number") << "run/speed" << QVariant("fast");
        QTest::newRow("speed not offered") << "run/speed" << QVariant(3.0);
        QTest::newRow("speed negative") << "run/speed" << QVariant(-1);
        QTest::newRow("geometry garbage") << "window/geometry" << QVariant(QByteArray("\x01\x02garbage", 9));
        QTest::newRow("layout garbage") << "window/splitters" << QVariant(QVariantList{QByteArray("xx"), 7});
        QTest::newRow("layout a string") << "window/splitters" << QVariant("columns");
        QTest::newRow("recent a number") << "files/recent" << QVariant(5);
        QTest::newRow("recent empty names") << "files/recent" << QVariant(QStringList{"", ""});
    }

    void badValuesFallBack()
    {
        QFETCH(QString, key);
        QFETCH(QVariant, value);
        {
            QSettings s = settings();
            s.setValue("run/demo", "countdown");
            s.setValue(key, value);
        }
        openWindow();
        const Demo& countdown = *findDemo("countdown");
        QCOMPARE(QString::fromStdString(window_->session().demo()->name), QString("countdown"));
        QCOMPARE(window_->session().params(), countdown.defaults());
        QCOMPARE(window_->themeMode(), MainWindow::ThemeMode::System);
        QCOMPARE(window_->player().speed(), 1.0);
        QVERIFY(preferences_->recentFiles().isEmpty());
    }

    // One bad parameter does not cost the others.
    void goodParamsSurviveABadOne()
    {
        {
            QSettings s = settings();
            s.setValue("run/demo", "countdown");
            s.setValue("params/countdown/from", "nope");
            s.setValue("params/countdown/ms", "200");
        }
        openWindow();
        QCOMPARE(window_->session().params().text("ms"), std::string("200"));
        QCOMPARE(window_->session().params().text("from"), findDemo("countdown")->defaults().text("from"));
    }

    // Not a settings file at all: every value is its default.
    void garbageFileFallsBack_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe garbage \x01", 14);
        QTest::newRow("broken section") << QByteArray("[run\ndemo=range\n[[[\n=\n");
        QTest::newRow("empty") << QByteArray();
    }

    void garbageFileFallsBack()
    {
        QFETCH(QByteArray, bytes);
        QDir().mkpath(dir_->filePath("yieldscope"));
        QFile f(settingsFile(*dir_));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        openWindow();
        QCOMPARE(QString::fromStdString(window_->session().demo()->name), QString("countdown"));
        QCOMPARE(window_->themeMode(), MainWindow::ThemeMode::System);
        QCOMPARE(window_->player().speed(), 1.0);
    }

    void quitsWhenTheLockCannotBeTaken_data()
    {
        QTest::addColumn<bool>("readOnlyFolder");
        QTest::newRow("a folder where the lock goes") << false;
        // (A read-only folder holding a stale lock is refused the same way, by the same check; it
        // cannot be made as root, which may write anywhere.)
    }

    // QSettings waits for its lock for ever: the window closes within seconds all the same,
    // says once that preferences could not be saved, and the settings file is as it was.
    void quitsWhenTheLockCannotBeTaken()
    {
        QFETCH(bool, readOnlyFolder);
        const QString folder = dir_->filePath("yieldscope");
        QDir().mkpath(folder);
        QFile f(settingsFile(*dir_));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[General]\ndemo=range\n");
        f.close();
        const QString lock = settingsFile(*dir_) + ".lock";
        if (readOnlyFolder) {
            QFile stale(lock);
            QVERIFY(stale.open(QIODevice::WriteOnly));
            stale.write("99999999\nyieldscope\nnowhere\n");
            stale.close();
            QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        } else {
            QVERIFY(QDir().mkpath(lock));
        }
        QElapsedTimer timer;
        timer.start();
        openWindow();
        window_->player().setSpeed(2.0); // a preference changed: written at once, then synced
        QApplication::processEvents();
        closeWindow();
        QApplication::processEvents();
        QVERIFY2(timer.elapsed() < 10000, "closing waited for the lock");
        QVERIFY(!Preferences::whyNotSaved(settingsFile(*dir_)).isEmpty());
        if (readOnlyFolder)
            QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QFile again(settingsFile(*dir_));
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), QByteArray("[General]\ndemo=range\n"));
    }

    void savedGeometryFitsTheScreen()
    {
        QWidget huge;
        huge.setGeometry(0, 0, 100000, 100000);
        {
            QSettings s = settings();
            s.setValue("window/geometry", huge.saveGeometry());
        }
        openWindow();
        const QRect available = window_->screen()->availableGeometry();
        QCOMPARE(available.size(), QSize(1920, 1080)); // the screen of offscreen_1920x1080.json
        QVERIFY2(window_->width() <= available.width() && window_->height() <= available.height(),
                 qPrintable(QStringLiteral("%1x%2 on a screen of %3x%4")
                                .arg(window_->width())
                                .arg(window_->height())
                                .arg(available.width())
                                .arg(available.height())));
        QVERIFY(available.contains(window_->frameGeometry().topLeft()));
    }
};

QTEST_MAIN(TestPreferences)
#include "tst_ui_preferences.moc"
