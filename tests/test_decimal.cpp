// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/decimal.h"

#include <QTest>

class TestDecimal final : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void rejects_data();
    void rejects();
    void arithmetic();
};

void TestDecimal::roundTrip_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("output");
    QTest::newRow("zero") << "0" << "0";
    QTest::newRow("integer") << "3985758" << "3985758";
    QTest::newRow("one decimal") << "96171.6" << "96171.6";
    QTest::newRow("six decimals") << "24252.311082" << "24252.311082";
    QTest::newRow("trailing zero") << "7730.280" << "7730.28";
    QTest::newRow("negative") << "-1" << "-1";
    QTest::newRow("plus sign") << "+2" << "2";
    QTest::newRow("negative fraction") << "-0.5" << "-0.5";
}

void TestDecimal::roundTrip()
{
    QFETCH(QString, input);
    QFETCH(QString, output);
    const auto value = Decimal::fromString(input);
    QVERIFY(value.has_value());
    QCOMPARE(value->toString(), output);
}

void TestDecimal::rejects_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("empty") << "";
    QTest::newRow("sign only") << "-";
    QTest::newRow("point only") << ".";
    QTest::newRow("trailing point") << "12.";
    QTest::newRow("leading point") << ".5";
    QTest::newRow("letters") << "12a";
    QTest::newRow("separator") << "1,000";
    QTest::newRow("overflow") << "123456789012345678901";
    QTest::newRow("too many decimals") << "1.0000000001";
}

void TestDecimal::rejects()
{
    QFETCH(QString, input);
    QVERIFY(!Decimal::fromString(input).has_value());
}

void TestDecimal::arithmetic()
{
    const Decimal a = *Decimal::fromString(u"0.1");
    const Decimal b = *Decimal::fromString(u"0.2");
    QCOMPARE(a.plus(b)->toString(), QStringLiteral("0.3"));
    QCOMPARE(Decimal(5).minus(Decimal(7))->toString(), QStringLiteral("-2"));
    QVERIFY(Decimal(3) == *Decimal::fromString(u"3.00"));
    QVERIFY(Decimal(2) < *Decimal::fromString(u"2.5"));
    QVERIFY(!Decimal(std::numeric_limits<qint64>::max()).plus(Decimal(1)).has_value());
    QVERIFY(!Decimal(std::numeric_limits<qint64>::min()).minus(Decimal(1)).has_value());
    // A sum whose fraction cancels is a whole number again, and compares as one.
    const Decimal half = *Decimal::fromString(u"0.5");
    QCOMPARE(half.plus(half)->toString(), QStringLiteral("1"));
    QVERIFY(*half.plus(half) == Decimal(1));
    QCOMPARE(half.plus(half)->toInteger(), std::optional<qint64>(1));
    QCOMPARE(Decimal(3).minus(half)->toString(), QStringLiteral("2.5"));
    QVERIFY(*Decimal::fromString(u"-1.25") < *Decimal::fromString(u"-1.2"));
    QVERIFY(*Decimal::fromString(u"1.25") > *Decimal::fromString(u"1.2"));
    QCOMPARE(Decimal(-42).toInteger(), std::optional<qint64>(-42));
    QCOMPARE(half.toInteger(), std::optional<qint64>());
}

QTEST_APPLESS_MAIN(TestDecimal)
#include "test_decimal.moc"
