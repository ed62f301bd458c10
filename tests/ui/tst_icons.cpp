// The bundled icons: tinted to the palette (light, dark, disabled, selected), following
// palette changes, and on every action the main window offers.
#include "mainwindow.h"
#include "models/runlistmodel.h"
#include "runview/activitypanel.h"
#include "runview/changespanel.h"
#include "runview/runview.h"
#include "runview/testspanel.h"
#include "theme/icons.h"
#include "theme/palette.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QWidgetAction>

using namespace Autocoder;
using namespace Autocoder::Ui;

namespace {

QPalette lightPalette()
{
    return QApplication::style()->standardPalette();
}

struct PixelCount
{
    int opaque = 0; ///< alpha 255
    int visible = 0; ///< alpha > 127 and far enough from the window colour
    int wrongColour = 0; ///< opaque but not the expected colour
};

PixelCount countPixels(const QIcon &icon, int size, QIcon::Mode mode, const QColor &window,
                       const QColor &expected = QColor())
{
    PixelCount n;
    const QImage image =
        icon.pixmap(QSize(size, size), 1.0, mode).toImage().convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() == 255) {
                ++n.opaque;
                // Where two antialiased edges meet, rounding may be off by a step or two.
                const auto near = [](int a, int b) {
                    return std::abs(a - b) <= 3;
                };
                if (expected.isValid()
                    && !(near(c.red(), expected.red()) && near(c.green(), expected.green())
                         && near(c.blue(), expected.blue())))
                    ++n.wrongColour;
            }
            // Blended over the window: does it stand out from it?
            const qreal a = c.alphaF();
            const int r = qRound(c.red() * a + window.red() * (1 - a));
            const int g = qRound(c.green() * a + window.green() * (1 - a));
            const int b = qRound(c.blue() * a + window.blue() * (1 - a));
            if (a > 0.5 && std::abs(QColor(r, g, b).lightness() - window.lightness()) > 60)
                ++n.visible;
        }
    }
    return n;
}

QString describe(const QAction *action)
{
    return QStringLiteral("\"%1\"").arg(action->text());
}

void collectMenu(QMenu *menu, QList<QAction *> &into)
{
    Q_EMIT menu->aboutToShow(); // menus filled when shown (recent specs)
    for (QAction *a : menu->actions()) {
        if (a->isSeparator())
            continue;
        into.append(a);
        if (a->menu())
            collectMenu(a->menu(), into);
    }
}

} // namespace

class TestIcons : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QApplication::setStyle(QStringLiteral("Fusion"));
    }
    void cleanup() { QApplication::setPalette(lightPalette()); }

    void tintedToThePalette_data();
    void tintedToThePalette();
    void followsPaletteChanges();
    void unknownNamesFallBackToTheTheme();
    void sharpAtTwiceTheScale();
    void everyBundledIconIsLineArt();
    void everyActionHasAVisibleIcon();
    void applicationIcon();
};

void TestIcons::tintedToThePalette_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addColumn<int>("mode");
    for (const bool dark : { false, true }) {
        const char *p = dark ? "dark" : "light";
        QTest::addRow("%s normal", p) << dark << int(QIcon::Normal);
        QTest::addRow("%s disabled", p) << dark << int(QIcon::Disabled);
        QTest::addRow("%s selected", p) << dark << int(QIcon::Selected);
    }
}

// The opaque pixels of a bundled icon are exactly the palette's colour for the mode.
void TestIcons::tintedToThePalette()
{
    QFETCH(bool, dark);
    QFETCH(int, mode);
    const QPalette palette = dark ? darkPalette() : lightPalette();
    QApplication::setPalette(palette);
    QColor expected = palette.color(QPalette::Active, QPalette::WindowText);
    if (mode == QIcon::Disabled)
        expected = palette.color(QPalette::Disabled, QPalette::WindowText);
    else if (mode == QIcon::Selected)
        expected = palette.color(QPalette::Active, QPalette::HighlightedText);
    QVERIFY(expected.alpha() == 255);

    for (const QString &name :
         { QStringLiteral("document-save"), QStringLiteral("media-playback-stop"),
           QStringLiteral("edit-delete") }) {
        const QIcon icon = themedIcon(name);
        QVERIFY2(!icon.isNull(), qPrintable(name));
        const PixelCount n =
            countPixels(icon, 24, QIcon::Mode(mode), palette.color(QPalette::Window), expected);
        QVERIFY2(n.opaque > 20,
                 qPrintable(QStringLiteral("%1: %2 opaque pixels").arg(name).arg(n.opaque)));
        QVERIFY2(n.wrongColour == 0,
                 qPrintable(QStringLiteral("%1: %2 of %3 opaque pixels are not %4")
                                .arg(name)
                                .arg(n.wrongColour)
                                .arg(n.opaque)
                                .arg(expected.name())));
    }
}

// One QIcon made before a palette change paints in the new colours after it.
void TestIcons::followsPaletteChanges()
{
    QApplication::setPalette(lightPalette());
    const QIcon icon = themedIcon(QStringLiteral("go-next"));
    const QColor lightText = lightPalette().color(QPalette::WindowText);
    QCOMPARE(countPixels(icon, 16, QIcon::Normal, Qt::white, lightText).wrongColour, 0);

    QApplication::setPalette(darkPalette());
    const QColor darkText = darkPalette().color(QPalette::WindowText);
    const PixelCount n =
        countPixels(icon, 16, QIcon::Normal, darkPalette().color(QPalette::Window), darkText);
    QVERIFY(n.opaque > 0);
    QCOMPARE(n.wrongColour, 0);
    QVERIFY(n.visible > 10);
}

void TestIcons::unknownNamesFallBackToTheTheme()
{
    QVERIFY(!QFile::exists(bundledIconPath(QStringLiteral("no-such-icon-here"))));
    // Offscreen has no icon theme: the fallback is a null icon, not a crash or a blank one.
    if (QIcon::themeName().isEmpty())
        QVERIFY(themedIcon(QStringLiteral("no-such-icon-here")).isNull());
    QVERIFY(themedIcon(QString()).isNull() || !QIcon::themeName().isEmpty());
    QVERIFY(QFile::exists(bundledIconPath(QStringLiteral("document-save"))));
    QCOMPARE(themedIcon(QStringLiteral("document-save")).name(), QStringLiteral("document-save"));
}

// On a 2x screen the icon is drawn at twice the pixels, not scaled up.
void TestIcons::sharpAtTwiceTheScale()
{
    const QIcon icon = themedIcon(QStringLiteral("edit-copy"));
    const QPixmap pixmap = icon.pixmap(QSize(16, 16), 2.0);
    QCOMPARE(pixmap.size(), QSize(32, 32));
    QCOMPARE(pixmap.devicePixelRatio(), 2.0);
    QImage painted(32, 32, QImage::Format_ARGB32_Premultiplied);
    painted.setDevicePixelRatio(2.0);
    painted.fill(Qt::transparent);
    {
        QPainter p(&painted);
        icon.paint(&p, QRect(0, 0, 16, 16));
    }
    QCOMPARE(painted.convertToFormat(QImage::Format_ARGB32),
             pixmap.toImage().convertToFormat(QImage::Format_ARGB32));
}

// Every bundled icon is drawn in currentColor only (so it is tinted) and draws something at
// 16 px in both palettes.
void TestIcons::everyBundledIconIsLineArt()
{
    QStringList names;
    QDirIterator it(QStringLiteral(":/icons"), { QStringLiteral("*.svg") });
    while (it.hasNext()) {
        it.next();
        names.append(it.fileInfo().completeBaseName());
    }
    QVERIFY2(names.size() >= 40, qPrintable(names.join(u' ')));
    for (const QString &name : names) {
        QFile file(bundledIconPath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray svg = file.readAll();
        QVERIFY2(svg.contains("currentColor"), qPrintable(name));
        QVERIFY2(!svg.contains('#'), qPrintable(name + QStringLiteral(": a fixed colour")));
        for (const bool dark : { false, true }) {
            const QPalette palette = dark ? darkPalette() : lightPalette();
            QApplication::setPalette(palette);
            const PixelCount n =
                countPixels(themedIcon(name), 16, QIcon::Normal, palette.color(QPalette::Window));
            QVERIFY2(
                n.visible >= 8,
                qPrintable(QStringLiteral("%1 (%2): %3 visible pixels")
                               .arg(name, dark ? QStringLiteral("dark") : QStringLiteral("light"))
                               .arg(n.visible)));
        }
    }
}

// Every action of the menus, the toolbars, the run view and the run list's context menu has
// an icon that shows at 16 px, in the light palette and in the dark one.
void TestIcons::everyActionHasAVisibleIcon()
{
    QTemporaryDir runs;
    MainWindow window;
    window.setRunsRoot(runs.path());
    RunListModel::Row past;
    past.id = QStringLiteral("20260101-000000-abcd");
    past.name = QStringLiteral("todo-lib");
    past.status = Run::RunStatus::Finished;
    past.outcome = Run::RunOutcome::Green;
    past.started = true;
    window.runsModel()->setRuns({ past });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QList<QAction *> actions;
    for (QAction *top : window.menuBar()->actions()) {
        if (top->menu())
            collectMenu(top->menu(), actions); // the bar's own titles need no icon
    }
    for (QToolBar *bar : window.findChildren<QToolBar *>()) {
        for (QAction *a : bar->actions()) {
            if (!a->isSeparator() && !qobject_cast<QWidgetAction *>(a))
                actions.append(a);
        }
    }
    actions += window.runView()->runActions();
    // The tabs' own actions too (Copy Failure, Show in Logs, Side by Side, Copy, ...): every
    // named action the run view holds, not Qt's internal ones.
    QList<QAction *> toolBarToggles;
    for (QToolBar *bar : window.findChildren<QToolBar *>())
        toolBarToggles.append(bar->toggleViewAction());
    for (QAction *a : window.runView()->findChildren<QAction *>()) {
        if (!a->text().isEmpty() && !a->isSeparator() && !qobject_cast<QWidgetAction *>(a)
            && !a->objectName().startsWith(QLatin1String("_q_")) && !actions.contains(a)
            && !toolBarToggles.contains(a))
            actions.append(a);
    }
    for (QAction *inTab : { window.runView()->testsPanel()->copyFailureAction(),
                            window.runView()->testsPanel()->showInLogsAction(),
                            window.runView()->changesPanel()->sideBySideAction(),
                            window.runView()->activityPanel()->copyAction() })
        QVERIFY(actions.contains(inTab));
    actions += window.runsView()->actions();
    // The run list's context menu, with the reason a Delete is disabled.
    window.runsView()->selectRow(0);
    const QRect cell = window.runsView()->visualRect(window.runsModel()->index(0, 0));
    Q_EMIT window.runsView()->customContextMenuRequested(cell.center());
    QMenu *context = window.findChild<QMenu *>(QStringLiteral("runListMenu"));
    QVERIFY(context);
    collectMenu(context, actions);
    context->close();
    QVERIFY2(actions.size() >= 15, qPrintable(QString::number(actions.size())));

    for (const bool dark : { false, true }) {
        const QPalette palette = dark ? darkPalette() : lightPalette();
        QApplication::setPalette(palette);
        for (QAction *a : std::as_const(actions)) {
            QVERIFY2(!a->icon().isNull(), qPrintable(describe(a) + QStringLiteral(" has no icon")));
            const PixelCount n =
                countPixels(a->icon(), 16, QIcon::Normal, palette.color(QPalette::Window));
            QVERIFY2(n.visible >= 8,
                     qPrintable(QStringLiteral("%1's icon does not show in the %2 palette")
                                    .arg(describe(a),
                                         dark ? QStringLiteral("dark") : QStringLiteral("light"))));
        }
    }
}

// The window icon: bundled, scalable, the artwork the desktop entry installs, in its own
// colours whatever the palette.
void TestIcons::applicationIcon()
{
    const QIcon icon = Ui::applicationIcon();
    QVERIFY(!icon.isNull());
    QFile bundled(QStringLiteral(":/autocoder/app/autocoder.svg"));
    QVERIFY(bundled.open(QIODevice::ReadOnly));
    QFile installed(QStringLiteral(AUTOCODER_TEST_DATA_DIR "/../../resources/app/autocoder.svg"));
    QVERIFY(installed.open(QIODevice::ReadOnly));
    QCOMPARE(bundled.readAll(), installed.readAll());
    for (const int size : { 16, 64, 256 }) {
        const QImage image = icon.pixmap(size, size).toImage();
        QCOMPARE(image.size(), QSize(size, size));
        QVERIFY(qAlpha(image.pixel(size / 2, size / 2)) == 255);
    }
    QApplication::setPalette(darkPalette());
    const QImage dark = icon.pixmap(64, 64).toImage();
    QApplication::setPalette(lightPalette());
    QCOMPARE(icon.pixmap(64, 64).toImage(), dark);
}

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
