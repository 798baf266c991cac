// SPDX-License-Identifier: MIT
// The window draws exactly what it drew before: every demo, in the window at 1280×720 and in
// presentation mode at 1280×720 and 1920×1080, in the light and the dark theme, with the
// cursor at the start, in the middle and at the end of the run. Each render's pixels (ARGB32)
// are hashed (BLAKE2b-256) and compared with tests/ui/data/render_hashes.txt.
//
// The window is driven only as a user drives it (keys, and actions found by their object name
// or menu label), so that a change inside the window cannot break the test, only its pixels.
//
// On a difference the test names the case and writes the render to a PNG whose path it
// prints. After a change that is meant to change the pixels, regenerate the hashes:
//     YIELDSCOPE_UPDATE_RENDER_HASHES=1 build/dev/tests/ui/tst_render_identity
#include "core/demos/demo.hpp"
#include "core/demos/engine.hpp"
#include "ui/window/main_window.hpp"

#include <QAction>
#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QMap>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTest>
#include <QTextStream>

using ys::ui::MainWindow;

namespace {

constexpr char kUpdateVariable[] = "YIELDSCOPE_UPDATE_RENDER_HASHES";

// Where the window is drawn: its own layout at a size, or presentation mode at a fixed size
// (View > Presentation size).
struct Layout {
    const char* name;
    QSize size;
    bool presenting;
};

const Layout kLayouts[] = {
    {"window-1280x720", QSize(1280, 720), false},
    {"presentation-1280x720", QSize(1280, 720), true},
    {"presentation-1920x1080", QSize(1920, 1080), true},
};

// The themes rendered: the case name's part and the object name of the theme's action (View > Theme).
struct ThemeCase {
    const char* name;
    const char* actionName;
};
const ThemeCase kThemes[] = {{"light", "actionThemeLight"}, {"dark", "actionThemeDark"}};

const char* const kCursors[] = {"start", "middle", "end"};

QString caseName(const QString& demo, const char* layout, const char* theme, const char* cursor)
{
    return QStringLiteral("%1/%2/%3/%4").arg(demo, layout, QString(theme).toLower(), cursor);
}

// Every case, in the order the file lists them.
QStringList allCases()
{
    QStringList cases;
    for (const ys::Demo* demo : ys::allDemos())
        for (const Layout& layout : kLayouts)
            for (const ThemeCase& theme : kThemes)
                for (const char* cursor : kCursors)
                    cases << caseName(QString::fromStdString(demo->name), layout.name, theme.name, cursor);
    return cases;
}

// BLAKE2b-256 of the image's size and its pixels as ARGB32, row by row (no padding). A 256-bit
// hash as strong as SHA-256, and Qt's is several times faster: the renders are 1.1 GB in all.
QByteArray pixelHash(const QImage& image)
{
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    QCryptographicHash hash(QCryptographicHash::Blake2b_256);
    hash.addData(QByteArray::number(argb.width()) + 'x' + QByteArray::number(argb.height()) + '\n');
    const auto rowBytes = static_cast<qsizetype>(argb.width()) * 4;
    for (int y = 0; y < argb.height(); ++y)
        hash.addData(QByteArrayView(reinterpret_cast<const char*>(argb.constScanLine(y)), rowBytes));
    return hash.result().toHex();
}

// "name hash" lines; '#' starts a comment.
QMap<QString, QByteArray> readHashes(const QString& path, QString* error)
{
    QMap<QString, QByteArray> hashes;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return hashes;
    }
    int lineNumber = 0;
    while (!file.atEnd()) {
        ++lineNumber;
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty() || line.startsWith('#')) continue;
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() != 2 || fields.at(1).size() != 64) {
            *error = QStringLiteral("%1:%2: expected 'case hash', got '%3'")
                         .arg(path)
                         .arg(lineNumber)
                         .arg(QString::fromUtf8(line));
            return hashes;
        }
        hashes.insert(QString::fromUtf8(fields.at(0)), fields.at(1));
    }
    return hashes;
}

bool writeHashes(const QString& path, const QMap<QString, QByteArray>& hashes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) return false;
    QTextStream out(&file);
    out << "# BLAKE2b-256 of the window's pixels (ARGB32) for every case of tests/ui/tst_render_identity.\n"
        << "# Regenerate: " << kUpdateVariable << "=1 build/dev/tests/ui/tst_render_identity\n";
    for (const QString& name : allCases())
        if (hashes.contains(name)) out << name << ' ' << hashes.value(name) << '\n';
    out.flush();
    return file.commit();
}

QAction* actionByObjectName(QWidget& window, const QString& objectName)
{
    return window.findChild<QAction*>(objectName);
}

// An action by its menu label, mnemonic aside (the presentation sizes have no object names).
QAction* actionByLabel(QWidget& window, const QString& label)
{
    for (QAction* action : window.findChildren<QAction*>())
        if (action->text().remove(QLatin1Char('&')) == label) return action;
    return nullptr;
}

// The label of View > Presentation size's entry for a size: "1280 × 720".
QString presentationSizeLabel(const QSize& size)
{
    return QStringLiteral("%1 × %2").arg(size.width()).arg(size.height());
}

} // namespace

class TestRenderIdentity : public QObject {
    Q_OBJECT

private:
    bool updating_ = false;
    QMap<QString, QByteArray> stored_;
    QMap<QString, QByteArray> rendered_;
    QDir failures_{QDir::temp().filePath(QStringLiteral("yieldscope-render-identity"))};

    static void press(QWidget& window, Qt::Key key)
    {
        QWidget* target = QApplication::focusWidget();
        QTest::keyClick(target != nullptr ? target : &window, key);
    }

    static void settle()
    {
        for (int pass = 0; pass < 3; ++pass) {
            QCoreApplication::sendPostedEvents();
            QApplication::processEvents();
        }
    }

    // Hashes the window as drawn now; compares it (or keeps it, when updating).
    void check(QWidget& window, const QString& name)
    {
        settle();
        const QImage image = window.grab().toImage();
        QVERIFY2(!image.isNull(), qPrintable(name));
        const QByteArray hash = pixelHash(image);
        rendered_.insert(name, hash);
        if (updating_) return;
        QVERIFY2(stored_.contains(name), qPrintable(QStringLiteral("%1: no stored hash").arg(name)));
        if (stored_.value(name) == hash) return;
        QVERIFY(failures_.mkpath(QStringLiteral(".")));
        const QString png =
            failures_.filePath(QString(name).replace(QLatin1Char('/'), QLatin1Char('_')) + ".png");
        QVERIFY2(image.save(png), qPrintable(png));
        QFAIL(qPrintable(
            QStringLiteral("%1: the render differs from the stored one (%2, now %3); it is in %4")
                .arg(name, QString::fromLatin1(stored_.value(name)), QString::fromLatin1(hash), png)));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // As the program starts: its style, whatever the platform's default.
        QApplication::setStyle(QStringLiteral("Fusion"));
        updating_ = qEnvironmentVariable(kUpdateVariable) == QLatin1String("1");
        QString error;
        stored_ = readHashes(QStringLiteral(YS_RENDER_HASHES), &error);
        if (updating_) return; // a missing or broken file is written anew
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // The file and the cases agree: no case without a hash, no hash of a case that is gone.
        const QStringList cases = allCases();
        QStringList missing;
        for (const QString& name : cases)
            if (!stored_.contains(name)) missing << name;
        QStringList stale;
        for (auto it = stored_.cbegin(); it != stored_.cend(); ++it)
            if (!cases.contains(it.key())) stale << it.key();
        QVERIFY2(missing.isEmpty() && stale.isEmpty(),
                 qPrintable(QStringLiteral("%1 lacks %2 and has %3 of no case; regenerate with %4=1")
                                .arg(QStringLiteral(YS_RENDER_HASHES), missing.join(QLatin1Char(' ')),
                                     stale.join(QLatin1Char(' ')), QString::fromLatin1(kUpdateVariable))));
    }

    void cleanupTestCase()
    {
        if (!updating_) return;
        QMap<QString, QByteArray> merged = stored_;
        for (auto it = rendered_.cbegin(); it != rendered_.cend(); ++it)
            merged.insert(it.key(), it.value());
        QVERIFY(writeHashes(QStringLiteral(YS_RENDER_HASHES), merged));
        qInfo("wrote %lld render hashes to %s", static_cast<long long>(rendered_.size()), YS_RENDER_HASHES);
    }

    void renders_data()
    {
        QTest::addColumn<QString>("demo");
        QTest::addColumn<int>("layout");
        QTest::addColumn<QString>("theme");
        QTest::addColumn<QString>("themeAction");
        for (const ys::Demo* demo : ys::allDemos()) {
            const QString name = QString::fromStdString(demo->name);
            for (int layout = 0; layout < static_cast<int>(std::size(kLayouts)); ++layout)
                for (const ThemeCase& theme : kThemes)
                    QTest::addRow("%s/%s/%s", qPrintable(name), kLayouts[layout].name, theme.name)
                        << name << layout << QString::fromLatin1(theme.name)
                        << QString::fromLatin1(theme.actionName);
        }
    }

    void renders()
    {
        QFETCH(QString, demo);
        QFETCH(int, layout);
        QFETCH(QString, theme);
        QFETCH(QString, themeAction);
        const Layout& where = kLayouts[layout];

        MainWindow window;
        window.resize(where.size);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));

        QAction* chooseTheme = actionByObjectName(window, themeAction);
        QVERIFY2(chooseTheme != nullptr, qPrintable("no action named " + themeAction));
        chooseTheme->trigger();
        if (where.presenting) {
            const QString sizeLabel = presentationSizeLabel(where.size);
            QAction* sizeAction = actionByLabel(window, sizeLabel);
            QVERIFY2(sizeAction != nullptr, qPrintable("no action labelled " + sizeLabel));
            sizeAction->trigger();
            QAction* presentation = actionByObjectName(window, QStringLiteral("actionPresentation"));
            QVERIFY(presentation != nullptr);
            presentation->trigger();
            QApplication::setActiveWindow(&window);
            QVERIFY(QTest::qWaitForWindowActive(&window));
        }
        // As the command line's --demo does.
        window.selectDemo(demo);
        // The timeline glides to a new cursor over 200 ms: the still frame is compared.
        auto* timeline = window.findChild<QWidget*>(QStringLiteral("timeline"));
        QVERIFY(timeline != nullptr);
        QVERIFY(timeline->setProperty("animated", false));
        settle();
        QCOMPARE(window.size(), where.size);

        ys::Engine engine(*ys::findDemo(demo.toStdString()), ys::findDemo(demo.toStdString())->defaults());
        const std::size_t total = engine.runToEnd();
        QVERIFY(total > 2);

        const auto name = [&](const char* cursor) {
            return caseName(demo, where.name, qPrintable(theme), cursor);
        };
        press(window, Qt::Key_Home);
        check(window, name("start"));
        if (QTest::currentTestFailed()) return;
        for (std::size_t i = 0; i < total / 2; ++i)
            press(window, Qt::Key_Right);
        check(window, name("middle"));
        if (QTest::currentTestFailed()) return;
        press(window, Qt::Key_End);
        QAction* stop = actionByObjectName(window, QStringLiteral("actionStop"));
        QVERIFY(stop != nullptr);
        // Run > Stop is enabled while the run goes to its end, in slices between events.
        QVERIFY2(QTest::qWaitFor([stop] { return !stop->isEnabled(); }, 30000),
                 qPrintable(name("end") + ": the run did not reach its end"));
        check(window, name("end"));
        if (QTest::currentTestFailed()) return;
        QCOMPARE(window.size(), where.size);

        // The keys moved the cursor: three different pictures.
        const QByteArray start = rendered_.value(name("start"));
        const QByteArray middle = rendered_.value(name("middle"));
        const QByteArray end = rendered_.value(name("end"));
        QVERIFY2(start != middle && middle != end && start != end, qPrintable(name("...")));
    }
};

QTEST_MAIN(TestRenderIdentity)
#include "tst_render_identity.moc"
