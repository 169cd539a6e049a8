#include "models/TrainingSessionTableModel.h"

#include "domain/TrainingTopic.h"
#include "editing/SchoolDocument.h"
#include "models/PlainToolTip.h"
#include "storage/ProgrammeRepository.h"
#include "storage/TrainingRepository.h"

#include <QLocale>

namespace equimark {

TrainingSessionTableModel::TrainingSessionTableModel(QObject* parent)
    : RowDiffModel(parent) {}

void TrainingSessionTableModel::setDocument(SchoolDocument* document) {
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &SchoolDocument::trainingChanged, this,
                &TrainingSessionTableModel::reload);
    reload();
}

void TrainingSessionTableModel::reload() {
    std::vector<TrainingSession> fresh;
    m_programmes.clear();
    if (m_document) {
        if (auto sessions = TrainingRepository(m_document->file()).sessions())
            fresh = std::move(*sessions);
        if (auto programmes = ProgrammeRepository(m_document->file()).programmes()) {
            for (const auto& programme : *programmes)
                m_programmes[programme.id] = programme.title;
        }
    }
    applyRowDiff(
        *this, m_sessions, std::move(fresh),
        [](const TrainingSession& a, const TrainingSession& b) {
            return a.heldOn == b.heldOn && a.title == b.title && a.topic == b.topic &&
                   a.audience == b.audience && a.refresher == b.refresher &&
                   a.programmeId == b.programmeId && a.attendance == b.attendance &&
                   a.provider == b.provider;
        },
        ColumnCount);
}

const TrainingSession* TrainingSessionTableModel::sessionAt(int row) const {
    return row >= 0 && row < int(m_sessions.size()) ? &m_sessions[std::size_t(row)] : nullptr;
}

int TrainingSessionTableModel::rowOf(qint64 id) const {
    for (std::size_t i = 0; i < m_sessions.size(); ++i) {
        if (m_sessions[i].id == id)
            return int(i);
    }
    return -1;
}

int TrainingSessionTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_sessions.size());
}

int TrainingSessionTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrainingSessionTableModel::data(const QModelIndex& index, int role) const {
    const TrainingSession* session = sessionAt(index.row());
    if (!session)
        return {};
    if (role == IdRole)
        return session->id;
    if (role == Qt::ToolTipRole) {
        QStringList lines{session->title};
        if (session->programmeId > 0)
            lines << tr("Programme: %1")
                         .arg(m_programmes.count(session->programmeId)
                                  ? m_programmes.at(session->programmeId)
                                  : QString());
        if (!session->provider.isEmpty())
            lines << tr("Provider: %1").arg(session->provider);
        lines << (TrainingTopic::counts(session->topic)
                      ? tr("Counts towards race equality coverage")
                      : tr("Does not count towards race equality coverage"));
        return plainToolTip(lines.join(QLatin1Char('\n')));
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case DateColumn:
        return QLocale().toString(session->heldOn, QLocale::ShortFormat);
    case TitleColumn:
        return session->title;
    case TopicColumn: {
        QString topic = TrainingTopic::labelOf(session->topic);
        if (session->refresher)
            topic = tr("%1 (refresher)").arg(topic);
        return TrainingTopic::counts(session->topic) ? topic : tr("%1 – does not count").arg(topic);
    }
    case AudienceColumn:
        return session->audience;
    case OfferedColumn:
        return int(session->attendance.size());
    case AttendedColumn:
        return session->attendedCount();
    }
    return {};
}

QVariant TrainingSessionTableModel::headerData(int section, Qt::Orientation orientation,
                                               int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RowDiffModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case TitleColumn:
        return tr("Session");
    case TopicColumn:
        return tr("Topic");
    case AudienceColumn:
        return tr("Audience");
    case OfferedColumn:
        return tr("Offered");
    case AttendedColumn:
        return tr("Attended");
    }
    return {};
}

} // namespace equimark
