// SPDX-License-Identifier: Apache-2.0
#include "models/review/reviewdocument.h"
#include <QCoreApplication>

namespace mr::review {

int ReviewDocument::indexOf(const QString &id) const
{
    for (int i = 0; i < comments.size(); ++i) {
        if (comments.at(i).id == id)
            return i;
    }
    return -1;
}

const Comment *ReviewDocument::comment(const QString &id) const
{
    const int i = indexOf(id);
    return i < 0 ? nullptr : &comments.at(i);
}

Comment *ReviewDocument::comment(const QString &id)
{
    const int i = indexOf(id);
    return i < 0 ? nullptr : &comments[i];
}

std::optional<Decision> ReviewDocument::currentDecision() const
{
    if (decisions.isEmpty())
        return std::nullopt;
    return decisions.last();
}

QList<Comment> ReviewDocument::openBlockers() const
{
    QList<Comment> out;
    for (const Comment &c : comments) {
        if (c.isOpenBlocker())
            out << c;
    }
    return out;
}

void ReviewDocument::noteReviewer(const Person &person)
{
    if (person.name.isEmpty() && person.email.isEmpty())
        return;
    for (const Person &p : std::as_const(reviewers)) {
        if (samePerson(p, person))
            return;
    }
    reviewers << person;
}

static QString blockerList(const QList<Comment> &blockers)
{
    QStringList parts;
    for (const Comment &c : blockers) {
        QString summary = c.body.section(QLatin1Char('\n'), 0, 0).trimmed();
        if (summary.size() > 60)
            summary = summary.left(57) + QStringLiteral("...");
        parts << QCoreApplication::translate("mr::Review", "\"%1\" on %2 by %3")
                     .arg(summary, c.anchor.label(), c.author.name);
    }
    return parts.join(QStringLiteral("; "));
}

bool ReviewDocument::canDecide(Decision::Verdict verdict, const QString &reason, QString *error) const
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (verdict == Decision::Verdict::Approve) {
        const QList<Comment> blockers = openBlockers();
        if (!blockers.isEmpty())
            return fail(
                blockers.size() == 1
                    ? QCoreApplication::translate("mr::Review", "Cannot approve while 1 blocker is open: %1.")
                          .arg(blockerList(blockers))
                    : QCoreApplication::translate("mr::Review",
                                                  "Cannot approve while %1 blockers are open: %2.")
                          .arg(blockers.size())
                          .arg(blockerList(blockers)));
        return true;
    }
    if (reason.trimmed().isEmpty())
        return fail(QCoreApplication::translate("mr::Review", "%1 needs a reason.")
                        .arg(Decision::verdictTitle(verdict)));
    return true;
}

bool ReviewDocument::decide(const Decision &decision, QString *error)
{
    if (!canDecide(decision.verdict, decision.reason, error))
        return false;
    decisions << decision;
    noteReviewer(decision.reviewer);
    return true;
}

QSet<QString>
ReviewDocument::outdatedComments(const std::function<QString(const Anchor &)> &currentText) const
{
    QSet<QString> out;
    if (!currentText)
        return out;
    for (const Comment &c : comments) {
        if (c.fingerprint.isEmpty())
            continue;
        if (c.isOutdated(currentText(c.anchor)))
            out.insert(c.id);
    }
    return out;
}

GateStatus gateStatus(const ReviewDocument &document, const QString &currentDigest)
{
    GateStatus s;
    const auto decision = document.currentDecision();
    const QList<Comment> blockers = document.openBlockers();
    if (!decision) {
        s.result = GateStatus::Result::NotReviewed;
        s.message = QCoreApplication::translate("mr::Review", "not reviewed: the review holds no decision");
    } else if (decision->verdict == Decision::Verdict::RequestChanges) {
        s.result = GateStatus::Result::ChangesRequested;
        s.message = QCoreApplication::translate("mr::Review", "changes requested by %1: %2")
                        .arg(personLabel(decision->reviewer), decision->reason);
    } else if (decision->verdict == Decision::Verdict::Reject) {
        s.result = GateStatus::Result::Rejected;
        s.message = QCoreApplication::translate("mr::Review", "rejected by %1: %2")
                        .arg(personLabel(decision->reviewer), decision->reason);
    } else if (decision->isStale(currentDigest) || decision->digest.isEmpty()) {
        s.result = GateStatus::Result::StaleDigest;
        s.message =
            QCoreApplication::translate("mr::Review", "stale digest: approved %1, but the package is now %2")
                .arg(decision->digest.isEmpty() ? QCoreApplication::translate("mr::Review", "(no digest)")
                                                : decision->digest,
                     currentDigest);
    } else if (!blockers.isEmpty()) {
        s.result = GateStatus::Result::OpenBlockers;
        s.message = QCoreApplication::translate("mr::Review", "open blockers: %1").arg(blockerList(blockers));
    } else {
        s.result = GateStatus::Result::Approved;
        s.message = QCoreApplication::translate("mr::Review", "approved by %1 for %2")
                        .arg(personLabel(decision->reviewer), decision->digest);
    }
    return s;
}

} // namespace mr::review
