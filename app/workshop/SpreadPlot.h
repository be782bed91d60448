#pragma once

#include "analysis/RatingSpread.h"

#include <QWidget>

// The revealed ratings of one parameter as a dot plot: levels 0-4 across, one dot per rating
// stacked over its level, and the median marked. Big enough to read from the back of a room in
// presentation mode (it scales with the font).
class SpreadPlot final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpreadPlot)

public:
    explicit SpreadPlot(QWidget *parent = nullptr);

    void setSpread(const RatingSpread &spread);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    RatingSpread m_spread;
};
