// SPDX-License-Identifier: MIT
// The window's smaller parts: syntax colouring, the code panel's lines, the narration banner's
// code spans, the parameter editor's checks, and the drawn icons.
#include "core/demos/demo.hpp"
#include "ui/panels/code_view.hpp"
#include "ui/panels/js_highlighter.hpp"
#include "ui/panels/narration_banner.hpp"
#include "ui/panels/param_editor.hpp"
#include "ui/style/icons.hpp"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace ys;
using ys::ui::JsHighlighter;
using Token = JsHighlighter::Token;

namespace {

// The token kinds of a line as one letter per character: c code, k keyword, b built-in,
// s string, t template literal, n number, / comment.
QString tokens(const QString& line, int state = 0, int* endState = nullptr)
{
    QVector<Token> t;
    const int end = JsHighlighter::classify(line, state, t);
    if (endState) *endState = end;
    QString out;
    for (Token k : t) {
        switch (k) {
        case Token::Code:
            out += 'c';
            break;
        case Token::Keyword:
            out += 'k';
            break;
        case Token::Builtin:
            out += 'b';
            break;
        case Token::String:
            out += 's';
            break;
        case Token::Template:
            out += 't';
            break;
        case Token::Number:
            out += 'n';
            break;
        case Token::Comment:
            out += '/';
            break;
        }
    }
    return out;
}

} // namespace

class TestWidgets : public QObject {
    Q_OBJECT

private slots:
    void highlighterTokens_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("expected");
        // One letter per character: c code, k keyword, b built-in, s string, t template, n number,
        // / comment.
        QTest::newRow("keywords") << "for await (const n of x)"
                                  << "kkkckkkkkcckkkkkccckkccc";
        QTest::newRow("function*") << "async function* f() {"
                                   << "kkkkkckkkkkkkkkcccccc";
        QTest::newRow("string and number") << "let s = \"a\" + 10;"
                                           << "kkkcccccssscccnnc";
        QTest::newRow("member is no keyword") << "res.json(); this.return"
                                              << "cccccccccccckkkkccccccc";
        QTest::newRow("builtin") << "setTimeout(r, 5)"
                                 << "bbbbbbbbbbccccnc";
        QTest::newRow("comment") << "x; // yield"
                                 << "ccc////////";
        QTest::newRow("template with code") << "`a${b}c`"
                                            << "ttttcttt";
        QTest::newRow("single quotes") << "on('message')"
                                       << "cccsssssssssc";
    }
    void highlighterTokens()
    {
        QFETCH(QString, line);
        QFETCH(QString, expected);
        QCOMPARE(tokens(line), expected);
    }

    void highlighterCarriesStateAcrossLines()
    {
        int state = 0;
        QCOMPARE(tokens("a /* yield", 0, &state), QString("cc////////"));
        QVERIFY(state != 0);
        QCOMPARE(tokens("still */ yield", state, &state), QString("////////ckkkkk"));
        QCOMPARE(state, 0);
        QCOMPARE(tokens("x = `one", 0, &state), QString("cccctttt"));
        QVERIFY(state != 0);
        QCOMPARE(tokens("two` + 1", state, &state), QString("ttttcccn"));
        QCOMPARE(state, 0);
    }

    void bannerReadsCodeSpans()
    {
        using ys::ui::NarrationBanner;
        QCOMPARE(NarrationBanner::toPlain("`yield n;` hands out 3."), QString("yield n; hands out 3."));
        QCOMPARE(NarrationBanner::toPlain("`` f(`a`) `` runs."), QString("f(`a`) runs."));
        QCOMPARE(NarrationBanner::toPlain("a ` lone tick."), QString("a ` lone tick."));
        const QString html =
            NarrationBanner::toHtml("`a < b` is <true>.", QColor(Qt::white), QColor(Qt::black));
        QVERIFY(html.contains("a &lt; b"));
        QVERIFY(html.contains("&lt;true&gt;"));
        QVERIFY(html.contains("<span"));
        QCOMPARE(NarrationBanner::badgeText(Actor::Producer, Kind::Yielded), QString("Producer · yielded"));
    }

    void bannerShowsEventsAndHints()
    {
        ys::ui::NarrationBanner banner;
        banner.showHint("Press a key.");
        QCOMPARE(banner.text(), QString("Press a key."));
        banner.showNarration(Actor::Consumer, Kind::NextCalled, Qt::blue, "`next()` is called.", false);
        QCOMPARE(banner.text(), QString("next() is called."));
        QVERIFY(banner.sentenceLabel()->text().contains("<span"));
    }

    // A sentence longer than the banner's lines is set smaller until it shows whole (never below
    // 70%), and the next short one is back at full size.
    void bannerFitsALongSentence()
    {
        ys::ui::NarrationBanner banner;
        banner.setAttribute(Qt::WA_DontShowOnScreen);
        banner.resize(1100, 110);
        banner.show();
        banner.showNarration(Actor::Consumer, Kind::NextCalled, Qt::blue, "`next()` is called.", false);
        QApplication::processEvents();
        const qreal full = banner.sentencePointSize();
        QLabel* label = banner.sentenceLabel();
        auto fits = [label] {
            return label->heightForWidth(label->contentsRect().width()) <= label->contentsRect().height() + 1;
        };
        QVERIFY(fits());
        const QString long_ =
            "`await new Promise((r) => setTimeout(r, ms));` запускает таймер на 500 мс, и генератор "
            "приостанавливается на этом await, пока таймер не сработает. — Заметка: «первое значение»";
        banner.showNarration(Actor::Producer, Kind::Awaiting, Qt::yellow, long_, false);
        QApplication::processEvents();
        QVERIFY2(fits(), qPrintable(QString("needs %1 px, has %2 at %3 pt")
                                        .arg(label->heightForWidth(label->contentsRect().width()))
                                        .arg(label->contentsRect().height())
                                        .arg(banner.sentencePointSize())));
        QVERIFY(banner.sentencePointSize() < full);
        QVERIFY(banner.sentencePointSize() >= full * 0.7);
        banner.showNarration(Actor::Consumer, Kind::NextCalled, Qt::blue, "`next()` is called.", false);
        QApplication::processEvents();
        QCOMPARE(banner.sentencePointSize(), full);
    }

    void codeViewMarksLines()
    {
        ys::ui::CodeView view;
        view.setListing("let a = 1;\nyield a;\nawait b;\n");
        QCOMPARE(view.lineText(2), QString("yield a;"));
        view.setLines(3, 2);
        QCOMPARE(view.currentLine(), 3);
        QCOMPARE(view.previousLine(), 2);
        QCOMPARE(view.extraSelections().size(), 2);
        view.setLines(2, 2); // same line twice: one mark
        QCOMPARE(view.extraSelections().size(), 1);
        view.setLines(0, 0);
        QCOMPARE(view.extraSelections().size(), 0);
        QVERIFY(view.gutterWidth() > 0);
        // A new listing clears the marks.
        view.setLines(1, 0);
        view.setListing("other;\n");
        QCOMPARE(view.currentLine(), 0);
    }

    void paramEditorUsesTheSpecs()
    {
        const Demo& demo = *findDemo("countdown");
        ys::ui::ParamEditor editor;
        editor.setDemo(demo, demo.defaults());
        auto* from = qobject_cast<QSpinBox*>(editor.editor("from"));
        QVERIFY(from);
        QCOMPARE(from->minimum(), 0);
        QCOMPARE(from->maximum(), 1'000'000);
        QCOMPARE(from->value(), 3);
        QVERIFY(!from->accessibleName().isEmpty());
        QVERIFY(!from->toolTip().isEmpty());
        QSignalSpy changed(&editor, &ys::ui::ParamEditor::paramsChanged);
        from->setValue(7);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(editor.params().integer("from"), std::int64_t(7));
        editor.resetToDefaults();
        QCOMPARE(changed.count(), 2);
        QCOMPARE(from->value(), 3);
        editor.resetToDefaults(); // already the defaults: no new run
        QCOMPARE(changed.count(), 2);
    }

    void paramEditorChecksLists()
    {
        const Demo* demo = nullptr;
        const ParamSpec* list = nullptr;
        for (const Demo* d : allDemos()) {
            for (const ParamSpec& p : d->params) {
                if (p.isList && list == nullptr) {
                    demo = d;
                    list = &p;
                }
            }
        }
        QVERIFY2(list != nullptr, "no demo has a list parameter");
        ys::ui::ParamEditor editor;
        editor.setDemo(*demo, demo->defaults());
        auto* line = qobject_cast<QLineEdit*>(editor.editor(QString::fromStdString(list->name)));
        QVERIFY(line);
        QSignalSpy changed(&editor, &ys::ui::ParamEditor::paramsChanged);
        line->setText("not, numbers");
        emit line->editingFinished();
        QCOMPARE(changed.count(), 0);
        QVERIFY(!line->styleSheet().isEmpty()); // marked
        QVERIFY(!line->toolTip().isEmpty());
        const QString good = QString::number(list->min) + "," + QString::number(list->min);
        line->setText(good);
        emit line->editingFinished();
        QCOMPARE(changed.count(), 1);
        QVERIFY(line->styleSheet().isEmpty());
        QCOMPARE(editor.params().list(list->name), (std::vector<std::int64_t>{list->min, list->min}));
    }

    void iconsAreDrawn_data()
    {
        QTest::addColumn<int>("glyph");
        for (int g = 0; g <= static_cast<int>(ys::ui::Glyph::Fit); ++g)
            QTest::newRow(qPrintable(QString::number(g))) << g;
    }
    void iconsAreDrawn()
    {
        QFETCH(int, glyph);
        const QIcon icon = ys::ui::glyphIcon(static_cast<ys::ui::Glyph>(glyph));
        for (int size : {16, 28, 56}) {
            const QImage image = icon.pixmap(size, size).toImage();
            QVERIFY(!image.isNull());
            int inked = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x)
                    inked += qAlpha(image.pixel(x, y)) > 128 ? 1 : 0;
            }
            QVERIFY2(inked > size, qPrintable(QString("size %1: %2 pixels").arg(size).arg(inked)));
        }
    }
};

QTEST_MAIN(TestWidgets)
#include "tst_ui_widgets.moc"
