#pragma once

#include <QDateEdit>

// A date field that Tab leaves, like every other field. QDateEdit's own Tab walks through its
// sections (year, month, day) first, so that someone tabbing through a form types the next
// field's text into the date. The sections stay reachable with the arrow keys.
class DateField final : public QDateEdit
{
    Q_OBJECT

public:
    explicit DateField(const QDate &date, QWidget *parent = nullptr);
    explicit DateField(QWidget *parent = nullptr);

protected:
    bool focusNextPrevChild(bool next) override;
};
