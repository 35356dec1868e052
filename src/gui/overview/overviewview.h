#pragma once

#include "appview.h"
#include "overview/overviewloader.h"

#include <QDateTime>

#include <array>
#include <memory>

namespace Ui {
class OverviewView;
}

namespace caseloop {

class OverviewTile;

/// The home page: tiles with the database's headline figures, loaded on a worker thread.
class OverviewView final : public AppView {
    Q_OBJECT

public:
    enum class Tile { Cases, Debtors, Contacts, FollowUps, Promises, Feedback, Complaints, Agents };
    static constexpr int tileCount = 8;

    explicit OverviewView(Session& session, QWidget* parent = nullptr);
    ~OverviewView() override;

    /// Starts a new load; an older load still running is ignored when it finishes.
    void refresh() override;

    OverviewTile* tile(Tile which) const;
    /// The figures on screen (valid once isLoaded()).
    const OverviewFigures& figures() const { return m_figures; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyFigures(const OverviewFigures& figures);
    void retranslateUi();
    void updateTiles();
    void updateSubtitle();

    std::unique_ptr<Ui::OverviewView> m_ui;
    std::array<OverviewTile*, tileCount> m_tiles{};
    quint64 m_generation = 0;
    bool m_hasFigures = false;
    OverviewFigures m_figures;
    QDateTime m_loadedAt;
};

} // namespace caseloop
