#include "linking/coordination.h"

#include "linking/milestonenames.h"
#include "text/textmatcher.h"

#include <QHash>
#include <QString>

namespace plenum::core::coordination {

namespace {

// Ordinals up to 99 (terms and sessions), in the digit and the word spelling.
const QHash<QString, int> &ordinalTable()
{
    static const QHash<QString, int> table = [] {
        QHash<QString, int> t;
        for (int n = 1; n <= 99; ++n) {
            t.insert(englishOrdinal(n), n);
            t.insert(englishOrdinalWordLower(n), n);
        }
        return t;
    }();
    return table;
}

bool wordChar(QStringView text, int i)
{
    return i >= 0 && i < text.size() && (TextMatcher::isWordChar(text.at(i).unicode()) || text.at(i) == u'-');
}

int skipSpacesBack(QStringView text, int i)
{
    while (i > 0 && text.at(i - 1).isSpace())
        --i;
    return i;
}

// The word ending at END16 (exclusive): its start, or END16 when there is none.
int wordStartBefore(QStringView text, int end16)
{
    int i = end16;
    while (wordChar(text, i - 1))
        --i;
    return i;
}

bool wordIs(QStringView text, int start16, int end16, const char *word)
{
    return text.mid(start16, end16 - start16).compare(QLatin1String(word), Qt::CaseInsensitive) == 0;
}

// Steps back over one connector ending at I (", and", "and", ",", "&", each optionally
// followed by "the"); the position before it, or -1 when none is there.
int connectorBefore(QStringView text, int i)
{
    i = skipSpacesBack(text, i);
    int w = wordStartBefore(text, i);
    if (w < i && wordIs(text, w, i, "the"))
        i = skipSpacesBack(text, w);
    w = wordStartBefore(text, i);
    if (w < i && wordIs(text, w, i, "and")) {
        i = skipSpacesBack(text, w);
        if (i > 0 && text.at(i - 1) == u',')
            --i;
        return i;
    }
    if (i > 0 && (text.at(i - 1) == u',' || text.at(i - 1) == u'&'))
        return i - 1;
    return -1;
}

} // namespace

std::optional<int> ordinalValue(QStringView word)
{
    const auto it = ordinalTable().constFind(word.toString().toLower());
    return it == ordinalTable().cend() ? std::nullopt : std::optional<int>(*it);
}

QList<ListedOrdinal> ordinalsBefore(QStringView text, int at16, bool lastIncluded)
{
    QList<ListedOrdinal> out;
    int i = at16;
    if (!lastIncluded) {
        i = skipSpacesBack(text, i);
        if (i == at16)
            return {};
        const int w = wordStartBefore(text, i);
        const auto n = w < i ? ordinalValue(text.mid(w, i - w)) : std::nullopt;
        if (!n)
            return {};
        out.prepend({ *n, w, i });
        i = w;
    }
    // Earlier items, each followed by a connector; a list longer than ten is not a list of plenums.
    while (out.size() < 10) {
        const int c = connectorBefore(text, i);
        if (c < 0)
            break;
        const int end = skipSpacesBack(text, c);
        const int w = wordStartBefore(text, end);
        const auto n = w < end ? ordinalValue(text.mid(w, end - w)) : std::nullopt;
        if (!n)
            break;
        out.prepend({ *n, w, end });
        i = w;
    }
    return out;
}

} // namespace plenum::core::coordination
