// Not compiled: tst_trliterals scans it and must report exactly the lines marked "bad".
// clang-format off
void texts(QLabel *label, QAction *action, QStatusBar *bar)
{
    label->setText(QStringLiteral("Hello")); // bad
    label->setText(tr("Hello"));
    label->setToolTip(
        QStringLiteral("Spread over two lines")); // bad above: reported at the call
    action->setStatusTip("plain literal"); // bad
    bar->showMessage(QLatin1String("Done"), 3000); // bad
    auto *l = new QLabel(QStringLiteral("Name:"), this); // bad
    auto *b = new QPushButton(icon, QStringLiteral("Go"), this); // bad
    label->setText(QStringLiteral("src/main.cpp")); // i18n: not user text
    label->setText(QStringLiteral("\u2714 "));
    label->setText(QString());
    label->setText(QStringLiteral("%1").arg(n));
    QMessageBox::warning(this, QStringLiteral("Oops"), message); // bad
    menu->addAction(QStringLiteral("Quit")); // bad
    label->setObjectName(QStringLiteral("notText"));
}
// clang-format on
