// SPDX-FileCopyrightText: 2026 GovInfo Review authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "parser/regexsubject.h"

class TestRegexSubject final : public QObject
{
    Q_OBJECT

private slots:
    void matchesLikeThePattern();
    void everyMatchFromAnOffset();
    void textWithALoneSurrogateIsRefused();
};

void TestRegexSubject::matchesLikeThePattern()
{
    const QString text = u"本年度共收到申请123件，办结120件。"_qs;
    const QRegularExpression applications(u"收到申请(\\d+)件"_qs);
    const RegexSubject subject(text);
    const QRegularExpressionMatch match = subject.match(applications);
    QVERIFY(match.hasMatch());
    QCOMPARE(match.captured(1), u"123"_qs);
    QCOMPARE(match.capturedStart(), 4);
    QCOMPARE(subject.match(applications, 5).hasMatch(), false);
    QCOMPARE(&subject.text(), &text);
}

void TestRegexSubject::everyMatchFromAnOffset()
{
    const QString text = u"甲12件，乙3件，丙45件"_qs;
    const QRegularExpression count(u"(\\d+)件"_qs);
    const RegexSubject subject(text);
    QStringList found;
    for (auto it = subject.globalMatch(count, 4); it.hasNext();)
        found.append(it.next().captured(1));
    QCOMPARE(found, (QStringList{u"3"_qs, u"45"_qs}));
}

void TestRegexSubject::textWithALoneSurrogateIsRefused()
{
    // A high surrogate with no low one after it, as a broken UTF-16 file decodes. PCRE2's own
    // check stays on for such a text and refuses it: no match, and no read past the text.
    QString text = u"收到申请7件"_qs;
    text.insert(2, QChar(0xD83D));
    const QRegularExpression applications(u"申请(\\d+)件"_qs);
    const RegexSubject subject(text);
    QCOMPARE(subject.match(applications).hasMatch(), false);
    QCOMPARE(subject.globalMatch(applications).hasNext(), false);
    // The same pattern over the valid text matches.
    text.remove(2, 1);
    QCOMPARE(RegexSubject(text).match(applications).captured(1), u"7"_qs);
}

QTEST_APPLESS_MAIN(TestRegexSubject)
#include "test_regexsubject.moc"
