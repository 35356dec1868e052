#pragma once

#include <QFrame>

class QLabel;

namespace caseloop {

/// One figure of the overview: a small title, the number large, a line of context below.
class OverviewTile final : public QFrame {
    Q_OBJECT

public:
    enum class Tone { Normal, Warning };

    explicit OverviewTile(QWidget* parent = nullptr);

    void setTitle(const QString& title);
    /// Shows a placeholder dash instead of the number while figures load.
    void setLoading();
    void setValue(const QString& value);
    void setDetail(const QString& detail, Tone tone = Tone::Normal);

    QString title() const;
    QString value() const;
    QString detail() const;

private:
    QLabel* m_title;
    QLabel* m_value;
    QLabel* m_detail;
};

} // namespace caseloop
