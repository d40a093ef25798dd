// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "parser/wordplaces.h"

class TestWordPlaces final : public QObject
{
    Q_OBJECT

private slots:
    void placesOfEachWord();
    void onlyInsideTheRange();
    void sameAsSearchingEachWord();
};

void TestWordPlaces::placesOfEachWord()
{
    const QString text = u"申请人申请信息公开申请，申请申请"_qs;
    const QStringList words{u"申请"_qs, u"信息公开"_qs, u"不存在"_qs, QString(), u"申请申请"_qs};
    const WordPlaces places(words, text);
    QCOMPARE(places.of(0), (std::vector<qsizetype>{0, 3, 9, 12, 14}));
    QCOMPARE(places.of(1), (std::vector<qsizetype>{5}));
    QCOMPARE(places.of(2), std::vector<qsizetype>());
    QCOMPARE(places.of(3), std::vector<qsizetype>()); // an empty word stands nowhere
    QCOMPARE(places.of(4), (std::vector<qsizetype>{12})); // overlapping places are all there
}

void TestWordPlaces::onlyInsideTheRange()
{
    const QString text = u"政府政府政府"_qs;
    const QStringList words{u"政府"_qs};
    QCOMPARE(WordPlaces(words, text, 1, 5).of(0), (std::vector<qsizetype>{2}));
    QCOMPARE(WordPlaces(words, text, 2, 6).of(0), (std::vector<qsizetype>{2, 4}));
    QCOMPARE(WordPlaces(words, text, 0, -1).of(0), (std::vector<qsizetype>{0, 2, 4}));
    QCOMPARE(WordPlaces(words, text, 5, 99).of(0), std::vector<qsizetype>());
}

void TestWordPlaces::sameAsSearchingEachWord()
{
    // The table extractor's searches, word by word with indexOf, give the same places.
    const QString text = u"（一）本年新收政府信息公开申请数量 3 1 4\n其中：本年新收申请 其他 本年新收"_qs.repeated(3);
    const QStringList words{u"本年新收"_qs, u"其他"_qs, u"申请"_qs, u"本年新收政府信息公开申请数量"_qs, u"3 1"_qs};
    const WordPlaces places(words, text);
    for (qsizetype w = 0; w < words.size(); ++w) {
        std::vector<qsizetype> expected;
        for (qsizetype at = text.indexOf(words[w]); at >= 0; at = text.indexOf(words[w], at + 1))
            expected.push_back(at);
        QCOMPARE(places.of(w), expected);
    }
}

QTEST_APPLESS_MAIN(TestWordPlaces)
#include "test_wordplaces.moc"
